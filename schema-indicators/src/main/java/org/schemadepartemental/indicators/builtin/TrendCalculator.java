package org.schemadepartemental.indicators.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * Trends ({@value #ID}): the change between consecutive measured periods of each indicator, and
 * whether it goes the desired way. Results are scoped to the indicator and the later period.
 *
 * <ul>
 *   <li>{@value #CHANGE}: {@code v(k) − v(k−1)}, in the indicator's unit;
 *   <li>{@value #RELATIVE_CHANGE}: {@code 100 × (v(k) − v(k−1)) / |v(k−1)|}, no value when
 *       {@code v(k−1)} is 0;
 *   <li>{@value #DIRECTION}: {@code FAVOURABLE}, {@code UNFAVOURABLE}, {@code STABLE}, or
 *       {@code NO_DIRECTION} when the indicator states none. For {@code REACH} the change is
 *       favourable when it brings the value closer to the (final, else last) target.
 * </ul>
 *
 * <p>A cumulative indicator holds running totals, which only grow: its trend is computed on
 * what each period added ({@value #INCREMENT}, also given: the first one from the baseline, or
 * from 0 without one). Periods of different lengths (2018 then 2019-S1) are not compared: the
 * change has no value and says why. Qualitative indicators and periods without a value are left out.
 */
public final class TrendCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "trends";
  /** Metric of the absolute change. */
  public static final String CHANGE = "change";
  /** Metric of the relative change in %. */
  public static final String RELATIVE_CHANGE = "relative-change";
  /** Metric of the verdict. */
  public static final String DIRECTION = "direction";
  /** Metric of what a period added to a cumulative indicator. */
  public static final String INCREMENT = "increment";

  private static final ResultValue FAVOURABLE = ResultValue.code("FAVOURABLE", "favourable");
  private static final ResultValue UNFAVOURABLE = ResultValue.code("UNFAVOURABLE", "unfavourable");
  private static final ResultValue STABLE = ResultValue.code("STABLE", "stable");
  private static final ResultValue NO_DIRECTION = ResultValue.code("NO_DIRECTION", "no direction");
  private static final Optional<String> PERCENT = Optional.of("%");
  private static final Optional<String> NO_UNIT = Optional.empty();

  /** The calculator. */
  public TrendCalculator() {
    super(ID, "Trends: change between consecutive measurements, and whether it goes the desired way");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
    IndicatorSeries series = IndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    for (Indicator indicator : schema.indicators()) {
      if (indicator.measureType() == MeasureType.QUALITATIVE) {
        continue;
      }
      List<Point> points = new ArrayList<>();
      for (PeriodValue v : series.values(indicator)) {
        if (v.value().isPresent()) {
          points.add(new Point(v.period(), v.value().get()));
        }
      }
      if (points.isEmpty()) {
        continue;
      }
      Scope scope = index.indicator(indicator);
      Optional<String> unit = indicator.unit();
      // The level a REACH indicator should reach: its final target, else its last one.
      Optional<Target> reach = indicator.direction() != Direction.REACH ? Optional.empty()
          : indicator.finalTarget().or(() -> indicator.targets().stream().reduce((a, b) -> b));
      List<Point> compared = points;
      if (indicator.cumulative()) {
        compared = increments(indicator, points);
        for (int k = 0; k < compared.size(); k++) {
          Point p = compared.get(k);
          results.add(result(INCREMENT, scope.withPeriod(p.period()), ResultValue.decimal(p.value()), unit,
              new Increment(indicator.baseline().map(Baseline::value), points, k)));
        }
      }
      for (int k = 1; k < compared.size(); k++) {
        Point before = compared.get(k - 1);
        Point after = compared.get(k);
        Scope at = scope.withPeriod(after.period());
        if (before.period().granularity() != after.period().granularity()) {
          results.add(result(CHANGE, at, ResultValue.undefined(), unit, () -> "periods of different lengths ("
              + before.period() + ", " + after.period() + ") are not compared"));
          continue;
        }
        BigDecimal change = after.value().subtract(before.value());
        Comparison facts = new Comparison(indicator.cumulative(), before, after, change);
        results.add(result(CHANGE, at, ResultValue.decimal(change), unit, facts));
        if (before.value().signum() == 0) {
          results.add(result(RELATIVE_CHANGE, at, ResultValue.undefined(), PERCENT,
              () -> facts.get() + "; no relative change from 0"));
        } else {
          BigDecimal pct = Values.percent(change, before.value().abs(), 1);
          results.add(result(RELATIVE_CHANGE, at, ResultValue.decimal(pct), PERCENT,
              () -> facts.get() + " (" + signed(pct) + " %)"));
        }
        results.add(verdict(indicator.direction(), reach, before, after, change, at, facts));
      }
    }
    return results;
  }

  private IndicatorResult verdict(
      Direction direction, Optional<Target> target, Point before, Point after, BigDecimal change, Scope at,
      Comparison facts) {
    int sign;
    Supplier<String> explanation;
    switch (direction) {
      case INCREASE -> {
        sign = change.signum();
        explanation = () -> facts.get() + "; desired: increase";
      }
      case DECREASE -> {
        sign = -change.signum();
        explanation = () -> facts.get() + "; desired: decrease";
      }
      case REACH -> {
        if (target.isEmpty()) {
          return result(DIRECTION, at, NO_DIRECTION, NO_UNIT, () -> facts.get() + "; a level to reach, but no target stated");
        }
        BigDecimal t = target.get().value();
        sign = before.value().subtract(t).abs().compareTo(after.value().subtract(t).abs());
        explanation = () -> facts.get() + "; desired: reach " + Values.plain(t);
      }
      default -> {
        return result(DIRECTION, at, NO_DIRECTION, NO_UNIT, () -> facts.get() + "; no desired direction stated");
      }
    }
    ResultValue v = sign > 0 ? FAVOURABLE : sign < 0 ? UNFAVOURABLE : STABLE;
    return result(DIRECTION, at, v, NO_UNIT, explanation);
  }

  private static List<Point> increments(Indicator indicator, List<Point> totals) {
    List<Point> out = new ArrayList<>();
    for (int k = 0; k < totals.size(); k++) {
      BigDecimal previous = k == 0 ? indicator.baseline().map(b -> b.value()).orElse(BigDecimal.ZERO) : totals.get(k - 1).value();
      out.add(new Point(totals.get(k).period(), totals.get(k).value().subtract(previous)));
    }
    return out;
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + Values.plain(v);
  }

  private record Point(CalendarPeriod period, BigDecimal value) {}

  /**
   * The facts of one comparison, "2011 vs 2010: 2204 − 2116 = +88", which the explanations of
   * its three results start with: written out once, when the first of them is asked for. It is
   * the change's explanation itself.
   */
  private static final class Comparison implements Supplier<String> {
    private final boolean cumulative;
    private final Point before;
    private final Point after;
    private final BigDecimal change;
    /** Not volatile, like {@code String.hash}: a race only writes the same text twice. */
    private String text;

    Comparison(boolean cumulative, Point before, Point after, BigDecimal change) {
      this.cumulative = cumulative;
      this.before = before;
      this.after = after;
      this.change = change;
    }

    @Override
    public String get() {
      String t = text;
      if (t == null) {
        t = (cumulative ? "added in " : "") + after.period() + " vs " + before.period() + ": "
            + Values.plain(after.value()) + " − " + Values.plain(before.value()) + " = " + signed(change);
        text = t;
      }
      return t;
    }
  }

  /**
   * The explanation of what a period added to a cumulative indicator: the total less the one
   * before it, or less the baseline (or 0) for the first.
   */
  private record Increment(Optional<BigDecimal> baseline, List<Point> totals, int k) implements Supplier<String> {
    @Override
    public String get() {
      Point total = totals.get(k);
      String from = k == 0
          ? baseline.map(b -> "total " + Values.plain(total.value()) + " − baseline " + Values.plain(b))
              .orElse("total " + Values.plain(total.value()) + " from 0")
          : "total " + Values.plain(total.value()) + " − " + Values.plain(totals.get(k - 1).value())
              + " (" + totals.get(k - 1).period() + ")";
      return "cumulative indicator: added during " + total.period() + " = " + from;
    }
  }
}
