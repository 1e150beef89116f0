package org.schemadepartemental.indicators.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.FormulaProblem;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * Ratios, percentages and formulas ({@value #ID}).
 *
 * <ul>
 *   <li>For each percentage or ratio indicator and each period, {@value #RATIO}: Σ numerators /
 *       Σ denominators over the territories (× 100 for a percentage), never an average of
 *       percentages; a département-wide measurement is the total and is used as it is. Each
 *       territory's own ratio is given too (scope with the territory).
 *   <li>{@value #RATIO_OVER_PERIODS}: Σ numerators / Σ denominators over every period that has
 *       both (at least two), for a non-cumulative indicator; periods without them are left out
 *       and counted in the explanation.
 *   <li>For each indicator defined by a formula, {@value #VALUE} per period, computed from its
 *       operands' values for that period; a division by zero or an operand without a value for
 *       the period gives no value and says why. A formula that cannot be read, names an
 *       unknown indicator, divides by a constant 0 or is circular gives one
 *       {@value #FORMULA_ERROR} result and no value.
 * </ul>
 *
 * <p>A denominator (or a sum of denominators) of 0 gives no value. Values are rounded to four
 * decimals.
 */
public final class RatioCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "ratios";
  /** Metric of a period's ratio or percentage. */
  public static final String RATIO = "ratio";
  /** Metric of the ratio pooled over periods. */
  public static final String RATIO_OVER_PERIODS = "ratio-over-periods";
  /** Metric of a formula indicator's value for a period. */
  public static final String VALUE = "value";
  /** Metric of a wrong formula. */
  public static final String FORMULA_ERROR = "formula-error";

  private static final Optional<String> PERCENT = Optional.of("%");
  private static final Comparator<Measurement> BY_PERIOD = Comparator.comparing(Measurement::period);

  /** The calculator. */
  public RatioCalculator() {
    super(ID, "Ratios and percentages as Σ numerators / Σ denominators, and indicators defined by formulas");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
    IndicatorSeries series = IndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    for (FormulaProblem problem : series.formulas().problems()) {
      index.indicator(problem.indicatorId()).ifPresent(i ->
          results.add(result(FORMULA_ERROR, index.indicator(i)).explanation(problem.message()).build()));
    }
    for (Indicator indicator : index.indicators()) {
      Scope scope = index.indicator(indicator);
      Optional<String> unit = indicator.measureType() == MeasureType.PERCENTAGE ? PERCENT : indicator.unit();
      if (series.isComputed(indicator)) {
        for (PeriodValue v : series.values(indicator)) {
          results.add(result(VALUE, scope.withPeriod(v.period()), rounded(v.value()), unit, v::how));
        }
        continue;
      }
      if (indicator.measureType() != MeasureType.PERCENTAGE && indicator.measureType() != MeasureType.RATIO) {
        continue;
      }
      ratios(indicator, series, scope, unit, results);
    }
    return results;
  }

  private void ratios(
      Indicator indicator, IndicatorSeries series, Scope scope, Optional<String> unit, List<IndicatorResult> results) {
    MeasureType type = indicator.measureType();
    List<Measurement> territorial = territorialByPeriod(series.measurements(indicator));
    int next = 0;
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    int pooled = 0;
    int leftOut = 0;
    for (PeriodValue v : series.values(indicator)) {
      Scope atPeriod = scope.withPeriod(v.period());
      results.add(result(RATIO, atPeriod, rounded(v.value()), unit, v::how));
      // Each territory's own ratio: the territorial measurements come in period order, as the values do.
      while (next < territorial.size() && territorial.get(next).period().compareTo(v.period()) < 0) {
        next++;
      }
      for (; next < territorial.size() && territorial.get(next).period().equals(v.period()); next++) {
        Measurement m = territorial.get(next);
        results.add(result(RATIO, atPeriod.withTerritory(m.territory().get()), rounded(m.effectiveValue(type)), unit,
            () -> ownExplanation(type, v.period(), m)));
      }
      if (v.hasRatio()) {
        num = num.add(v.numerator().get());
        den = den.add(v.denominator().get());
        pooled++;
      } else {
        leftOut++;
      }
    }
    if (indicator.cumulative() || pooled < 2) {
      return;
    }
    BigDecimal sumOfNumerators = num;
    BigDecimal sumOfDenominators = den;
    int periods = pooled;
    int withoutRatio = leftOut;
    ResultValue value = den.signum() == 0 ? ResultValue.undefined() : ResultValue.decimal(
        indicator.measureType() == MeasureType.PERCENTAGE ? Values.percent(num, den, 4) : Values.divide(num, den, 4));
    results.add(result(RATIO_OVER_PERIODS, scope, value, unit, () -> "Σ numerators / Σ denominators over " + periods
        + " periods (" + Values.plain(sumOfNumerators) + " / " + Values.plain(sumOfDenominators) + ")"
        + (withoutRatio > 0 ? "; " + withoutRatio + " period(s) without numerator and denominator left out" : "")
        + (sumOfDenominators.signum() == 0 ? "; the denominators add up to 0" : "")));
  }

  /** The value rounded to four decimals, or undefined. */
  private static ResultValue rounded(Optional<BigDecimal> value) {
    return value.isPresent() ? ResultValue.decimal(Values.round(value.get(), 4)) : ResultValue.undefined();
  }

  /** The measurements that name a territory, in period order (document order within a period). */
  private static List<Measurement> territorialByPeriod(List<Measurement> measurements) {
    List<Measurement> territorial = new ArrayList<>();
    for (Measurement m : measurements) {
      if (m.territory().isPresent()) {
        territorial.add(m);
      }
    }
    territorial.sort(BY_PERIOD); // stable
    return territorial;
  }

  /** A territory's own ratio explained as the series explains one measurement, with its numerator and denominator. */
  private static String ownExplanation(MeasureType type, CalendarPeriod period, Measurement m) {
    PeriodValue own = IndicatorSeries.combine(type, period, List.of(m));
    return own.how() + own.numerator().flatMap(n -> own.denominator()
        .map(d -> " (" + Values.plain(n) + " / " + Values.plain(d) + ")")).orElse("");
  }
}
