package org.schemadepartemental.report.internal;

import java.util.List;

/**
 * A document as a list of blocks, written once and rendered to Markdown ({@link MarkdownWriter})
 * or HTML ({@link HtmlDocWriter}), so that both outputs say the same thing.
 */
public sealed interface Doc {

  /**
   * A heading.
   *
   * @param level 1 to 4
   * @param text its text
   */
  record Heading(int level, String text) implements Doc {}

  /**
   * A paragraph of runs.
   *
   * @param runs its runs, in order
   */
  record Paragraph(List<Run> runs) implements Doc {
    /** A paragraph of plain text. */
    public static Paragraph of(String text) {
      return new Paragraph(List.of(new Run(text, false)));
    }

    /** A paragraph "<b>label</b> : text". */
    public static Paragraph labelled(String label, String text) {
      return new Paragraph(List.of(new Run(label, true), new Run(" : " + text, false)));
    }
  }

  /**
   * A piece of text, bold or not.
   *
   * @param text the text
   * @param bold whether it is bold
   */
  record Run(String text, boolean bold) {}

  /**
   * A bulleted list, items possibly nested.
   *
   * @param items the items
   */
  record Bullets(List<Item> items) implements Doc {}

  /**
   * An item of a list: a lead in bold (may be empty), a text, and nested items.
   *
   * @param lead a bold lead ("" for none)
   * @param text the text
   * @param children nested items
   */
  record Item(String lead, String text, List<Item> children) {}

  /**
   * A table with a header row; the first cell of each row heads the row.
   *
   * @param caption its caption
   * @param header the column headings
   * @param rows the rows, as many cells as headings
   * @param numeric for each column, whether it holds numbers (aligned right)
   */
  record Table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric) implements Doc {}

  /**
   * A notice set apart (the illustrative-data banner).
   *
   * @param lead the bold lead
   * @param text the text
   */
  record Notice(String lead, String text) implements Doc {}
}
