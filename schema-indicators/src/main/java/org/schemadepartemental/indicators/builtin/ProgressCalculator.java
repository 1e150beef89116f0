package org.schemadepartemental.indicators.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.internal.ProgressRollup;
import org.schemadepartemental.indicators.internal.ProgressRollup.FicheProgress;
import org.schemadepartemental.indicators.internal.ProgressRollup.Part;
import org.schemadepartemental.indicators.internal.ProgressRollup.Tally;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;
import org.schemadepartemental.indicators.support.ReviewState;

/**
 * Progress roll-up ({@value #ID}): a percentage per sous-action, fiche, orientation and plan,
 * from the latest review entries known at the date.
 *
 * <ul>
 *   <li>A sous-action's progress is the percentage its latest entry records, else the default
 *       percentage of its status ("En cours" 50, "Réalisé" 100…). A sous-action with no entry of
 *       its own takes its fiche's status when that one is done or closed. A closed status
 *       (abandoned, merged, replaced) leaves it out; no entry, or a status with no default
 *       ("Bloqué") and no percentage, makes it <em>missing</em>.
 *   <li>A fiche's progress is the mean of its sous-actions that have one, weighted by their
 *       weights when any is set (a missing weight counts as 1; weights adding up to 0 give the
 *       plain mean), plain otherwise; when none has one, its own entry's percentage or status; a
 *       fiche that is not active, or whose status closes it, is left out.
 *   <li>An orientation's and the plan's progress are the means of their fiches' progress,
 *       weighted by the fiches' weights in the same way (the plan's is over all its fiches,
 *       not over its orientations).
 * </ul>
 *
 * <p>Missing parts are never counted as zero: every fiche, orientation and the plan also get a
 * {@value #MISSING} result counting the parts without a value, and the explanation says how
 * many were valued, missing and left out. Percentages are rounded to one decimal at the end;
 * means are taken on unrounded values.
 */
public final class ProgressCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "progress";
  /** Metric of the percentage results. */
  public static final String PROGRESS = "progress";
  /** Metric counting the parts without a value. */
  public static final String MISSING = "missing";

  private static final Optional<String> PERCENT = Optional.of("%");
  private static final Optional<String> SOUS_ACTIONS = Optional.of("sous-actions");

  /** The calculator. */
  public ProgressCalculator() {
    super(ID, "Progress roll-up (%) per sous-action, fiche, orientation and plan, from review statuses and percentages");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
    ReviewState reviews = ReviewState.asOf(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    Tally plan = new Tally("fiche");
    for (Orientation orientation : schema.orientations()) {
      Tally orientationTally = new Tally("fiche");
      for (Fiche fiche : orientation.fiches()) {
        FicheProgress p = ProgressRollup.fiche(fiche, reviews);
        for (int i = 0; i < p.sousActions().size(); i++) {
          results.add(progress(index.sousAction(fiche.sousActions().get(i)), p.sousActions().get(i)));
        }
        results.add(progress(index.fiche(fiche), p.fiche()));
        if (!p.fiche().excluded()) {
          Tally sousActions = p.sousActionTally();
          results.add(result(MISSING, index.fiche(fiche), ResultValue.decimal(sousActions.missing()), SOUS_ACTIONS,
              sousActions::describeCounts));
        }
        orientationTally.add(p.fiche(), fiche.weight());
        plan.add(p.fiche(), fiche.weight());
      }
      emit(orientationTally, index.orientation(orientation), results);
    }
    emit(plan, index.plan(), results);
    return results;
  }

  private IndicatorResult progress(Scope scope, Part part) {
    return result(PROGRESS, scope, percentage(part.value()), PERCENT, part.why());
  }

  private void emit(Tally tally, Scope scope, List<IndicatorResult> results) {
    results.add(result(PROGRESS, scope, percentage(tally.mean()), PERCENT, tally::describe));
    results.add(result(MISSING, scope, ResultValue.decimal(tally.missing()), Optional.of(tally.unit()),
        tally::describeCounts));
  }

  /** A percentage rounded to one decimal, or undefined. */
  private static ResultValue percentage(Optional<BigDecimal> value) {
    return value.isPresent() ? ResultValue.decimal(Values.round(value.get(), 1)) : ResultValue.undefined();
  }
}
