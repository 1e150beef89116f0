package org.schemadepartemental.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.spi.Calculator;

/**
 * The contract of a {@link Calculator}: a valid id and description, a public no-argument
 * constructor and a {@code META-INF/services} entry; on generated plans ({@link
 * SchemaArbitraries#schemas()}) at dates before, during and after the plan, it never throws
 * (a throw fails the test), returns results labelled with its id whose scopes point at elements
 * of the plan, and whose values lie within the ranges it declares ({@link #declaredRanges()});
 * it gives the same results twice, and the same from 8 threads sharing the instance and the
 * plans as from one.
 *
 * <pre>{@code
 * class CoverageCalculatorConformanceTest implements CalculatorContract {
 *   public Calculator calculator() { return new CoverageCalculator(); }
 *   public Map<String, ValueRange> declaredRanges() {
 *     return Map.of("coverage", ValueRange.percentage(), "groups", ValueRange.nonNegative());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface CalculatorContract {

  /** The calculator under test. */
  Calculator calculator();

  /**
   * The values each metric may take, by metric name: a percentage is {@link
   * ValueRange#percentage()}, a count {@link ValueRange#nonNegative()}. Metrics left out are not
   * checked; give an empty map only when no metric is bounded.
   */
  Map<String, ValueRange> declaredRanges();

  /** The plans to compute on; every generated plan by default. */
  default Arbitrary<Schema> plansToCompute() {
    return SchemaArbitraries.schemas();
  }

  /** How long computing one plan may take; 10 seconds by default. */
  default Duration timeoutPerPlan() {
    return Duration.ofSeconds(10);
  }

  /** Generated plans. */
  @Provide
  default Arbitrary<Schema> contractCalculatorPlans() {
    return plansToCompute();
  }

  /** Id and description as the registry and the listings need them. */
  @Test
  default void idAndDescriptionAreValid() {
    Calculator calculator = calculator();
    ProviderChecks.checkId(calculator.id());
    assertThat(calculator.id()).as("id() must not change between calls").isEqualTo(calculator.id());
    ProviderChecks.checkDescription(calculator.description());
    assertThat(calculator.priority()).as("priority() must not change between calls").isEqualTo(calculator.priority());
    for (Map.Entry<String, ValueRange> e : declaredRanges().entrySet()) {
      assertThat(e.getKey()).as("declared metric").isNotBlank();
      assertThat(e.getValue()).as("range of " + e.getKey()).isNotNull();
    }
  }

  /** ServiceLoader can create it: public class, public no-argument constructor. */
  @Test
  default void canBeInstantiatedByServiceLoader() {
    ProviderChecks.checkInstantiable(calculator().getClass());
  }

  /** Its jar declares it: {@code META-INF/services} and, when it has one, {@code module-info}. */
  @Test
  default void isRegisteredAsAService() {
    ProviderChecks.checkRegisteredAsService(Calculator.class, calculator().getClass());
    ProviderChecks.checkDeclaredInModule(Calculator.class, calculator().getClass());
  }

  /**
   * Whatever the plan and the date (from a year before the plan to a year after it), the
   * calculator returns well-formed results within the declared ranges, the same every time.
   */
  @Property(tries = 50, seed = "62622011")
  default void resultsAreWellFormedAndWithinRanges(
      @ForAll("contractCalculatorPlans") Schema plan, @ForAll @IntRange(min = -365, max = 2555) int daysIntoPlan) {
    EvaluationContext context = EvaluationContext.asOf(dateIn(plan, daysIntoPlan));
    List<IndicatorResult> results = calculate(plan, context);
    checkResults(plan, results);
    assertThat(calculate(plan, context)).as("results of a second run on the same plan").isEqualTo(results);
  }

  /** One instance shared by 8 threads over shared plans gives what one thread gives. */
  @Property(tries = 3, seed = "8082012")
  default void isThreadSafe(@ForAll @Size(min = 4, max = 6) List<@From("contractCalculatorPlans") Schema> plans)
      throws InterruptedException {
    Calculator calculator = calculator();
    List<EvaluationContext> contexts = new ArrayList<>();
    List<List<IndicatorResult>> expected = new ArrayList<>();
    for (Schema plan : plans) {
      EvaluationContext context = EvaluationContext.asOf(dateIn(plan, 400));
      contexts.add(context);
      expected.add(calculate(plan, context));
    }
    List<List<List<IndicatorResult>>> perThread = Concurrently.run(8, thread -> {
      List<List<IndicatorResult>> results = new ArrayList<>();
      for (int i = 0; i < plans.size(); i++) {
        results.add(null);
      }
      // Each thread goes through the plans in its own order, so that different plans overlap.
      for (int k = 0; k < plans.size(); k++) {
        int i = (k + thread) % plans.size();
        results.set(i, calculator.calculate(plans.get(i), contexts.get(i)));
      }
      return results;
    }, timeoutPerPlan().multipliedBy(plans.size() * 2L));
    for (List<List<IndicatorResult>> results : perThread) {
      assertThat(results).as("results computed concurrently by the same instance").isEqualTo(expected);
    }
  }

  private List<IndicatorResult> calculate(Schema plan, EvaluationContext context) {
    Calculator calculator = calculator();
    List<IndicatorResult> results = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(timeoutPerPlan(), () -> {
      try {
        return calculator.calculate(plan, context);
      } catch (RuntimeException | Error e) {
        throw new AssertionError(calculator.id() + " threw " + e + " on plan " + plan.id() + " as of "
            + context.asOf() + "; a calculator must not throw on a valid plan", e);
      }
    });
    assertThat(results).as(calculator.id() + " returned null instead of a list").isNotNull();
    return results;
  }

  private void checkResults(Schema plan, List<IndicatorResult> results) {
    String id = calculator().id();
    Map<String, ValueRange> ranges = declaredRanges();
    Set<String> orientations = new HashSet<>();
    Set<String> fiches = new HashSet<>();
    Set<String> sousActions = new HashSet<>();
    for (Orientation o : plan.orientations()) {
      orientations.add(o.code());
      for (Fiche f : o.fiches()) {
        fiches.add(f.id());
        f.sousActions().stream().map(SousAction::id).forEach(sousActions::add);
      }
    }
    Set<String> indicators = new HashSet<>();
    plan.indicators().forEach(i -> indicators.add(i.id()));
    for (IndicatorResult r : results) {
      assertThat(r).as(id + " returned a null result").isNotNull();
      assertThat(r.calculatorId()).as("calculator id of " + r).isEqualTo(id);
      assertThat(r.isFailure()).as(id + " returned a failure result " + r + "; throw or return nothing instead")
          .isFalse();
      Scope s = r.scope();
      assertThat(s.planId()).as("plan of the scope of " + r).isEqualTo(plan.id());
      s.orientation().ifPresent(o -> assertThat(orientations).as("orientation of " + r).contains(o));
      s.fiche().ifPresent(f -> assertThat(fiches).as("fiche of " + r).contains(f));
      s.sousAction().ifPresent(a -> assertThat(sousActions).as("sous-action of " + r).contains(a));
      s.indicator().ifPresent(i -> assertThat(indicators).as("indicator of " + r).contains(i));
      ValueRange range = ranges.get(r.metric());
      if (range != null) {
        r.decimal().ifPresent(v -> assertThat(range.contains(v))
            .as(r.metric() + " = " + v.toPlainString() + " outside its declared range " + range + " in " + r)
            .isTrue());
      }
    }
  }

  private static LocalDate dateIn(Schema plan, int daysIntoPlan) {
    YearRange period = plan.period().orElse(SchemaArbitraries.DEFAULT_PERIOD);
    return period.startDate().plusDays(daysIntoPlan);
  }
}
