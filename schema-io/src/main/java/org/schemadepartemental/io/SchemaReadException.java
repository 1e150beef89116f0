package org.schemadepartemental.io;

import java.util.Objects;
import java.util.Optional;

/**
 * An input could not be read: it names where (source, line/column or JSON pointer) and what was
 * expected. The message reads {@code file:12:5: what happened (expected …)}.
 */
public class SchemaReadException extends SchemaIoException {
  private static final long serialVersionUID = 1L;

  private final transient InputLocation location;
  private final String expected;
  private final String problem;

  /** A read failure at a location, with what was expected (may be null). */
  public SchemaReadException(InputLocation location, String problem, String expected) {
    this(location, problem, expected, null);
  }

  /** A read failure at a location, with what was expected (may be null) and a cause. */
  public SchemaReadException(InputLocation location, String problem, String expected, Throwable cause) {
    super(location + ": " + problem + (expected == null ? "" : " (expected " + expected + ")"), cause);
    this.location = Objects.requireNonNull(location, "location");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.expected = expected;
  }

  /** Where the input went wrong. */
  public InputLocation location() {
    return location;
  }

  /** What was found wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** What was expected there, when known. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }
}
