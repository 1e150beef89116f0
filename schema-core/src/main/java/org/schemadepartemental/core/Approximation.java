package org.schemadepartemental.core;

/** How a plan qualifies a single period ("début juin 2013", "courant 2013", "fin 2019"). */
public enum Approximation {
  /** The period itself, unqualified. */
  EXACT,
  /** "début …": early in the period. */
  EARLY,
  /** "mi-…": around the middle of the period. */
  MID,
  /** "fin …": late in the period. */
  LATE,
  /** "courant …", "dans le courant de …": at some time during the period. */
  DURING
}
