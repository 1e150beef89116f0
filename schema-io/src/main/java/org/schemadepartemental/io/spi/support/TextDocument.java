package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.io.InputLocation;

/**
 * A text document split into lines (CRLF, CR and LF all end a line), with 1-based line numbers
 * and the locations the model and the reports use. Immutable.
 */
public final class TextDocument {
  private final String source;
  private final List<SourceLine> lines;

  private TextDocument(String source, List<SourceLine> lines) {
    this.source = Objects.requireNonNull(source, "source");
    this.lines = List.copyOf(lines);
  }

  /** Splits {@code text} into lines; a final line terminator does not add an empty line. */
  public static TextDocument of(String source, String text) {
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    int n = 1;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(n++, text.substring(start, i)));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < length) {
      lines.add(new SourceLine(n, text.substring(start)));
    }
    return new TextDocument(source, lines);
  }

  /** The source name used in every location. */
  public String source() {
    return source;
  }

  /** The lines, in order. */
  public List<SourceLine> lines() {
    return lines;
  }

  /** The number of lines. */
  public int lineCount() {
    return lines.size();
  }

  /** The line with this 1-based number. */
  public SourceLine line(int number) {
    if (number < 1 || number > lines.size()) {
      throw new IndexOutOfBoundsException("line " + number + " of " + lines.size());
    }
    return lines.get(number - 1);
  }

  /** A cursor at the first line. */
  public LineCursor cursor() {
    return new LineCursor(this);
  }

  /** The location of a line, for problems and reports. */
  public InputLocation location(int line) {
    return InputLocation.at(source, line);
  }

  /** The location of a line and 1-based column. */
  public InputLocation location(int line, int column) {
    return InputLocation.at(source, line, column);
  }

  /** The model's location of a range of lines (1-based, inclusive). */
  public SourceLocation sourceLocation(int firstLine, int lastLine) {
    return new SourceLocation(source, firstLine, Math.max(firstLine, lastLine));
  }

  /** The whole text with lines joined by {@code \n}. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (SourceLine l : lines) {
      sb.append(l.text()).append('\n');
    }
    return sb.toString();
  }
}
