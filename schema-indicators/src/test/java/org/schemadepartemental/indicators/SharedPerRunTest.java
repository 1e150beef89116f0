package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.builtin.TrendCalculator;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PlanIndex;
import org.schemadepartemental.indicators.support.ReviewState;

/** The calculators of one run share the plan's index, series and review state: each built once per run. */
class SharedPerRunTest {
  private static final EvaluationContext CONTEXT = EvaluationContext.asOf(LocalDate.of(2030, 1, 1));

  /** Records what the support factories give it, run after run. */
  static final class Spy extends AbstractCalculator {
    final List<Object> seen = new ArrayList<>();
    final List<EvaluationContext> contexts = new ArrayList<>();

    Spy(String id) {
      super(id, "Records the shared facts it is given");
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      contexts.add(context);
      seen.add(PlanIndex.of(schema, context));
      seen.add(IndicatorSeries.of(schema, context));
      seen.add(ReviewState.asOf(schema, context));
      return List.of();
    }
  }

  private static Schema plan(String id, String... values) {
    Indicator.Builder b = Indicator.builder("fa-1.i1", "EPP réalisés").direction(Direction.INCREASE);
    for (int i = 0; i < values.length; i++) {
      b.addMeasurement(Measurement.of(CalendarPeriod.year(2018 + i), dec(values[i])));
    }
    return Schema.builder(id, "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "Fiche").addIndicator(b.build()).build()).build()).build();
  }

  @Test
  void theCalculatorsOfOneRunGetTheSameIndexSeriesAndReviewStateAndTheNextRunNewOnes() {
    Spy first = new Spy("spy-a");
    Spy second = new Spy("spy-b");
    CalculatorRegistry registry = CalculatorRegistry.builder().discovery(false).register(first).register(second).build();
    Schema plan = plan("p", "10", "20");

    IndicatorReport report = registry.runAll(plan, CONTEXT);
    registry.runAll(plan, CONTEXT);

    for (int i = 0; i < 3; i++) {
      assertThat(second.seen.get(i)).as("shared fact %s of the first run", i).isSameAs(first.seen.get(i));
      assertThat(second.seen.get(3 + i)).as("shared fact %s of the second run", i).isSameAs(first.seen.get(3 + i));
      assertThat(first.seen.get(3 + i)).as("fact %s of another run", i).isNotSameAs(first.seen.get(i));
    }
    // The run's context stands for the caller's: equal to it, and the report keeps the caller's.
    assertThat(first.contexts.get(0)).isEqualTo(CONTEXT).hasSameHashCodeAs(CONTEXT).isNotSameAs(CONTEXT);
    assertThat(report.context()).isSameAs(CONTEXT);
  }

  @Test
  void aSharedFactIsComputedOncePerRunAndOnEveryCallOutsideARun() {
    Schema plan = plan("p", "10");
    AtomicInteger computed = new AtomicInteger();
    EvaluationContext run = CONTEXT.forRun(plan);

    Object a = run.shared(plan, StringBuilder.class, () -> new StringBuilder("#" + computed.incrementAndGet()));
    Object b = run.shared(plan, StringBuilder.class, () -> new StringBuilder("#" + computed.incrementAndGet()));
    assertThat(b).isSameAs(a);
    assertThat(computed).hasValue(1);

    // Another plan, or a context made by hand, gets its own each time.
    run.shared(plan("other", "10"), StringBuilder.class, () -> new StringBuilder("#" + computed.incrementAndGet()));
    CONTEXT.shared(plan, StringBuilder.class, () -> new StringBuilder("#" + computed.incrementAndGet()));
    CONTEXT.shared(plan, StringBuilder.class, () -> new StringBuilder("#" + computed.incrementAndGet()));
    assertThat(computed).hasValue(4);
    assertThat(IndicatorSeries.of(plan, CONTEXT)).isNotSameAs(IndicatorSeries.of(plan, CONTEXT));
    assertThat(PlanIndex.of(plan, CONTEXT)).isNotSameAs(PlanIndex.of(plan, CONTEXT));
  }

  @Test
  void theBuiltInsReadTheRunsSharedSeriesAndIndexInsteadOfBuildingTheirOwn() {
    Schema plan = plan("p", "10", "20");
    EvaluationContext run = CONTEXT.forRun(plan);
    // Put in the run facts of another plan, whose values and id differ: the results must show them.
    Schema other = plan("other", "10", "30");
    run.shared(plan, IndicatorSeries.class, () -> IndicatorSeries.of(other, CONTEXT));
    run.shared(plan, PlanIndex.class, () -> PlanIndex.of(other));

    List<IndicatorResult> results = new TrendCalculator().calculate(plan, run);

    IndicatorResult change = results.stream().filter(r -> r.metric().equals(TrendCalculator.CHANGE))
        .findFirst().orElseThrow();
    assertThat(change.decimal()).contains(dec("20"));
    assertThat(change.scope().planId()).isEqualTo("other");
    assertThat(new TrendCalculator().calculate(plan, CONTEXT))
        .filteredOn(r -> r.metric().equals(TrendCalculator.CHANGE)).first()
        .satisfies(r -> assertThat(r.decimal()).contains(dec("10")));
  }
}
