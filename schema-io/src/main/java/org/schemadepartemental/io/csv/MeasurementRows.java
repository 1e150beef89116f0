package org.schemadepartemental.io.csv;

import java.util.List;
import java.util.Objects;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadProblem;

/**
 * What reading a {@code measurements} CSV gives: the rows in file order, and the problems met
 * (unknown columns, rows without value, the same indicator, period and territory twice).
 *
 * @param source the name of the file read
 * @param rows the measurement rows, in file order
 * @param problems the problems that did not stop the reading, with their locations
 */
public record MeasurementRows(String source, List<MeasurementRow> rows, List<ReadProblem> problems) {

  /** Copies. */
  public MeasurementRows {
    Objects.requireNonNull(source, "source");
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR);
  }
}
