package org.schemadepartemental.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Schema;

/**
 * What reading gives: the plan, every problem met on the way (with locations), and for
 * document importers the placement report.
 *
 * @param schema the plan read
 * @param problems problems that did not stop the reading
 * @param placement how much of the document was placed, for document importers
 */
public record ReadResult(Schema schema, List<ReadProblem> problems, Optional<PlacementReport> placement) {

  /** Checks and copies. */
  public ReadResult {
    Objects.requireNonNull(schema, "schema");
    problems = List.copyOf(problems);
    placement = placement == null ? Optional.empty() : placement;
  }

  /** A result with no problem and no placement report. */
  public static ReadResult of(Schema schema) {
    return new ReadResult(schema, List.of(), Optional.empty());
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR);
  }
}
