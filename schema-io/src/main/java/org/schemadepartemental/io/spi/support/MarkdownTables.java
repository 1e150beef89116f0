package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown (GFM) table rows: splitting a row into cells (honouring {@code \|} and {@code \\}),
 * recognising the delimiter row, and escaping a cell so that a table keeps its shape. The escape
 * and the split are inverse: {@code splitRow("| " + escapeCell(s) + " |")} gives back {@code s}
 * once {@link HtmlFragments#toTextWithBreaks} has read its {@code <br>} and entities. Stateless.
 */
public final class MarkdownTables {
  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

  private MarkdownTables() {}

  /** Whether the line looks like a table row (starts with a pipe after optional spaces). */
  public static boolean isRow(String line) {
    return line != null && line.strip().startsWith("|");
  }

  /** The cells of a row, unescaped but not otherwise cleaned; leading and trailing pipes dropped. */
  public static List<String> splitRow(String line) {
    String s = line.strip();
    List<String> cells = new ArrayList<>();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    StringBuilder cell = new StringBuilder();
    boolean closed = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '|' || s.charAt(i + 1) == '\\')) {
        cell.append(s.charAt(++i));
        closed = false;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
        closed = true;
      } else {
        cell.append(c);
        closed = false;
      }
    }
    if (!closed || cell.length() > 0) {
      String last = cell.toString().strip();
      if (!last.isEmpty() || !closed) {
        cells.add(last);
      }
    }
    return cells;
  }

  /**
   * The cells of a row with their offsets in the line (the offset of a cell's first non-blank
   * character, or of its position when blank), unescaped; leading and trailing pipes dropped.
   */
  public static List<SourceLine.Cell> splitRowWithOffsets(String line) {
    List<SourceLine.Cell> cells = new ArrayList<>();
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i < line.length() && line.charAt(i) == '|') {
      i++;
    }
    StringBuilder cell = new StringBuilder();
    int start = i;
    boolean pending = false;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '|' || line.charAt(i + 1) == '\\')) {
        cell.append(line.charAt(++i));
        pending = true;
      } else if (c == '|') {
        cells.add(trimmed(cell.toString(), start));
        cell.setLength(0);
        start = i + 1;
        pending = false;
      } else {
        cell.append(c);
        pending |= !Character.isWhitespace(c);
      }
    }
    if (pending) {
      cells.add(trimmed(cell.toString(), start));
    }
    return cells;
  }

  private static SourceLine.Cell trimmed(String raw, int start) {
    int lead = 0;
    while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
      lead++;
    }
    return new SourceLine.Cell(raw.strip(), start + lead);
  }

  /** Undoes the backslash escapes of {@link #escapeCell} ({@code \\|} and {@code \\\\}) outside a table. */
  public static String unescape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '|' || text.charAt(i + 1) == '\\')) {
        c = text.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Whether the row is the delimiter row under a header ({@code |---|:--:|}). */
  public static boolean isDelimiterRow(String line) {
    if (!isRow(line)) {
      return false;
    }
    List<String> cells = splitRow(line);
    for (String c : cells) {
      if (!DELIMITER_CELL.matcher(c.replace(" ", "")).matches()) {
        return false; // every cell of a delimiter row is dashes: "| | - |" is a row holding "-"
      }
    }
    return !cells.isEmpty();
  }

  /**
   * A cell's text escaped for a table: backslashes and pipes escaped, {@code &} and {@code <} as
   * entities, line breaks as {@code <br>}, tabs and no-break spaces as numeric entities (white
   * space in cells is otherwise collapsed when read).
   */
  public static String escapeCell(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '|' -> sb.append("\\|");
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          sb.append("<br>");
        }
        case '\n' -> sb.append("<br>");
        case '\t' -> sb.append("&#9;");
        case '\u00a0' -> sb.append("&#160;");
        case '\u202f' -> sb.append("&#8239;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A row of already escaped cells: {@code | a | b |}. */
  public static String row(List<String> escapedCells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : escapedCells) {
      sb.append(' ').append(c).append(" |");
    }
    return sb.toString();
  }
}
