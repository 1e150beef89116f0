/**
 * Readers and writers of plans, pluggable through {@link java.util.ServiceLoader}.
 */
module org.schemadepartemental.io {
  requires transitive org.schemadepartemental.core;
  requires org.slf4j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.schemadepartemental.io;
  exports org.schemadepartemental.io.spi;
  exports org.schemadepartemental.io.spi.support;
  exports org.schemadepartemental.io.plugin;
  exports org.schemadepartemental.io.json;
  exports org.schemadepartemental.io.csv;
  // The read limits as Jackson constraints, for the indicators' own JSON (one definition).
  exports org.schemadepartemental.io.internal to org.schemadepartemental.indicators;

  uses org.schemadepartemental.io.spi.FormatProvider;

  provides org.schemadepartemental.io.spi.FormatProvider with
      org.schemadepartemental.io.json.JsonFormatProvider,
      org.schemadepartemental.io.csv.CsvFormatProvider,
      org.schemadepartemental.io.layouts.summary.SummaryTableFormat,
      org.schemadepartemental.io.layouts.actionplan.ActionPlanFormat,
      org.schemadepartemental.io.layouts.review.PlanReviewFormat,
      org.schemadepartemental.io.markdown.MarkdownFormat;
}
