package org.schemadepartemental.testkit.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.testkit.CalculatorContract;
import org.schemadepartemental.testkit.FormatProviderContract;

/**
 * CI runs the kit against every provider the SDK ships: each format and calculator the registries
 * discover has its conformance test here. A new built-in without one fails this test.
 */
class EveryBuiltInProviderIsCheckedTest {

  private static final List<FormatProviderContract> FORMAT_TESTS = List.of(
      new JsonFormatConformanceTest(), new CsvFormatConformanceTest(), new MarkdownFormatConformanceTest(),
      new SummaryTableConformanceTest(), new ActionPlanConformanceTest(), new PlanReviewConformanceTest());

  private static final List<CalculatorContract> CALCULATOR_TESTS = List.of(
      new ActorsCalculatorConformanceTest(), new CalendarLoadCalculatorConformanceTest(),
      new IndicatorCoverageCalculatorConformanceTest(), new ProgressCalculatorConformanceTest(),
      new RatiosCalculatorConformanceTest(), new ReviewComparisonCalculatorConformanceTest(),
      new ScheduleStatusCalculatorConformanceTest(), new TargetAttainmentCalculatorConformanceTest(),
      new TrendsCalculatorConformanceTest());

  @Test
  void everyDiscoveredFormatHasAConformanceTest() {
    FormatRegistry formats = FormatRegistry.builder().strict(true).build();
    Set<String> checked = new TreeSet<>();
    FORMAT_TESTS.forEach(t -> checked.add(t.provider().id()));

    assertThat(checked).as("formats with a conformance test in " + getClass().getPackageName()
        + "; add one for each new format").containsAll(formats.ids());
  }

  @Test
  void everyDiscoveredCalculatorHasAConformanceTest() {
    CalculatorRegistry calculators = CalculatorRegistry.builder().strict(true).build();
    Set<String> checked = new TreeSet<>();
    CALCULATOR_TESTS.forEach(t -> checked.add(t.calculator().id()));

    assertThat(checked).as("calculators with a conformance test in " + getClass().getPackageName()
        + "; add one for each new calculator").containsAll(calculators.ids());
  }
}
