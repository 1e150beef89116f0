package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code ratios} against the kit. */
class RatiosCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("ratios");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    // Ratios and values are the measured figures': no bound.
    return Map.of();
  }
}
