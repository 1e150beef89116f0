package org.schemadepartemental.io.layouts.summary;

import org.schemadepartemental.io.spi.support.DocumentFormatProvider;
import org.schemadepartemental.io.spi.support.MarkdownTables;
import org.schemadepartemental.io.spi.support.SourceLine;
import org.schemadepartemental.io.spi.support.TextDocument;

/**
 * Layout 1, the summary table of a plan (axis / fiche / sous-actions / calendar as a Markdown
 * table): format id {@code summary-table}. Recognised from content: a Markdown table whose
 * header names an axis or fiche column and a sous-action or calendar column.
 */
public final class SummaryTableFormat extends DocumentFormatProvider {

  /** The format id. */
  public static final String ID = "summary-table";

  private static final SummaryTableReader READER = new SummaryTableReader();

  /** The provider (found through {@link java.util.ServiceLoader}). */
  public SummaryTableFormat() {
    super(ID, "Summary table of a plan: Markdown table of axes, fiches, sous-actions and calendars (layout 1)", READER);
  }

  /** The reader, shared with the Markdown format, which reads back what it writes through it. */
  public static org.schemadepartemental.io.spi.SchemaReader summaryReader() {
    return READER;
  }

  @Override
  public java.util.List<String> extensions() {
    return java.util.List.of("txt", "md");
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  protected double sniff(TextDocument head) {
    for (SourceLine line : head.lines()) {
      if (!MarkdownTables.isRow(line.text())) {
        continue;
      }
      java.util.Set<SummaryTableReader.Column> found = java.util.EnumSet.noneOf(SummaryTableReader.Column.class);
      for (String cell : MarkdownTables.splitRow(line.text())) {
        SummaryTableReader.HEADERS.match(cell).ifPresent(found::add);
      }
      boolean structure = found.contains(SummaryTableReader.Column.AXIS) || found.contains(SummaryTableReader.Column.FICHE);
      boolean detail = found.contains(SummaryTableReader.Column.SOUS_ACTION) || found.contains(SummaryTableReader.Column.CALENDAR);
      if (structure && detail) {
        return 0.8;
      }
    }
    return 0.0;
  }
}
