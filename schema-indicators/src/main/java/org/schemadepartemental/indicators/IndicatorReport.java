package org.schemadepartemental.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.indicators.internal.Values;

/**
 * Everything a set of calculators gave for a plan under a context: one {@link CalculatorRun}
 * per calculator, in registry order. {@code ResultsJson}, {@code ResultsCsv} and {@code
 * SummaryRenderer} write it out.
 *
 * @param planId the plan's id
 * @param planTitle the plan's title
 * @param context the date, territory and options the figures were computed under
 * @param runs one per calculator, in order
 * @since 0.1
 */
public record IndicatorReport(String planId, String planTitle, EvaluationContext context, List<CalculatorRun> runs) {

  /** Checks and copies. */
  public IndicatorReport {
    planId = Values.nonBlank(planId, "planId");
    planTitle = Values.nonBlank(planTitle, "planTitle");
    Objects.requireNonNull(context, "context");
    runs = Values.list(runs, "runs");
  }

  /** Every result, calculator after calculator. */
  public List<IndicatorResult> results() {
    return runs.stream().flatMap(r -> r.results().stream()).toList();
  }

  /** The results standing for failed calculators. */
  public List<IndicatorResult> failures() {
    return results().stream().filter(IndicatorResult::isFailure).toList();
  }

  /** The run of a calculator, when it ran. */
  public Optional<CalculatorRun> run(String calculatorId) {
    return runs.stream().filter(r -> r.calculatorId().equals(calculatorId)).findFirst();
  }

  /** The results of a calculator's metric, in order; empty when it did not run. */
  public List<IndicatorResult> results(String calculatorId, String metric) {
    return run(calculatorId).map(r -> r.results(metric)).orElse(List.of());
  }

  /** The result of a calculator's metric for a scope, when there is one. */
  public Optional<IndicatorResult> find(String calculatorId, String metric, Scope scope) {
    return results(calculatorId, metric).stream().filter(r -> r.scope().equals(scope)).findFirst();
  }
}
