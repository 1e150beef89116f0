package org.schemadepartemental.indicators;

import java.util.List;
import java.util.Objects;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadProblem;

/**
 * The outcome of loading measurements into a plan: the plan with the rows applied, how many
 * were, and every problem, each with the row's line.
 *
 * @param schema the plan with the measurements applied (the plan unchanged when none was)
 * @param rows the number of rows given
 * @param applied the number of rows applied
 * @param problems the problems, in row order: an {@code ERROR} for each row not applied, a
 *     {@code WARNING} for a row applied with a remark (a figure replaced, a percentage over 100)
 * @since 0.1
 */
public record MeasurementLoad(Schema schema, int rows, int applied, List<ReadProblem> problems) {

  /** Checks and copies. */
  public MeasurementLoad {
    Objects.requireNonNull(schema, "schema");
    problems = List.copyOf(problems);
  }

  /** The number of rows not applied. */
  public int rejected() {
    return rows - applied;
  }

  /** Whether any row was not applied. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR);
  }
}
