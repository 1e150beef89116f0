package org.schemadepartemental.cli;

/** A failure the command line reports as one line with an exit status. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit status: the plan has validation errors, or some inputs of a batch failed. */
  static final int FAILED = 1;
  /** Exit status: bad usage, missing or unreadable input. */
  static final int USAGE = 2;

  private final int exitCode;

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
