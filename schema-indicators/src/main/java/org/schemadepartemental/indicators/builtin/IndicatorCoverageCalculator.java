package org.schemadepartemental.indicators.builtin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.IndicatorSeries;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * Indicator coverage and quality ({@value #ID}): which fiches cannot be evaluated, and which
 * indicators lack what an evaluation needs. Only active fiches are looked at.
 *
 * <ul>
 *   <li>Per fiche, a {@value #COVERAGE} code: {@code COMPLETE} (at least one output and one
 *       outcome indicator), {@code NO_OUTPUT}, {@code NO_OUTCOME} or {@code NO_INDICATOR};
 *       indicators of unspecified kind count as neither.
 *   <li>Per indicator, one result for each problem, its label as value: {@value #NO_BASELINE}
 *       (not asked of qualitative indicators, which have no number, nor of milestone, cumulative
 *       and formula ones, whose start is known or computed), {@value #NO_TARGET} (not asked of
 *       qualitative ones), {@value #NO_MEASUREMENT}
 *       (no measurement of a period started by the date, for the context's territory; not asked
 *       of indicators computed from a formula), {@value #STALE_MEASUREMENT}: the latest measured
 *       period ended more than {@code indicator-coverage.max-age-months} months (default
 *       {@value #DEFAULT_MAX_AGE_MONTHS}) before the date; the value is its age in months.
 *   <li>For the plan, the count of each problem ({@code fiches-without-output-indicator},
 *       {@code fiches-without-outcome-indicator}, {@code indicators-without-baseline},
 *       {@code indicators-without-target}, {@code indicators-without-measurement},
 *       {@code indicators-with-stale-measurement}).
 * </ul>
 */
public final class IndicatorCoverageCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "indicator-coverage";
  /** Option: the age in months beyond which the latest measurement is stale. */
  public static final String MAX_AGE_OPTION = ID + ".max-age-months";
  /** Default of {@link #MAX_AGE_OPTION}. */
  public static final int DEFAULT_MAX_AGE_MONTHS = 18;
  /** Metric of a fiche's coverage code. */
  public static final String COVERAGE = "coverage";
  /** Metric of an indicator without baseline. */
  public static final String NO_BASELINE = "no-baseline";
  /** Metric of an indicator without target. */
  public static final String NO_TARGET = "no-target";
  /** Metric of an indicator without measurement. */
  public static final String NO_MEASUREMENT = "no-measurement";
  /** Metric of an indicator whose latest measurement is old. */
  public static final String STALE_MEASUREMENT = "stale-measurement";

  /** The calculator. */
  public IndicatorCoverageCalculator() {
    super(ID, "Indicator coverage and quality: fiches without output or outcome indicator, indicators without baseline, target or recent measurement");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    int maxAge = context.intOption(MAX_AGE_OPTION, DEFAULT_MAX_AGE_MONTHS);
    if (maxAge < 0) {
      throw new IllegalArgumentException("option " + MAX_AGE_OPTION + " must not be negative: " + maxAge);
    }
    PlanIndex index = PlanIndex.of(schema, context);
    IndicatorSeries series = IndicatorSeries.of(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String key : List.of("fiches-without-output-indicator", "fiches-without-outcome-indicator",
        "indicators-without-baseline", "indicators-without-target", "indicators-without-measurement",
        "indicators-with-stale-measurement")) {
      counts.put(key, 0);
    }
    int fiches = 0;
    int indicators = 0;
    for (Fiche fiche : index.fiches()) {
      if (fiche.lifecycle().status() != FicheStatus.ACTIVE) {
        continue;
      }
      fiches++;
      long outputs = 0;
      long outcomes = 0;
      for (Indicator i : fiche.indicators()) {
        outputs += i.kind() == IndicatorKind.OUTPUT ? 1 : 0;
        outcomes += i.kind() == IndicatorKind.OUTCOME ? 1 : 0;
      }
      long unspecified = fiche.indicators().size() - outputs - outcomes;
      ResultValue coverage;
      if (fiche.indicators().isEmpty()) {
        coverage = ResultValue.code("NO_INDICATOR", "no indicator");
      } else if (outputs == 0) {
        coverage = ResultValue.code("NO_OUTPUT", "no output indicator");
      } else if (outcomes == 0) {
        coverage = ResultValue.code("NO_OUTCOME", "no outcome indicator");
      } else {
        coverage = ResultValue.code("COMPLETE", "output and outcome indicators");
      }
      if (outputs == 0) {
        counts.merge("fiches-without-output-indicator", 1, Integer::sum);
      }
      if (outcomes == 0) {
        counts.merge("fiches-without-outcome-indicator", 1, Integer::sum);
      }
      results.add(result(COVERAGE, index.fiche(fiche)).value(coverage)
          .explanation(outputs + " output, " + outcomes + " outcome" + (unspecified > 0 ? ", " + unspecified
              + " of unspecified kind (counted as neither)" : "") + " indicator(s)").build());
      for (Indicator indicator : fiche.indicators()) {
        indicators++;
        boolean qualitative = indicator.measureType() == MeasureType.QUALITATIVE;
        boolean computed = indicator.formula().isPresent();
        if (indicator.baseline().isEmpty() && !qualitative && !computed && !indicator.cumulative()
            && indicator.measureType() != MeasureType.MILESTONE) {
          counts.merge("indicators-without-baseline", 1, Integer::sum);
          results.add(problem(NO_BASELINE, index, indicator, "no baseline (situation de départ)"));
        }
        if (indicator.targets().isEmpty() && !qualitative) {
          counts.merge("indicators-without-target", 1, Integer::sum);
          results.add(problem(NO_TARGET, index, indicator, "no target"));
        }
        if (series.isComputed(indicator)) {
          continue;
        }
        List<Measurement> known = series.measurements(indicator);
        if (known.isEmpty()) {
          counts.merge("indicators-without-measurement", 1, Integer::sum);
          results.add(problem(NO_MEASUREMENT, index, indicator, "no measurement of a period started by "
              + context.asOf() + context.territory().map(t -> " for " + t).orElse("")
              + (indicator.measurements().isEmpty() ? "" : " (" + indicator.measurements().size()
                  + " outside the date or territory)")));
          continue;
        }
        Measurement latest = series.latestEnding(indicator).orElseThrow();
        LocalDate ended = latest.period().endDate();
        long age = ended.isBefore(context.asOf()) ? ChronoUnit.MONTHS.between(ended, context.asOf()) : 0;
        if (age > maxAge) {
          counts.merge("indicators-with-stale-measurement", 1, Integer::sum);
          results.add(result(STALE_MEASUREMENT, index.indicator(indicator)).value(age).unit("months")
              .explanation("latest measurement " + latest.period() + " ended " + ended + ", " + age
                  + " months before " + context.asOf() + " (limit " + maxAge + ")").build());
        }
      }
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      boolean aboutFiches = e.getKey().startsWith("fiches");
      results.add(result(e.getKey(), index.plan()).value(e.getValue()).unit(aboutFiches ? "fiches" : "indicators")
          .explanation(e.getValue() + " of " + (aboutFiches ? fiches + " active fiches" : indicators + " indicators"))
          .build());
    }
    return results;
  }

  private IndicatorResult problem(String metric, PlanIndex index, Indicator indicator, String why) {
    return result(metric, index.indicator(indicator)).value(ResultValue.text(indicator.label())).explanation(why).build();
  }
}
