package org.schemadepartemental.core;

/** The kind of an orientation or axis, as plans label their sections. */
public enum OrientationKind {
  /** "Axe transversal". */
  TRANSVERSAL,
  /** "Axe stratégique". */
  STRATEGIC,
  /** An axis worked on per territory (territorial working groups). */
  TERRITORIAL,
  /** The document does not say. */
  UNSPECIFIED
}
