package org.schemadepartemental.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in an input something was found: the source name, and a line and column (1-based, 0
 * when unknown) or a JSON pointer ({@code /orientations/2/fiches/0/title}).
 *
 * @param source the source name (file name or label given to the reader)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param jsonPointer the JSON pointer (RFC 6901) of the value, when the input is JSON
 */
public record InputLocation(String source, int line, int column, Optional<String> jsonPointer) {

  /** Checks the numbers. */
  public InputLocation {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
    jsonPointer = jsonPointer == null ? Optional.empty() : jsonPointer;
  }

  /** A location at a line of a source. */
  public static InputLocation at(String source, int line) {
    return new InputLocation(source, line, 0, Optional.empty());
  }

  /** A location at a line and column of a source. */
  public static InputLocation at(String source, int line, int column) {
    return new InputLocation(source, line, column, Optional.empty());
  }

  /** The whole source, no position. */
  public static InputLocation of(String source) {
    return new InputLocation(source, 0, 0, Optional.empty());
  }

  /** {@code file:12:5}, {@code file:12}, {@code file#/json/pointer} or {@code file}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    jsonPointer.ifPresent(p -> sb.append('#').append(p));
    return sb.toString();
  }
}
