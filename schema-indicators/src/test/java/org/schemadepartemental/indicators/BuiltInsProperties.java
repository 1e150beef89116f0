package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.indicators.builtin.TargetAttainmentCalculator;

/** The built-in calculators over generated plans, at any date and for any territory. */
class BuiltInsProperties {
  private static final CalculatorRegistry BUILT_INS = CalculatorRegistry.builder().strict(true).build();

  @Provide
  Arbitrary<GeneratedCase> cases() {
    return GeneratedCase.cases();
  }

  @Property(tries = 60, seed = "20261122")
  void noBuiltInFailsAndEveryPercentageIsWithinBounds(@ForAll("cases") GeneratedCase c) {
    IndicatorReport report = BUILT_INS.runAll(c.plan(), c.context());
    assertThat(report.failures()).isEmpty();
    assertThat(report.runs()).hasSize(9);
    for (IndicatorResult r : report.results(TargetAttainmentCalculator.ID, TargetAttainmentCalculator.ATTAINMENT)) {
      r.decimal().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }
    assertThat(report.results()).allSatisfy(r -> assertThat(r.scope().planId()).isEqualTo(c.plan().id()));
    assertThat(SummaryRenderer.standard().render(c.plan(), report)).startsWith(c.plan().title());
  }

  @Property(tries = 20, seed = "20261122")
  void resultsDoNotDependOnTheRegistrationOrder(@ForAll("cases") GeneratedCase c, @ForAll long seed) {
    List<org.schemadepartemental.indicators.spi.Calculator> shuffled = new java.util.ArrayList<>(BUILT_INS.calculators());
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    CalculatorRegistry.Builder b = CalculatorRegistry.builder().discovery(false);
    shuffled.forEach(b::register);
    assertThat(b.build().runAll(c.plan(), c.context())).isEqualTo(BUILT_INS.runAll(c.plan(), c.context()));
  }
}
