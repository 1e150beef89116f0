package org.schemadepartemental.indicators;

import java.util.List;
import java.util.Optional;
import org.schemadepartemental.indicators.internal.Values;

/**
 * What one calculator gave: its results, or a single {@linkplain IndicatorResult#isFailure()
 * failed} result when it threw.
 *
 * @param calculatorId the calculator's id
 * @param description what it computes
 * @param results its results, in its order
 * @since 0.1
 */
public record CalculatorRun(String calculatorId, String description, List<IndicatorResult> results) {

  /** Checks and copies. */
  public CalculatorRun {
    calculatorId = Values.nonBlank(calculatorId, "calculatorId");
    description = Values.nonBlank(description, "description");
    results = Values.list(results, "results");
  }

  /** Whether the calculator failed. */
  public boolean failed() {
    return results.stream().anyMatch(IndicatorResult::isFailure);
  }

  /** The failure, when it failed. */
  public Optional<IndicatorResult> failure() {
    return results.stream().filter(IndicatorResult::isFailure).findFirst();
  }

  /** The results of one metric, in order. */
  public List<IndicatorResult> results(String metric) {
    return results.stream().filter(r -> r.metric().equals(metric)).toList();
  }
}
