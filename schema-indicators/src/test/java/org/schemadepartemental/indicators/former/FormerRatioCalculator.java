package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.FormulaProblem;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * {@code RatioCalculator} as it was at 682d0a3 (explanations written out eagerly, its own series),
 * kept as an oracle: the results must not change. Not to be maintained, only compared with.
 */
public final class FormerRatioCalculator extends AbstractCalculator {
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

  /** The calculator. */
  public FormerRatioCalculator() {
    super(ID, "Ratios and percentages as Σ numerators / Σ denominators, and indicators defined by formulas");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    FormerIndicatorSeries series = FormerIndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    for (FormulaProblem problem : series.formulas().problems()) {
      index.indicator(problem.indicatorId()).ifPresent(i ->
          results.add(result(FORMULA_ERROR, index.indicator(i)).explanation(problem.message()).build()));
    }
    for (Indicator indicator : schema.indicators()) {
      Scope scope = index.indicator(indicator);
      String unit = indicator.measureType() == MeasureType.PERCENTAGE ? "%" : indicator.unit().orElse(null);
      if (series.isComputed(indicator)) {
        for (PeriodValue v : series.values(indicator)) {
          IndicatorResult.Builder r = result(VALUE, scope.withPeriod(v.period())).unit(unit).explanation(v.how());
          v.value().ifPresent(x -> r.value(FormerValues.round(x, 4)));
          results.add(r.build());
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

  private void ratios(Indicator indicator, FormerIndicatorSeries series, Scope scope, String unit, List<IndicatorResult> results) {
    Map<CalendarPeriod, List<Measurement>> territorial = new TreeMap<>();
    for (Measurement m : series.measurements(indicator)) {
      if (m.territory().isPresent()) {
        territorial.computeIfAbsent(m.period(), p -> new ArrayList<>()).add(m);
      }
    }
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    int pooled = 0;
    int leftOut = 0;
    List<PeriodValue> values = series.values(indicator);
    for (PeriodValue v : values) {
      IndicatorResult.Builder r = result(RATIO, scope.withPeriod(v.period())).unit(unit).explanation(v.how());
      v.value().ifPresent(x -> r.value(FormerValues.round(x, 4)));
      results.add(r.build());
      for (Measurement m : territorial.getOrDefault(v.period(), List.of())) {
        PeriodValue own = FormerIndicatorSeries.combine(indicator.measureType(), v.period(), List.of(m));
        IndicatorResult.Builder t = result(RATIO, scope.withPeriod(v.period()).withTerritory(m.territory().get()))
            .unit(unit).explanation(own.how() + own.numerator().flatMap(n -> own.denominator()
                .map(d -> " (" + Values.plain(n) + " / " + Values.plain(d) + ")")).orElse(""));
        own.value().ifPresent(x -> t.value(FormerValues.round(x, 4)));
        results.add(t.build());
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
    IndicatorResult.Builder r = result(RATIO_OVER_PERIODS, scope).unit(unit);
    String how = "Σ numerators / Σ denominators over " + pooled + " periods (" + Values.plain(num) + " / "
        + Values.plain(den) + ")" + (leftOut > 0 ? "; " + leftOut + " period(s) without numerator and denominator left out" : "");
    Optional<BigDecimal> value = den.signum() == 0 ? Optional.empty()
        : Optional.of(indicator.measureType() == MeasureType.PERCENTAGE ? FormerValues.percent(num, den) : FormerValues.divide(num, den));
    value.ifPresent(x -> r.value(FormerValues.round(x, 4)));
    results.add(r.explanation(value.isPresent() ? how : how + "; the denominators add up to 0").build());
  }
}
