package org.schemadepartemental.indicators;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV form of an {@link IndicatorReport}: one row per result, for a spreadsheet or a
 * dashboard tool. UTF-8, comma-separated, a header row, fields quoted when they need to be
 * (RFC 4180), lines ending with {@code \n}. Values are written exactly as they are, so that
 * numbers stay numbers (a negative change is {@code -3}).
 *
 * <p>Columns: {@code calculator, metric, level, plan, orientation, fiche, sous_action,
 * indicator, actor, territory, period, value_type, value, label, unit, explanation}. {@code
 * value} is the number, the code, the text, or empty (undefined, failed); {@code label} is the
 * code's label, or for a failure the exception's class and message. Empty cells stand for
 * "not applicable".
 *
 * @since 0.1
 */
public final class ResultsCsv {
  /** The header, in column order. */
  public static final List<String> COLUMNS = List.of("calculator", "metric", "level", "plan", "orientation", "fiche",
      "sous_action", "indicator", "actor", "territory", "period", "value_type", "value", "label", "unit", "explanation");

  private static final ObjectWriter WRITER;

  static {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    COLUMNS.forEach(schema::addColumn);
    // Quote only what needs it (separator, quote, line break, leading or trailing space).
    WRITER = new CsvMapper().writerFor(String[].class).with(schema.build())
        .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private ResultsCsv() {}

  /** The report as CSV text. */
  public static String write(IndicatorReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /** Writes the report as CSV (UTF-8, no byte-order mark) to a stream, which is left open. */
  public static void write(IndicatorReport report, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, writer);
  }

  /** Writes the report as CSV to a writer, which is left open. */
  public static void write(IndicatorReport report, Writer out) {
    try (SequenceWriter rows = WRITER.writeValues(out)) {
      for (IndicatorResult r : report.results()) {
        rows.write(row(r));
      }
    } catch (IOException e) {
      throw new IndicatorsException("cannot write the results of plan " + report.planId() + " as CSV", e);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new IndicatorsException("cannot write the results of plan " + report.planId() + " as CSV", e);
    }
  }

  /** One result as the cells of a row, in {@link #COLUMNS} order. */
  static String[] row(IndicatorResult r) {
    Scope s = r.scope();
    String value = "";
    String label = "";
    ResultValue v = r.value();
    if (v instanceof ResultValue.Decimal d) {
      value = d.amount().toPlainString();
    } else if (v instanceof ResultValue.Code c) {
      value = c.code();
      label = c.label();
    } else if (v instanceof ResultValue.Text t) {
      value = t.text();
    } else if (v instanceof ResultValue.Failed f) {
      label = f.errorType() + (f.message().isEmpty() ? "" : ": " + f.message());
    }
    return new String[] {
      r.calculatorId(), r.metric(), s.level().name(), s.planId(), s.orientation().orElse(""), s.fiche().orElse(""),
      s.sousAction().orElse(""), s.indicator().orElse(""), s.actor().orElse(""), s.territory().orElse(""),
      s.period().map(Object::toString).orElse(""), v.type(), value, label, r.unit().orElse(""), r.explanation()
    };
  }
}
