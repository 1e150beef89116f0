package org.schemadepartemental.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of text aligned in columns for terminals: left-aligned text, right-aligned numbers,
 * two spaces between columns, widths counted in code points (accents count as one). Not part of
 * the API.
 */
public final class TextTable {
  /** Compiled once: every cell cut goes through it. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final List<Boolean> rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /** A table whose columns are right-aligned where {@code right} says so. */
  public TextTable(Boolean... right) {
    this.rightAligned = List.of(right);
  }

  /** Adds a row; missing cells are empty. */
  public TextTable row(String... cells) {
    String[] row = new String[rightAligned.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
    }
    rows.add(row);
    return this;
  }

  /** Whether no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line starting with {@code indent} and ending with a newline, trailing spaces trimmed. */
  public String render(String indent) {
    int[] widths = new int[rightAligned.size()];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(widths[i] - width(row[i]));
        line.append(rightAligned.get(i) ? pad + row[i] : row[i] + pad);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** The text cut to {@code max} code points, ending with "…" when cut. */
  public static String cut(String text, int max) {
    String oneLine = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (width(oneLine) <= max) {
      return oneLine;
    }
    int end = oneLine.offsetByCodePoints(0, Math.max(0, max - 1));
    return oneLine.substring(0, end).stripTrailing() + "…";
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
