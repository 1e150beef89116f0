package org.schemadepartemental.core;

/** Whether an indicator measures what was done or what changed. */
public enum IndicatorKind {
  /** "Indicateur de réalisation": an output (what was done). */
  OUTPUT,
  /** "Indicateur d'impact" / "de résultat": an outcome (what changed). */
  OUTCOME,
  /** The document does not say. */
  UNSPECIFIED
}
