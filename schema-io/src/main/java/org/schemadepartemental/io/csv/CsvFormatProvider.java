package org.schemadepartemental.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.csv.CsvTables.Table;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;

/**
 * The CSV format, id {@code csv}, for spreadsheets: RFC 4180, read with {@code ,} or {@code ;}
 * (French Excel), UTF-8 with or without BOM or Windows-1252; written UTF-8 with BOM and CRLF.
 * Two layouts ({@link CsvLayout}): {@code plan}, read and written as a plan, and {@code
 * measurements}, written from a plan and read with {@link MeasurementCsv}. Cells a spreadsheet
 * would run as formulas are neutralised on write and restored on read.
 */
public final class CsvFormatProvider implements FormatProvider {

  /** The format id. */
  public static final String ID = "csv";

  private static final SchemaReader READER = CsvFormatProvider::read;
  private static final SchemaWriter WRITER = CsvFormatProvider::write;

  /** The provider, as {@code ServiceLoader} creates it. */
  public CsvFormatProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "CSV for spreadsheets: layout 'plan' (one row per sous-action) or 'measurements' (csv.layout)";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  /** 0.9 when the first line is a header of one of the layouts, else 0.5 for a {@code .csv} name. */
  @Override
  public double sniff(ContentSample sample) {
    String firstLine = sample.headText().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
    boolean plan = firstLine.contains("orientationcode") && firstLine.contains("fichenumber");
    boolean measurements = firstLine.contains("indicatorid") && firstLine.contains("period");
    if (plan || measurements) {
      return 0.9;
    }
    return sample.hasExtension(extensions()) ? 0.5 : 0.0;
  }

  @Override
  public Optional<SchemaReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<SchemaWriter> writer() {
    return Optional.of(WRITER);
  }

  private static ReadResult read(DocumentSource source, ReadOptions options) {
    Table table = CsvTables.read(source, options);
    CsvLayout layout = layout(table, options);
    if (layout == CsvLayout.MEASUREMENTS) {
      throw new SchemaReadException(InputLocation.at(table.source(), table.header().line()),
          "this CSV has the measurements layout: it holds measured values, not a plan",
          "the plan layout (" + String.join(", ", CsvLayout.PLAN.columns())
              + "); measurement rows are read with MeasurementCsv and applied to a plan");
    }
    List<ReadProblem> problems = new ArrayList<>();
    Schema plan = PlanCsv.read(table, options, problems);
    return new ReadResult(plan, problems, Optional.empty());
  }

  private static void write(Schema plan, java.io.OutputStream out, WriteOptions options) {
    String name = options.property(CsvLayout.PROPERTY).orElse(CsvLayout.PLAN.id());
    CsvLayout layout = CsvLayout.byId(name).orElseThrow(() -> new SchemaWriteException(
        "unknown CSV layout '" + name + "' in " + CsvLayout.PROPERTY + "; expected " + CsvLayout.choices()));
    if (layout == CsvLayout.MEASUREMENTS) {
      MeasurementCsv.write(plan, out, options);
    } else {
      CsvTables.write(out, options, CsvLayout.PLAN.columns(), PlanCsv.rows(plan));
    }
  }

  /** The layout the options name, else the one the header shows. */
  private static CsvLayout layout(Table table, ReadOptions options) {
    Optional<String> named = options.property(CsvLayout.PROPERTY);
    if (named.isPresent()) {
      return CsvLayout.byId(named.get()).orElseThrow(() -> new SchemaReadException(InputLocation.of(table.source()),
          "unknown CSV layout '" + named.get() + "' in " + CsvLayout.PROPERTY, CsvLayout.choices()));
    }
    List<String> header = table.header().cells().stream().map(c -> c.text().strip().toLowerCase(Locale.ROOT)).toList();
    if (header.contains("indicatorid")) {
      return CsvLayout.MEASUREMENTS;
    }
    if (header.contains("orientationcode") || header.contains("fichenumber")) {
      return CsvLayout.PLAN;
    }
    throw new SchemaReadException(InputLocation.at(table.source(), table.header().line()),
        "the header names no known layout", "the columns of the plan layout (" + String.join(", ",
            CsvLayout.PLAN.columns()) + ") or of the measurements layout (" + String.join(", ",
            CsvLayout.MEASUREMENTS.columns()) + ")");
  }
}
