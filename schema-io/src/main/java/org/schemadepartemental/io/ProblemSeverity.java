package org.schemadepartemental.io;

/** How serious a problem met while reading is. */
public enum ProblemSeverity {
  /** Something could not be read; the model lacks it. */
  ERROR,
  /** Read, but doubtful or guessed; worth a look. */
  WARNING,
  /** For information. */
  INFO
}
