package org.schemadepartemental.io;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem met while reading that did not stop the reading: where, what was found, what was
 * expected.
 *
 * @param severity how serious
 * @param code a stable machine-readable code ({@code csv.unknown-indicator})
 * @param location where
 * @param message what happened, in plain words
 * @param expected what was expected, when that helps
 */
public record ReadProblem(
    ProblemSeverity severity, String code, InputLocation location, String message, Optional<String> expected) {

  /** Checks the fields. */
  public ReadProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    expected = expected == null ? Optional.empty() : expected;
  }

  /** A problem of the given severity with no "expected" text. */
  public static ReadProblem of(ProblemSeverity severity, String code, InputLocation location, String message) {
    return new ReadProblem(severity, code, location, message, Optional.empty());
  }

  /** {@code file:12: warning: message (expected …)}. */
  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message
        + expected.map(e -> " (expected " + e + ")").orElse("");
  }
}
