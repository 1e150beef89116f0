package org.schemadepartemental.core;

/** What kind of value an indicator takes. */
public enum MeasureType {
  /** A count ("Nombre d'actions partenariales conduites"). */
  COUNT,
  /** A percentage, 0 to 100, ideally from a numerator and a denominator. */
  PERCENTAGE,
  /** A ratio of two quantities ("bilans réalisés / enfants confiés"). */
  RATIO,
  /** A yes/no milestone ("Réalisation du protocole"): 1 done, 0 not done. */
  MILESTONE,
  /** A qualitative statement with no number. */
  QUALITATIVE,
  /** The document does not say. */
  UNSPECIFIED
}
