package org.schemadepartemental.indicators.builtin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * Target attainment ({@value #ID}): for each indicator with a target (qualitative ones aside),
 * how far it has gone from its baseline to its target, in %:
 * {@code 100 × (current − baseline) / (target − baseline)}, clamped to 0..100.
 *
 * <ul>
 *   <li><b>current</b>: the latest value known at the date (see {@code IndicatorSeries}: the
 *       context's territory, Σ/Σ across territories, formulas).
 *   <li><b>target</b>: the final target when it is due by the date (or has no due period);
 *       otherwise the latest intermediate target due by the date; otherwise, nothing being due
 *       yet, the final target (or the first intermediate one).
 *   <li><b>baseline</b>: the indicator's; without one, 0 for a cumulative or milestone
 *       indicator, else the first measured value when there are at least two.
 *   <li><b>direction</b>: {@code INCREASE} and {@code DECREASE} as stated; {@code REACH} and
 *       {@code NONE} take the way from the baseline to the target.
 * </ul>
 *
 * <p>Edge cases, each with a defined result: target = baseline gives 100 when the current value
 * is at or beyond the target in the desired direction, else 0; a baseline already beyond the
 * target (above it for an increase, below for a decrease) gives 100 while the current value
 * still meets the target, else 0; target = 0 is an ordinary target (a decrease to 0 from 10 that
 * is at 4 is 60 %); no baseline at all gives 100 when the current value meets the target and
 * otherwise no value; no measurement gives no value. "Meets" is ≥ for an increase, ≤ for a
 * decrease, = otherwise.
 */
public final class TargetAttainmentCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "target-attainment";
  /** Metric of the attainment percentage. */
  public static final String ATTAINMENT = "attainment";

  private static final Optional<String> PERCENT = Optional.of("%");

  /** The calculator. */
  public TargetAttainmentCalculator() {
    super(ID, "Target attainment: 100 × (current − baseline) / (target − baseline), clamped to 0..100, direction-aware");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
    IndicatorSeries series = IndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    for (Indicator indicator : index.indicators()) {
      if (indicator.targets().isEmpty() || indicator.measureType() == MeasureType.QUALITATIVE) {
        continue;
      }
      Outcome o = attainment(indicator, series.values(indicator), context.asOf());
      ResultValue value = o.value().isPresent()
          ? ResultValue.decimal(Values.round(o.value().get(), 1)) : ResultValue.undefined();
      results.add(result(ATTAINMENT, index.indicator(indicator), value, PERCENT, o.explanation()));
    }
    return results;
  }

  /** The attainment of an indicator with these values at a date; package access for the tests. */
  static Outcome attainment(Indicator indicator, List<PeriodValue> values, LocalDate asOf) {
    PeriodValue first = null;
    PeriodValue latest = null;
    int defined = 0;
    for (PeriodValue v : values) {
      if (v.isDefined()) {
        first = first == null ? v : first;
        latest = v;
        defined++;
      }
    }
    Chosen target = chooseTarget(indicator, asOf);
    if (latest == null) {
      return new Outcome(Optional.empty(), () -> "no measurement by " + asOf + "; " + target.text());
    }
    BigDecimal current = latest.value().orElseThrow();
    BigDecimal t = target.target().value();
    Optional<BigDecimal> baseline;
    Start start;
    if (indicator.baseline().isPresent()) {
      baseline = Optional.of(indicator.baseline().get().value());
      start = Start.STATED;
    } else if (indicator.cumulative() || indicator.measureType() == MeasureType.MILESTONE) {
      baseline = Optional.of(BigDecimal.ZERO);
      start = Start.ZERO;
    } else if (defined >= 2) {
      baseline = first.value();
      start = Start.FIRST_MEASUREMENT;
    } else {
      baseline = Optional.empty();
      start = Start.NONE;
    }
    Facts facts = new Facts(indicator.baseline(), indicator.cumulative(), latest, first, target, start);
    Direction stated = indicator.direction();
    if (baseline.isEmpty()) {
      return meets(current, t, stated)
          ? new Outcome(Optional.of(Values.hundred()), () -> facts.text() + "; the target is met")
          : new Outcome(Optional.empty(), () -> facts.text() + "; progress cannot be measured without a starting point");
    }
    BigDecimal b = baseline.get();
    int way = t.compareTo(b);
    if (way == 0) {
      boolean kept = meets(current, t, stated);
      return new Outcome(Optional.of(kept ? Values.hundred() : BigDecimal.ZERO),
          () -> facts.text() + "; target equals the baseline: " + (kept ? "kept (100)" : "not kept (0)"));
    }
    if ((stated == Direction.INCREASE && way < 0) || (stated == Direction.DECREASE && way > 0)) {
      boolean still = meets(current, t, stated);
      return new Outcome(Optional.of(still ? Values.hundred() : BigDecimal.ZERO),
          () -> facts.text() + "; the baseline was already beyond the target: "
              + (still ? "still met (100)" : "no longer met (0)"));
    }
    // Rounded as it is given, and clamped: the same as clamping, then rounding (0 and 100 are round).
    BigDecimal attained = Values.clampPercent(Values.percent(current.subtract(b), t.subtract(b), 1));
    return new Outcome(Optional.of(attained), () -> {
      BigDecimal raw = Values.percent(current.subtract(b), t.subtract(b));
      return facts.text() + "; 100 × (" + Values.plain(current) + " − " + Values.plain(b) + ") / (" + Values.plain(t)
          + " − " + Values.plain(b) + ")"
          + (Values.clampPercent(raw).compareTo(raw) != 0 ? " = " + Values.plain(Values.round(raw, 1)) + ", clamped" : "")
          + (stated == Direction.REACH || stated == Direction.NONE ? " (direction from baseline to target)" : "");
    });
  }

  private static boolean meets(BigDecimal current, BigDecimal target, Direction direction) {
    int c = current.compareTo(target);
    return switch (direction) {
      case INCREASE -> c >= 0;
      case DECREASE -> c <= 0;
      case REACH, NONE -> c == 0;
    };
  }

  private static Chosen chooseTarget(Indicator indicator, LocalDate asOf) {
    List<Target> targets = indicator.targets();
    Target finalTarget = indicator.finalTarget().orElse(null);
    if (finalTarget != null && (finalTarget.due().isEmpty() || !finalTarget.due().get().endDate().isAfter(asOf))) {
      Target chosen = finalTarget;
      return new Chosen(chosen, () -> "final" + chosen.due().map(p -> ", due " + p).orElse(""));
    }
    Target dueIntermediate = null;
    for (Target t : targets) {
      if (t.type() == TargetType.INTERMEDIATE && t.due().isPresent() && !t.due().get().endDate().isAfter(asOf)
          && (dueIntermediate == null || t.due().get().compareTo(dueIntermediate.due().get()) > 0)) {
        dueIntermediate = t; // the first of the latest due
      }
    }
    if (dueIntermediate != null) {
      Target chosen = dueIntermediate;
      boolean finalPending = finalTarget != null;
      return new Chosen(chosen, () -> "intermediate, due " + chosen.due().orElseThrow()
          + (finalPending ? "; the final one is not yet due" : ""));
    }
    if (finalTarget != null) {
      Target chosen = finalTarget;
      return new Chosen(chosen, () -> "final, due " + chosen.due().orElseThrow() + ", not yet due");
    }
    Target earliest = null;
    for (Target t : targets) {
      if (earliest == null || earlier(t, earliest)) {
        earliest = t; // the first of the earliest due, those without a due period last
      }
    }
    Target chosen = earliest;
    return new Chosen(chosen, () -> "intermediate" + chosen.due().map(p -> ", due " + p + ", not yet due").orElse(""));
  }

  /** Whether {@code a} is due strictly before {@code b}, a target without a due period coming after every other. */
  private static boolean earlier(Target a, Target b) {
    if (a.due().isEmpty()) {
      return false;
    }
    return b.due().isEmpty() || a.due().get().compareTo(b.due().get()) < 0;
  }

  /** Where the baseline comes from. */
  private enum Start { STATED, ZERO, FIRST_MEASUREMENT, NONE }

  /** The target chosen, and why, written out when asked. */
  private record Chosen(Target target, Supplier<String> why) {
    String text() {
      return "target " + Values.plain(target.value()) + " (" + why.get() + ")";
    }
  }

  /**
   * What an attainment is computed from: "current 14 (2019), target 20 (final, due 2021),
   * baseline 10 (2017)". Small pieces of the indicator, not the indicator and its measurements:
   * a report may outlive its plan.
   */
  private record Facts(
      Optional<Baseline> baseline, boolean cumulative, PeriodValue latest, PeriodValue first, Chosen target, Start start) {
    String text() {
      return "current " + Values.plain(latest.value().orElseThrow()) + " (" + latest.period() + "), " + target.text()
          + ", " + switch (start) {
            case STATED -> "baseline " + Values.plain(baseline.orElseThrow().value())
                + baseline.orElseThrow().period().map(p -> " (" + p + ")").orElse("");
            case ZERO -> "no baseline: 0 for a " + (cumulative ? "cumulative" : "milestone") + " indicator";
            case FIRST_MEASUREMENT -> "no baseline: the first measurement " + Values.plain(first.value().orElseThrow())
                + " (" + first.period() + ") is used";
            case NONE -> "no baseline";
          };
    }
  }

  /** A percentage, or none, and why, written out when asked. */
  record Outcome(Optional<BigDecimal> value, Supplier<String> explanation) {}
}
