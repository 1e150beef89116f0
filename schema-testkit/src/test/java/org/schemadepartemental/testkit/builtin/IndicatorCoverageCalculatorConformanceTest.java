package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code indicator-coverage} against the kit. */
class IndicatorCoverageCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("indicator-coverage");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Map.of("stale-measurement", ValueRange.nonNegative(),
        "fiches-without-output-indicator", ValueRange.nonNegative(), "fiches-without-outcome-indicator", ValueRange.nonNegative(),
        "indicators-without-baseline", ValueRange.nonNegative(), "indicators-without-target", ValueRange.nonNegative(),
        "indicators-without-measurement", ValueRange.nonNegative(), "indicators-with-stale-measurement", ValueRange.nonNegative());
  }
}
