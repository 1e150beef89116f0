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
import org.schemadepartemental.core.SourceLocation;
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
 * <p>Reading gives each row with its line number (and each measurement with its location, that
 * line of that file); applying the rows to a plan (which indicator,
 * replacing or adding) is left to the caller. Numbers are exact decimals; a decimal comma and
 * spaces between thousands are accepted on read ({@code 4 149,5}). {@code indicatorLabel} is
 * written for the reader's eyes and ignored on read. A row with an indicator id and nothing else
 * (as written for an indicator with no value yet) is skipped.
 */
public final class MeasurementCsv {

  private static final List<String> REQUIRED = List.of("indicatorId", "period");

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
    // The columns' places, looked up once per file rather than by name in every row.
    int indicatorColumn = columns.index("indicatorId");
    int periodColumn = columns.index("period");
    int valueColumn = columns.index("value");
    int numeratorColumn = columns.index("numerator");
    int denominatorColumn = columns.index("denominator");
    int territoryColumn = columns.index("territory");
    int sourceColumn = columns.index("source");
    int commentColumn = columns.index("comment");
    int textColumn = columns.index("text");
    List<MeasurementRow> rows = new ArrayList<>(table.rows().size());
    SeenRows seen = new SeenRows();
    PlanCounter counter = new PlanCounter(options.limits());
    for (Row row : table.rows()) {
      // The texts, not cells: a cell (to locate a message) is made only for a message.
      String indicator = row.text(indicatorColumn);
      boolean noValue = row.text(valueColumn).isBlank() && row.text(numeratorColumn).isBlank()
          && row.text(denominatorColumn).isBlank() && row.text(textColumn).isBlank();
      if (indicator.isBlank()) {
        Cell indicatorCell = row.cell(indicatorColumn);
        throw new SchemaReadException(table.at(indicatorCell.column() > 0 ? indicatorCell : row.cell(periodColumn)),
            "empty cell in column 'indicatorId'", "the id of an indicator, such as fa-6.i1");
      }
      if (row.text(periodColumn).isBlank()) {
        if (noValue) {
          continue; // a row left to be filled in
        }
        Cell periodCell = row.cell(periodColumn);
        throw new SchemaReadException(table.at(periodCell.column() > 0 ? periodCell : row.cell(indicatorColumn)),
            "empty cell in column 'period'", Expected.PERIOD);
      }
      CalendarPeriod when = period(table, row, periodColumn);
      if (noValue) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.empty-measurement", table.at(row.cell(indicatorColumn)),
            "no value, numerator, denominator or text for " + indicator.strip() + " in " + when + "; row skipped",
            Optional.empty()));
        continue;
      }
      // The canonical constructor, not a builder: one object per row less. The row's location is
      // set here, once: the loader keeps this very measurement.
      Measurement measurement = new Measurement(when,
          CsvTables.decimal(table, row, valueColumn, "value"),
          CsvTables.decimal(table, row, numeratorColumn, "numerator"),
          CsvTables.decimal(table, row, denominatorColumn, "denominator"),
          CsvTables.optionalText(row, territoryColumn),
          CsvTables.optionalText(row, sourceColumn),
          CsvTables.optionalText(row, commentColumn),
          CsvTables.optionalText(row, textColumn),
          Optional.of(SourceLocation.line(table.source(), row.line())));
      String id = seen.id(indicator.strip());
      Row first = seen.first(when, measurement.territory().orElse(""), row);
      if (first != null) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.duplicate-measurement",
            table.at(row.cell(indicatorColumn)),
            id + " has a value for " + when + measurement.territory().map(t -> " in " + t).orElse("")
                + " already at line " + first.line(), Optional.empty()));
      }
      counter.measurements(1, () -> table.at(row.cell(indicatorColumn)));
      rows.add(new MeasurementRow(row.line(), id, measurement));
    }
    return new MeasurementRows(table.source(), rows, problems);
  }

  /**
   * The rows read so far, by indicator, period and territory as written, to report a row given
   * twice. Rows come indicator by indicator: the last indicator's rows are kept at hand, so that
   * most rows are looked up in a small map rather than in one of the whole file.
   */
  private static final class SeenRows {
    private final Map<String, Map<PeriodTerritory, Row>> byIndicator = new HashMap<>();
    private String lastId;
    private Map<PeriodTerritory, Row> lastRows;

    /** The id, as the previous row's very string when it is the same (one string per indicator). */
    String id(String id) {
      if (!id.equals(lastId)) {
        lastId = id;
        lastRows = byIndicator.computeIfAbsent(id, k -> new HashMap<>());
      }
      return lastId;
    }

    /** The first row of the current indicator with this period and territory, else null (and this row is recorded). */
    Row first(CalendarPeriod period, String territory, Row row) {
      return lastRows.putIfAbsent(new PeriodTerritory(period, territory), row);
    }
  }

  /** A period and a territory as written (empty when none). */
  private record PeriodTerritory(CalendarPeriod period, String territory) {}

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

  private static CalendarPeriod period(Table table, Row row, int index) {
    try {
      return CalendarPeriod.parse(row.text(index));
    } catch (IllegalArgumentException e) {
      throw new SchemaReadException(table.at(row.cell(index)), "invalid period \"" + row.text(index) + "\"",
          Expected.PERIOD);
    }
  }

}
