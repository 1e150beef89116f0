package org.schemadepartemental.core;

/** Whether a target is a milestone on the way or the plan's final aim. */
public enum TargetType {
  /** A milestone before the final target. */
  INTERMEDIATE,
  /** The value to reach by the end (of the plan, or of the stated delay). */
  FINAL
}
