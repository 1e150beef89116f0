package org.schemadepartemental.io.markdown;

import java.util.List;
import java.util.Optional;
import org.schemadepartemental.io.layouts.summary.SummaryTableFormat;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;

/**
 * The Markdown format, id {@code markdown}: writes a readable plan (title, metadata, the summary
 * table in the shape of layout 1, a section per fiche) and reads back its summary table with the
 * layout-1 reader ({@link SummaryTableFormat}): orientations, fiches, sous-actions and calendars.
 */
public final class MarkdownFormat implements FormatProvider {

  /** The format id. */
  public static final String ID = "markdown";

  private static final MarkdownWriter WRITER = new MarkdownWriter();

  /** The provider (found through {@link java.util.ServiceLoader}). */
  public MarkdownFormat() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Markdown plan: summary table (read back by the summary-table reader) and a section per fiche";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public double sniff(ContentSample sample) {
    if (!sample.hasExtension(extensions())) {
      return 0.0;
    }
    return new SummaryTableFormat().sniff(sample) > 0 ? 0.85 : 0.4;
  }

  @Override
  public Optional<SchemaReader> reader() {
    return Optional.of(SummaryTableFormat.summaryReader());
  }

  @Override
  public Optional<SchemaWriter> writer() {
    return Optional.of(WRITER);
  }
}
