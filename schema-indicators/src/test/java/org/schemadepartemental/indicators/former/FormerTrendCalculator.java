package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.schemadepartemental.indicators.support.PeriodValue;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * {@code TrendCalculator} as it was at 682d0a3 (explanations written out eagerly, its own
 * series), kept as an oracle: the results must not change. Not to be maintained, only compared with.
 */
public final class FormerTrendCalculator extends AbstractCalculator {
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

  /** The calculator. */
  public FormerTrendCalculator() {
    super(ID, "Trends: change between consecutive measurements, and whether it goes the desired way");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    FormerIndicatorSeries series = FormerIndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    for (Indicator indicator : schema.indicators()) {
      if (indicator.measureType() == MeasureType.QUALITATIVE) {
        continue;
      }
      List<Point> points = new ArrayList<>();
      for (PeriodValue v : series.values(indicator)) {
        v.value().ifPresent(x -> points.add(new Point(v.period(), x)));
      }
      Scope scope = index.indicator(indicator);
      String unit = indicator.unit().orElse(null);
      List<Point> compared = points;
      if (indicator.cumulative()) {
        compared = increments(indicator, points);
        for (int k = 0; k < compared.size(); k++) {
          Point p = compared.get(k);
          String from = k == 0
              ? indicator.baseline().map(b -> "total " + Values.plain(points.get(0).value()) + " − baseline "
                  + Values.plain(b.value())).orElse("total " + Values.plain(points.get(0).value()) + " from 0")
              : "total " + Values.plain(points.get(k).value()) + " − " + Values.plain(points.get(k - 1).value())
                  + " (" + points.get(k - 1).period() + ")";
          results.add(result(INCREMENT, scope.withPeriod(p.period())).value(p.value()).unit(unit)
              .explanation("cumulative indicator: added during " + p.period() + " = " + from).build());
        }
      }
      for (int k = 1; k < compared.size(); k++) {
        Point before = compared.get(k - 1);
        Point after = compared.get(k);
        Scope at = scope.withPeriod(after.period());
        String what = indicator.cumulative() ? "added in " : "";
        if (before.period().granularity() != after.period().granularity()) {
          results.add(result(CHANGE, at).unit(unit).explanation("periods of different lengths (" + before.period()
              + ", " + after.period() + ") are not compared").build());
          continue;
        }
        BigDecimal change = after.value().subtract(before.value());
        String facts = what + after.period() + " vs " + before.period() + ": " + Values.plain(after.value()) + " − "
            + Values.plain(before.value()) + " = " + signed(change);
        results.add(result(CHANGE, at).value(change).unit(unit).explanation(facts).build());
        IndicatorResult.Builder relative = result(RELATIVE_CHANGE, at).unit("%");
        if (before.value().signum() == 0) {
          relative.explanation(facts + "; no relative change from 0");
        } else {
          BigDecimal pct = FormerValues.round(FormerValues.percent(change, before.value().abs()), 1);
          relative.value(pct).explanation(facts + " (" + signed(pct) + " %)");
        }
        results.add(relative.build());
        results.add(verdict(indicator, before, after, change, at, facts));
      }
    }
    return results;
  }

  private IndicatorResult verdict(Indicator indicator, Point before, Point after, BigDecimal change, Scope at, String facts) {
    Direction d = indicator.direction();
    int sign;
    String basis;
    switch (d) {
      case INCREASE -> {
        sign = change.signum();
        basis = "desired: increase";
      }
      case DECREASE -> {
        sign = -change.signum();
        basis = "desired: decrease";
      }
      case REACH -> {
        Optional<Target> target = indicator.finalTarget().or(() -> indicator.targets().stream().reduce((a, b) -> b));
        if (target.isEmpty()) {
          return result(DIRECTION, at).value(ResultValue.code("NO_DIRECTION", "no direction"))
              .explanation(facts + "; a level to reach, but no target stated").build();
        }
        BigDecimal t = target.get().value();
        sign = before.value().subtract(t).abs().compareTo(after.value().subtract(t).abs());
        basis = "desired: reach " + Values.plain(t);
      }
      default -> {
        return result(DIRECTION, at).value(ResultValue.code("NO_DIRECTION", "no direction"))
            .explanation(facts + "; no desired direction stated").build();
      }
    }
    ResultValue v = sign > 0 ? ResultValue.code("FAVOURABLE", "favourable")
        : sign < 0 ? ResultValue.code("UNFAVOURABLE", "unfavourable") : ResultValue.code("STABLE", "stable");
    return result(DIRECTION, at).value(v).explanation(facts + "; " + basis).build();
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
}
