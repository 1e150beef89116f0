package fr.pasdecalais.schema;

import java.util.Map;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.ValueRange;

/** The plugin's calculator against the conformance kit. */
class TerritorialCoverageConformanceTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return new TerritorialCoverageCalculator();
  }

  @Override
  public Map<String, ValueRange> declaredRanges() {
    return Map.of(TerritorialCoverageCalculator.RATE, ValueRange.percentage(),
        TerritorialCoverageCalculator.COVERED, ValueRange.nonNegative());
  }
}
