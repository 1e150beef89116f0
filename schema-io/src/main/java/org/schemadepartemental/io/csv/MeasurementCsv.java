package org.schemadepartemental.io.csv;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.csv.CsvTables.Cell;
import org.schemadepartemental.io.csv.CsvTables.Columns;
import org.schemadepartemental.io.csv.CsvTables.Row;
import org.schemadepartemental.io.csv.CsvTables.Table;
import org.schemadepartemental.io.internal.Expected;
import org.schemadepartemental.io.internal.PlanCounter;

/**
 * The {@code measurements} CSV layout, so that a team can update figures in a spreadsheet and
 * load them back:
 *
 * <pre>
 * indicatorId,indicatorLabel,period,value,numerator,denominator,territory,source,comment,text
 * fa-6.i1,EPP réalisés,2011,2204,,,,,,
 * fa-6.i2,Bilans réalisés / enfants confiés,2019-S1,92.5,3494,3777,ARRAGEOIS,ODPE,,
 * </pre>
 *
 * <p>Reading gives each row with its line number; applying the rows to a plan (which indicator,
 * replacing or adding) is left to the caller. Numbers are exact decimals; a decimal comma and
 * spaces between thousands are accepted on read ({@code 4 149,5}). {@code indicatorLabel} is
 * written for the reader's eyes and ignored on read. A row with an indicator id and nothing else
 * (as written for an indicator with no value yet) is skipped.
 */
public final class MeasurementCsv {

  private static final List<String> REQUIRED = List.of("indicatorId", "period");
  private static final List<String> VALUE_COLUMNS = List.of("value", "numerator", "denominator", "text");

  private MeasurementCsv() {}

  /**
   * Reads the rows of a {@code measurements} CSV (comma or semicolon, UTF-8 with or without BOM,
   * or Windows-1252).
   *
   * @throws SchemaReadException when the file cannot be read, its header lacks {@code
   *     indicatorId} or {@code period}, or a cell is invalid (line and column given)
   */
  public static MeasurementRows read(DocumentSource source, ReadOptions options) {
    Table table = CsvTables.read(source, options);
    return read(table, options);
  }

  static MeasurementRows read(Table table, ReadOptions options) {
    List<ReadProblem> problems = new ArrayList<>();
    Columns columns = CsvTables.columns(table, CsvLayout.MEASUREMENTS, REQUIRED, options, problems);
    List<MeasurementRow> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    PlanCounter counter = new PlanCounter(options.limits());
    for (Row row : table.rows()) {
      Cell indicator = columns.cell(row, "indicatorId");
      Cell period = columns.cell(row, "period");
      boolean noValue = true;
      for (String column : VALUE_COLUMNS) { // a loop, not a stream: every row is asked
        noValue &= columns.cell(row, column).isBlank();
      }
      if (indicator.isBlank()) {
        throw new SchemaReadException(table.at(indicator.column() > 0 ? indicator : period),
            "empty cell in column 'indicatorId'", "the id of an indicator, such as fa-6.i1");
      }
      if (period.isBlank()) {
        if (noValue) {
          continue; // a row left to be filled in
        }
        throw new SchemaReadException(table.at(period.column() > 0 ? period : indicator),
            "empty cell in column 'period'", Expected.PERIOD);
      }
      CalendarPeriod when = period(table, period);
      if (noValue) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.empty-measurement", table.at(indicator),
            "no value, numerator, denominator or text for " + indicator.text().strip() + " in " + when + "; row skipped",
            Optional.empty()));
        continue;
      }
      Measurement measurement = Measurement.builder(when)
          .value(number(table, columns, row, "value"))
          .numerator(number(table, columns, row, "numerator"))
          .denominator(number(table, columns, row, "denominator"))
          .territory(text(columns, row, "territory"))
          .source(text(columns, row, "source"))
          .comment(text(columns, row, "comment"))
          .text(text(columns, row, "text"))
          .build();
      String id = indicator.text().strip();
      String key = id + "\u0000" + when + "\u0000" + measurement.territory().orElse("");
      Integer firstLine = seen.putIfAbsent(key, row.line());
      if (firstLine != null) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.duplicate-measurement", table.at(indicator),
            id + " has a value for " + when + measurement.territory().map(t -> " in " + t).orElse("")
                + " already at line " + firstLine, Optional.empty()));
      }
      counter.measurements(1, () -> table.at(indicator));
      rows.add(new MeasurementRow(row.line(), id, measurement));
    }
    return new MeasurementRows(table.source(), rows, problems);
  }

  /** The rows of every measurement of every indicator of the plan, in document order (line 0). */
  public static List<MeasurementRow> rowsOf(Schema plan) {
    List<MeasurementRow> rows = new ArrayList<>();
    for (Indicator indicator : plan.indicators()) {
      indicator.measurements().forEach(m -> rows.add(new MeasurementRow(0, indicator.id(), m)));
    }
    return List.copyOf(rows);
  }

  /**
   * Writes every measurement of every indicator of the plan, with the indicator's label; an
   * indicator with no measurement gets one row with its id and label, to be filled in.
   */
  public static void write(Schema plan, OutputStream out, WriteOptions options) {
    List<List<String>> rows = new ArrayList<>();
    for (Indicator indicator : plan.indicators()) {
      if (indicator.measurements().isEmpty()) {
        rows.add(cells(indicator.id(), indicator.label(), null));
      }
      indicator.measurements().forEach(m -> rows.add(cells(indicator.id(), indicator.label(), m)));
    }
    CsvTables.write(out, options, CsvLayout.MEASUREMENTS.columns(), rows);
  }

  /** Writes measurement rows, without labels. */
  public static void write(List<MeasurementRow> rows, OutputStream out, WriteOptions options) {
    CsvTables.write(out, options, CsvLayout.MEASUREMENTS.columns(),
        rows.stream().map(r -> cells(r.indicatorId(), "", r.measurement())).toList());
  }

  private static List<String> cells(String indicatorId, String label, Measurement m) {
    List<String> cells = new ArrayList<>();
    cells.add(FormulaGuard.protect(indicatorId));
    cells.add(FormulaGuard.protect(label));
    cells.add(m == null ? "" : m.period().toString());
    // Numbers are written plain, unguarded: a negative value must stay a number for the spreadsheet.
    cells.add(m == null ? "" : m.value().map(BigDecimal::toPlainString).orElse(""));
    cells.add(m == null ? "" : m.numerator().map(BigDecimal::toPlainString).orElse(""));
    cells.add(m == null ? "" : m.denominator().map(BigDecimal::toPlainString).orElse(""));
    for (Optional<String> text : m == null ? List.<Optional<String>>of(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()) : List.of(m.territory(), m.source(), m.comment(), m.text())) {
      cells.add(FormulaGuard.protect(text.orElse("")));
    }
    return cells;
  }

  private static CalendarPeriod period(Table table, Cell cell) {
    try {
      return CalendarPeriod.parse(cell.text());
    } catch (IllegalArgumentException e) {
      throw new SchemaReadException(table.at(cell), "invalid period \"" + cell.text() + "\"", Expected.PERIOD);
    }
  }

  private static BigDecimal number(Table table, Columns columns, Row row, String column) {
    return CsvTables.decimal(table, columns.cell(row, column), column).orElse(null);
  }

  private static String text(Columns columns, Row row, String column) {
    return CsvTables.optionalText(columns.cell(row, column)).orElse(null);
  }
}
