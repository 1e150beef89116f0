package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code calendar-load} against the kit. */
class CalendarLoadCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("calendar-load");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Map.of("active", ValueRange.nonNegative(), "undated", ValueRange.nonNegative());
  }
}
