package org.schemadepartemental.testkit.builtin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code schedule-status} against the kit: its counts per status are counts. */
class ScheduleStatusCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("schedule-status");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Arrays.stream(ScheduleStatus.values()).collect(Collectors.toMap(
        s -> "count." + s.name().toLowerCase(Locale.ROOT), s -> ValueRange.nonNegative()));
  }
}
