package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a document: its 1-based number and its text without the line terminator.
 *
 * @param number the 1-based line number
 * @param text the text, without terminator
 */
public record SourceLine(int number, String text) {

  /** Checks the fields. */
  public SourceLine {
    if (number < 1) {
      throw new IllegalArgumentException("line numbers are 1-based, got " + number);
    }
    Objects.requireNonNull(text, "text");
  }

  /** Whether the line holds nothing but white space. */
  public boolean isBlank() {
    return TextFolding.nonBlankLength(text) == 0;
  }

  /** The text without leading and trailing white space. */
  public String stripped() {
    return text.strip();
  }

  /** The folded text ({@link TextFolding#fold}) for matching by meaning. */
  public String folded() {
    return TextFolding.fold(text);
  }

  /**
   * The tab-separated cells of the line, as office software exports tables to text, each with its
   * 0-based start offset in the line. Cells are not stripped.
   */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\t') {
        cells.add(new Cell(text.substring(start, i), start));
        start = i + 1;
      }
    }
    return cells;
  }

  /**
   * A tab-separated cell of a line.
   *
   * @param text the cell's text (not stripped)
   * @param offset its 0-based start in the line
   */
  public record Cell(String text, int offset) {
    /** Checks the fields. */
    public Cell {
      Objects.requireNonNull(text, "text");
    }

    /** The offset just after the cell. */
    public int end() {
      return offset + text.length();
    }

    /** Whether the cell holds nothing but white space. */
    public boolean isBlank() {
      return TextFolding.nonBlankLength(text) == 0;
    }
  }
}
