package org.schemadepartemental.report.internal;

import java.util.List;

/**
 * Renders a {@link Doc} as CommonMark with GitHub tables. Text from the plan is escaped so that
 * it stays text: Markdown punctuation is backslash-escaped and {@code < > &} become entities,
 * since a Markdown renderer would otherwise pass {@code <script>} through as HTML.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /** The Markdown of the blocks. */
  public static String write(List<Doc> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Doc b : blocks) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      if (b instanceof Doc.Heading h) {
        sb.append("#".repeat(h.level())).append(' ').append(escape(h.text(), false)).append('\n');
      } else if (b instanceof Doc.Paragraph p) {
        sb.append(runs(p.runs())).append('\n');
      } else if (b instanceof Doc.Bullets l) {
        items(sb, l.items(), 0);
      } else if (b instanceof Doc.Table t) {
        table(sb, t);
      } else if (b instanceof Doc.Notice n) {
        sb.append("> **").append(escape(n.lead(), false).strip()).append("** — ").append(escape(n.text(), false).strip())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String runs(List<Doc.Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Doc.Run r : runs) {
      String text = sb.length() == 0 ? escape(r.text(), true) : escape(r.text(), false);
      sb.append(r.bold() ? "**" + text.strip() + "**" : text);
    }
    return sb.toString();
  }

  private static void items(StringBuilder sb, List<Doc.Item> items, int depth) {
    for (Doc.Item i : items) {
      sb.append("  ".repeat(depth)).append("- ");
      if (!i.lead().isEmpty()) {
        sb.append("**").append(escape(i.lead(), false).strip()).append("**").append(i.text().isEmpty() ? "" : " : ");
      }
      sb.append(escape(i.text(), i.lead().isEmpty()).strip()).append('\n');
      items(sb, i.children(), depth + 1);
    }
  }

  private static void table(StringBuilder sb, Doc.Table t) {
    sb.append('*').append(escape(t.caption(), false).strip()).append("*\n\n");
    sb.append('|');
    t.header().forEach(c -> sb.append(' ').append(escape(c, false).strip()).append(" |"));
    sb.append("\n|");
    for (int i = 0; i < t.header().size(); i++) {
      sb.append(t.numeric().get(i) ? " ---: |" : " --- |");
    }
    sb.append('\n');
    for (List<String> row : t.rows()) {
      sb.append('|');
      row.forEach(c -> sb.append(' ').append(escape(c, false).strip()).append(" |"));
      sb.append('\n');
    }
  }

  /**
   * The text as Markdown that renders as this very text on one line: whitespace runs folded to
   * one space, {@code \\ ` * _ [ ] | ~} backslash-escaped, {@code < > &} as entities, and when
   * the text starts a block, a start that would open one ({@code #}, {@code -}, {@code +},
   * {@code 1.}) escaped.
   */
  public static String escape(String text, boolean startsBlock) {
    String t = text.replaceAll("\\s+", " ");
    StringBuilder sb = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> sb.append('\\').append(c);
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> sb.append(c);
      }
    }
    String out = sb.toString();
    if (!startsBlock) {
      return out;
    }
    String lead = out.stripLeading();
    if (lead.startsWith("#") || lead.startsWith("-") || lead.startsWith("+") || lead.startsWith("=")) {
      return "\\" + lead;
    }
    if (lead.matches("^\\d+[.)].*")) {
      int k = 0;
      while (Character.isDigit(lead.charAt(k))) {
        k++;
      }
      return lead.substring(0, k) + "\\" + lead.substring(k);
    }
    return out;
  }
}
