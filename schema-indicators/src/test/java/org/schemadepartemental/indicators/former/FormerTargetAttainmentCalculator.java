package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * {@code TargetAttainmentCalculator} as it was at 682d0a3, kept as an oracle: the results must not change. Not to be
 * maintained, only compared with.
 */
public final class FormerTargetAttainmentCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "target-attainment";
  /** Metric of the attainment percentage. */
  public static final String ATTAINMENT = "attainment";

  /** The calculator. */
  public FormerTargetAttainmentCalculator() {
    super(ID, "Target attainment: 100 × (current − baseline) / (target − baseline), clamped to 0..100, direction-aware");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    FormerIndicatorSeries series = FormerIndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    for (Indicator indicator : schema.indicators()) {
      if (indicator.targets().isEmpty() || indicator.measureType() == MeasureType.QUALITATIVE) {
        continue;
      }
      IndicatorResult.Builder r = result(ATTAINMENT, index.indicator(indicator)).unit("%");
      Outcome o = attainment(indicator, series.values(indicator), context.asOf());
      o.value().ifPresent(v -> r.value(FormerValues.round(v, 1)));
      results.add(r.explanation(o.explanation()).build());
    }
    return results;
  }

  /** The attainment of an indicator with these values at a date; package access for the tests. */
  static Outcome attainment(Indicator indicator, List<PeriodValue> values, LocalDate asOf) {
    List<PeriodValue> defined = values.stream().filter(PeriodValue::isDefined).toList();
    Chosen target = chooseTarget(indicator.targets(), asOf);
    String targetText = "target " + Values.plain(target.target().value()) + " (" + target.why() + ")";
    if (defined.isEmpty()) {
      return new Outcome(Optional.empty(), "no measurement by " + asOf + "; " + targetText);
    }
    PeriodValue latest = defined.get(defined.size() - 1);
    BigDecimal current = latest.value().orElseThrow();
    BigDecimal t = target.target().value();
    String currentText = "current " + Values.plain(current) + " (" + latest.period() + ")";
    Optional<BigDecimal> baseline;
    String baselineText;
    if (indicator.baseline().isPresent()) {
      baseline = Optional.of(indicator.baseline().get().value());
      baselineText = "baseline " + Values.plain(baseline.get())
          + indicator.baseline().get().period().map(p -> " (" + p + ")").orElse("");
    } else if (indicator.cumulative() || indicator.measureType() == MeasureType.MILESTONE) {
      baseline = Optional.of(BigDecimal.ZERO);
      baselineText = "no baseline: 0 for a " + (indicator.cumulative() ? "cumulative" : "milestone") + " indicator";
    } else if (defined.size() >= 2) {
      baseline = defined.get(0).value();
      baselineText = "no baseline: the first measurement " + Values.plain(baseline.get()) + " (" + defined.get(0).period()
          + ") is used";
    } else {
      baseline = Optional.empty();
      baselineText = "no baseline";
    }
    String facts = currentText + ", " + targetText + ", " + baselineText;
    Direction stated = indicator.direction();
    if (baseline.isEmpty()) {
      return meets(current, t, stated)
          ? new Outcome(Optional.of(Values.hundred()), facts + "; the target is met")
          : new Outcome(Optional.empty(), facts + "; progress cannot be measured without a starting point");
    }
    BigDecimal b = baseline.get();
    int way = t.compareTo(b);
    if (way == 0) {
      boolean kept = meets(current, t, stated);
      return new Outcome(Optional.of(kept ? Values.hundred() : BigDecimal.ZERO),
          facts + "; target equals the baseline: " + (kept ? "kept (100)" : "not kept (0)"));
    }
    if ((stated == Direction.INCREASE && way < 0) || (stated == Direction.DECREASE && way > 0)) {
      boolean still = meets(current, t, stated);
      return new Outcome(Optional.of(still ? Values.hundred() : BigDecimal.ZERO),
          facts + "; the baseline was already beyond the target: " + (still ? "still met (100)" : "no longer met (0)"));
    }
    BigDecimal raw = FormerValues.percent(current.subtract(b), t.subtract(b));
    BigDecimal clamped = Values.clampPercent(raw);
    String formula = "100 × (" + Values.plain(current) + " − " + Values.plain(b) + ") / (" + Values.plain(t) + " − "
        + Values.plain(b) + ")" + (clamped.compareTo(raw) != 0 ? " = " + Values.plain(FormerValues.round(raw, 1)) + ", clamped" : "");
    return new Outcome(Optional.of(clamped), facts + "; " + formula
        + (stated == Direction.REACH || stated == Direction.NONE ? " (direction from baseline to target)" : ""));
  }

  private static boolean meets(BigDecimal current, BigDecimal target, Direction direction) {
    int c = current.compareTo(target);
    return switch (direction) {
      case INCREASE -> c >= 0;
      case DECREASE -> c <= 0;
      case REACH, NONE -> c == 0;
    };
  }

  private static Chosen chooseTarget(List<Target> targets, LocalDate asOf) {
    Optional<Target> finalTarget = targets.stream().filter(t -> t.type() == TargetType.FINAL).reduce((a, b) -> b);
    if (finalTarget.isPresent() && finalTarget.get().due().map(p -> !p.endDate().isAfter(asOf)).orElse(true)) {
      return new Chosen(finalTarget.get(), "final" + finalTarget.get().due().map(p -> ", due " + p).orElse(""));
    }
    Optional<Target> dueIntermediate = targets.stream()
        .filter(t -> t.type() == TargetType.INTERMEDIATE)
        .filter(t -> t.due().filter(p -> !p.endDate().isAfter(asOf)).isPresent())
        .max(Comparator.comparing(t -> t.due().orElseThrow()));
    if (dueIntermediate.isPresent()) {
      return new Chosen(dueIntermediate.get(), "intermediate, due " + dueIntermediate.get().due().orElseThrow()
          + (finalTarget.isPresent() ? "; the final one is not yet due" : ""));
    }
    if (finalTarget.isPresent()) {
      return new Chosen(finalTarget.get(), "final, due " + finalTarget.get().due().orElseThrow() + ", not yet due");
    }
    Target first = targets.stream()
        .min(Comparator.comparing((Target t) -> t.due().isEmpty()).thenComparing(t -> t.due().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())))
        .orElseThrow();
    return new Chosen(first, "intermediate" + first.due().map(p -> ", due " + p + ", not yet due").orElse(""));
  }

  private record Chosen(Target target, String why) {}

  /** A percentage, or none, and why. */
  record Outcome(Optional<BigDecimal> value, String explanation) {}
}
