package org.schemadepartemental.core;

/** The family a review status belongs to, which calculators rely on. */
public enum StatusCategory {
  /** Work not started yet (planned). */
  NOT_STARTED,
  /** Work under way (in progress, late, paused, blocked). */
  ACTIVE,
  /** Work finished. */
  DONE,
  /** Work that will not be done as such (abandoned, merged, replaced): left out of roll-ups. */
  CLOSED,
  /** An attainment level of objectives ("atteint", "partiellement atteint", "non atteint"). */
  ATTAINMENT
}
