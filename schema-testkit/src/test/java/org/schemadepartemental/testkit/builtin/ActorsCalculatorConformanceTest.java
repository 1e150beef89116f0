package org.schemadepartemental.testkit.builtin;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The built-in calculator {@code actors} against the kit, on every generated plan (actors named "=" included). */
class ActorsCalculatorConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return BuiltIns.calculator("actors");
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    ValueRange count = ValueRange.nonNegative();
    return Map.of("fiches-piloted", count, "fiches-partnered", count, "actors", count,
        "partners-never-piloting", count, "fiches-without-pilot", count);
  }
}
