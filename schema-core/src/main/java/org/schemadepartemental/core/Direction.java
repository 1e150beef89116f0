package org.schemadepartemental.core;

/** Which way an indicator should move. */
public enum Direction {
  /** Higher is better ("augmentation", "développer"). */
  INCREASE,
  /** Lower is better ("objectif : baisse", "diminution de…"). */
  DECREASE,
  /** The target is a level to reach, from either side. */
  REACH,
  /** No direction is stated. */
  NONE
}
