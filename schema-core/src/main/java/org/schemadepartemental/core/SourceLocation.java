package org.schemadepartemental.core;

import org.schemadepartemental.core.internal.Checks;

/**
 * Where an element of the model came from when it was imported: the document name and the
 * range of lines (1-based, inclusive) it was read from.
 *
 * @param source the document name as given to the reader (file name, URL or label)
 * @param firstLine the first line, 1-based
 * @param lastLine the last line, at least {@code firstLine}
 */
public record SourceLocation(String source, int firstLine, int lastLine) {

  /** Checks the lines are 1-based and ordered. */
  public SourceLocation {
    source = Checks.nonBlank(source, "source");
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException(
          "lines must satisfy 1 <= firstLine <= lastLine, got " + firstLine + ".." + lastLine);
    }
  }

  /** A location of a single line. */
  public static SourceLocation line(String source, int line) {
    return new SourceLocation(source, line, line);
  }

  /** The smallest location covering this one and {@code other} (same source required). */
  public SourceLocation span(SourceLocation other) {
    if (!source.equals(other.source)) {
      throw new IllegalArgumentException("cannot span " + source + " and " + other.source);
    }
    return new SourceLocation(
        source, Math.min(firstLine, other.firstLine), Math.max(lastLine, other.lastLine));
  }

  /** {@code name:12} or {@code name:12-15}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return firstLine == lastLine ? source + ":" + firstLine : source + ":" + firstLine + "-" + lastLine;
  }
}
