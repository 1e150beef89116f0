package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code progress} against the kit. */
class ProgressCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("progress");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Map.of("progress", ValueRange.percentage(), "missing", ValueRange.nonNegative());
  }
}
