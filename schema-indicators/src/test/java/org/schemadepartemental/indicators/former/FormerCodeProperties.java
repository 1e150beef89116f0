package org.schemadepartemental.indicators.former;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.CalculatorRun;
import org.schemadepartemental.indicators.GeneratedCase;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultsCsv;
import org.schemadepartemental.indicators.ResultsJson;
import org.schemadepartemental.indicators.SummaryRenderer;
import org.schemadepartemental.indicators.spi.Calculator;

/**
 * The built-ins rewritten for speed give what their former code gave, byte for byte: the same
 * results, explanations written out when asked for equal to the text the former code wrote out
 * at once, and the same JSON, CSV and summary.
 */
class FormerCodeProperties {
  private static final CalculatorRegistry CURRENT = CalculatorRegistry.builder().strict(true).build();
  /** The former versions of the rewritten calculators. */
  private static final List<Calculator> FORMER_VERSIONS = List.of(new FormerActorCalculator(),
      new FormerCalendarLoadCalculator(), new FormerIndicatorCoverageCalculator(), new FormerProgressCalculator(),
      new FormerRatioCalculator(), new FormerReviewComparisonCalculator(), new FormerScheduleStatusCalculator(),
      new FormerTargetAttainmentCalculator(), new FormerTrendCalculator());
  /** The built-ins, with the rewritten ones in their former version. */
  private static final CalculatorRegistry FORMER = former();

  private static CalculatorRegistry former() {
    Set<String> replaced = FORMER_VERSIONS.stream().map(Calculator::id).collect(Collectors.toSet());
    CalculatorRegistry.Builder b = CalculatorRegistry.builder().discovery(false);
    CURRENT.calculators().stream().filter(c -> !replaced.contains(c.id())).forEach(b::register);
    FORMER_VERSIONS.forEach(b::register);
    return b.build();
  }

  @Provide
  Arbitrary<GeneratedCase> cases() {
    return GeneratedCase.cases();
  }

  @Property(tries = 100, seed = "20261122")
  void everyResultExplanationAndExportIsWhatTheFormerCodeGave(@ForAll("cases") GeneratedCase c) {
    IndicatorReport now = CURRENT.runAll(c.plan(), c.context());
    IndicatorReport before = FORMER.runAll(c.plan(), c.context());

    assertThat(now.runs()).hasSameSizeAs(before.runs());
    for (int i = 0; i < now.runs().size(); i++) {
      CalculatorRun run = now.runs().get(i);
      List<IndicatorResult> expected = before.runs().get(i).results();
      assertThat(run.results()).as(run.calculatorId()).hasSameSizeAs(expected);
      for (int j = 0; j < expected.size(); j++) {
        IndicatorResult r = run.results().get(j);
        assertThat(r.explanation()).as("explanation of %s", r.scope()).isEqualTo(expected.get(j).explanation());
        assertThat(r).isEqualTo(expected.get(j)).hasSameHashCodeAs(expected.get(j));
      }
    }
    assertThat(ResultsJson.write(now)).isEqualTo(ResultsJson.write(before));
    assertThat(ResultsCsv.write(now)).isEqualTo(ResultsCsv.write(before));
    SummaryRenderer summary = SummaryRenderer.standard();
    assertThat(summary.render(c.plan(), now)).isEqualTo(summary.render(c.plan(), before));
  }
}
