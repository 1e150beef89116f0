package org.schemadepartemental.report;

import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.MeasurementLoad;
import org.schemadepartemental.indicators.MeasurementLoader;
import org.schemadepartemental.indicators.MeasurementRow;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.csv.MeasurementCsv;
import org.schemadepartemental.io.csv.MeasurementRows;

/**
 * Loads a file in the {@code measurements} CSV layout of schema-io into a plan through the
 * indicators module's {@link MeasurementLoader}: every row is applied or reported with its line
 * (an unknown indicator id, a period outside the plan…), and the reading problems of the file
 * come first.
 *
 * @since 0.1
 */
public final class MeasurementFile {
  private MeasurementFile() {}

  /**
   * Reads the file and applies its good rows to the plan.
   *
   * @throws org.schemadepartemental.io.SchemaReadException when the file cannot be read as the
   *     measurements layout (missing column, invalid number), with the line and column
   */
  public static MeasurementLoad apply(Schema plan, DocumentSource csv, ReadOptions options) {
    MeasurementRows read = MeasurementCsv.read(csv, options);
    List<MeasurementRow> rows = new ArrayList<>();
    for (org.schemadepartemental.io.csv.MeasurementRow r : read.rows()) {
      Measurement m = r.measurement();
      rows.add(new MeasurementRow(InputLocation.at(read.source(), r.line()), r.indicatorId(), m.period().toString(),
          m.value(), m.numerator(), m.denominator(), m.territory(), m.source(), m.comment(), m.text()));
    }
    MeasurementLoad load = MeasurementLoader.apply(plan, rows);
    if (read.problems().isEmpty()) {
      return load;
    }
    List<org.schemadepartemental.io.ReadProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(load.problems());
    return new MeasurementLoad(load.schema(), load.rows(), load.applied(), problems);
  }

  /** One line per problem, {@code file:line: severity: message}, for a log or a report note. */
  public static List<String> describe(MeasurementLoad load) {
    return load.problems().stream().map(p -> p.location() + ": " + p.severity().name().toLowerCase(java.util.Locale.ROOT)
        + ": " + p.message() + p.expected().map(e -> " (expected " + e + ")").orElse("")).toList();
  }
}
