package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code review-comparison} against the kit. */
class ReviewComparisonCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("review-comparison");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Map.of("count.progressed", ValueRange.nonNegative(), "count.regressed", ValueRange.nonNegative(), "count.still", ValueRange.nonNegative(),
        "count.newly-assessed", ValueRange.nonNegative(), "count.not-assessed", ValueRange.nonNegative());
  }
}
