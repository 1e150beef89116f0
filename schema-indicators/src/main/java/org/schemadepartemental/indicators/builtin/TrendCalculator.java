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
    for (Indicator indicator : index.indicators()) {
      if (indicator.measureType() == MeasureType.QUALITATIVE) {
        continue;
      }
      // The periods with a value and their values, side by side: no object per value.
      List<PeriodValue> values = series.values(indicator);
      int n = 0;
      for (PeriodValue v : values) {
        n += v.isDefined() ? 1 : 0;
      }
      if (n == 0) {
        continue;
      }
      CalendarPeriod[] periods = new CalendarPeriod[n];
      BigDecimal[] totals = new BigDecimal[n];
      n = 0;
      for (PeriodValue v : values) {
        if (v.isDefined()) {
          periods[n] = v.period();
          totals[n++] = v.value().get();
        }
      }
      Scope scope = index.indicator(indicator);
      Optional<String> unit = indicator.unit();
      // The level a REACH indicator should reach: its final target, else its last one.
      Optional<Target> reach = indicator.direction() != Direction.REACH ? Optional.empty()
          : indicator.finalTarget().or(() -> indicator.targets().stream().reduce((a, b) -> b));
      BigDecimal[] compared = totals;
      if (indicator.cumulative()) {
        Optional<BigDecimal> baseline = indicator.baseline().map(Baseline::value);
        compared = increments(baseline, totals);
        for (int k = 0; k < n; k++) {
          results.add(result(INCREMENT, scope.withPeriod(periods[k]), ResultValue.decimal(compared[k]), unit,
              new Increment(baseline, periods, totals, k)));
        }
      }
      for (int k = 1; k < n; k++) {
        CalendarPeriod beforePeriod = periods[k - 1];
        CalendarPeriod afterPeriod = periods[k];
        Scope at = scope.withPeriod(afterPeriod);
        if (beforePeriod.granularity() != afterPeriod.granularity()) {
          results.add(result(CHANGE, at, ResultValue.undefined(), unit, () -> "periods of different lengths ("
              + beforePeriod + ", " + afterPeriod + ") are not compared"));
          continue;
        }
        BigDecimal before = compared[k - 1];
        BigDecimal after = compared[k];
        BigDecimal change = after.subtract(before);
        Comparison facts = new Comparison(indicator.cumulative(), beforePeriod, before, afterPeriod, after, change);
        results.add(result(CHANGE, at, ResultValue.decimal(change), unit, facts));
        if (before.signum() == 0) {
          results.add(result(RELATIVE_CHANGE, at, ResultValue.undefined(), PERCENT,
              () -> facts.get() + "; no relative change from 0"));
        } else {
          BigDecimal pct = Values.percent(change, before.abs(), 1);
          results.add(result(RELATIVE_CHANGE, at, ResultValue.decimal(pct), PERCENT,
              () -> facts.get() + " (" + signed(pct) + " %)"));
        }
        results.add(verdict(indicator.direction(), reach, before, after, change, at, facts));
      }
    }
    return results;
  }

  private IndicatorResult verdict(
      Direction direction, Optional<Target> target, BigDecimal before, BigDecimal after, BigDecimal change, Scope at,
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
          return result(DIRECTION, at, NO_DIRECTION, NO_UNIT,
              () -> facts.get() + "; a level to reach, but no target stated");
        }
        BigDecimal t = target.get().value();
        sign = before.subtract(t).abs().compareTo(after.subtract(t).abs());
        explanation = () -> facts.get() + "; desired: reach " + Values.plain(t);
      }
      default -> {
        return result(DIRECTION, at, NO_DIRECTION, NO_UNIT, () -> facts.get() + "; no desired direction stated");
      }
    }
    ResultValue v = sign > 0 ? FAVOURABLE : sign < 0 ? UNFAVOURABLE : STABLE;
    return result(DIRECTION, at, v, NO_UNIT, explanation);
  }

  /** What each period added to a running total: the first from the baseline, or from 0 without one. */
  private static BigDecimal[] increments(Optional<BigDecimal> baseline, BigDecimal[] totals) {
    BigDecimal[] out = new BigDecimal[totals.length];
    for (int k = 0; k < totals.length; k++) {
      out[k] = totals[k].subtract(k == 0 ? baseline.orElse(BigDecimal.ZERO) : totals[k - 1]);
    }
    return out;
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + Values.plain(v);
  }

  /**
   * The facts of one comparison, "2011 vs 2010: 2204 − 2116 = +88", which the explanations of
   * its three results start with: written out once, when the first of them is asked for. It is
   * the change's explanation itself.
   */
  private static final class Comparison implements Supplier<String> {
    private final boolean cumulative;
    private final CalendarPeriod beforePeriod;
    private final BigDecimal before;
    private final CalendarPeriod afterPeriod;
    private final BigDecimal after;
    private final BigDecimal change;
    /** Not volatile, like {@code String.hash}: a race only writes the same text twice. */
    private String text;

    Comparison(boolean cumulative, CalendarPeriod beforePeriod, BigDecimal before, CalendarPeriod afterPeriod,
        BigDecimal after, BigDecimal change) {
      this.cumulative = cumulative;
      this.beforePeriod = beforePeriod;
      this.before = before;
      this.afterPeriod = afterPeriod;
      this.after = after;
      this.change = change;
    }

    @Override
    public String get() {
      String t = text;
      if (t == null) {
        t = (cumulative ? "added in " : "") + afterPeriod + " vs " + beforePeriod + ": "
            + Values.plain(after) + " − " + Values.plain(before) + " = " + signed(change);
        text = t;
      }
      return t;
    }
  }

  /**
   * The explanation of what a period added to a cumulative indicator: the total less the one
   * before it, or less the baseline (or 0) for the first.
   */
  private record Increment(Optional<BigDecimal> baseline, CalendarPeriod[] periods, BigDecimal[] totals, int k)
      implements Supplier<String> {
    @Override
    public String get() {
      BigDecimal total = totals[k];
      String from = k == 0
          ? baseline.map(b -> "total " + Values.plain(total) + " − baseline " + Values.plain(b))
              .orElse("total " + Values.plain(total) + " from 0")
          : "total " + Values.plain(total) + " − " + Values.plain(totals[k - 1]) + " (" + periods[k - 1] + ")";
      return "cumulative indicator: added during " + periods[k] + " = " + from;
    }
  }
}
