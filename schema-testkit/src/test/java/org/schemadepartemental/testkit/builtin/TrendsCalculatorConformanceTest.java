package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code trends} against the kit. */
class TrendsCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("trends");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    // Changes and increments follow the measured figures: no bound.
    return Map.of();
  }
}
