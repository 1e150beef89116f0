package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code target-attainment} against the kit. */
class TargetAttainmentCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("target-attainment");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Map.of("attainment", ValueRange.percentage());
  }
}
