package org.schemadepartemental.indicators.former;

import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.former.FormerProgressRollup.FicheProgress;
import org.schemadepartemental.indicators.former.FormerProgressRollup.Part;
import org.schemadepartemental.indicators.former.FormerProgressRollup.Tally;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;
import org.schemadepartemental.indicators.support.ReviewState;

/**
 * {@code ProgressCalculator} as it was at 682d0a3, kept as an oracle: the results must not change. Not to be
 * maintained, only compared with.
 */
public final class FormerProgressCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "progress";
  /** Metric of the percentage results. */
  public static final String PROGRESS = "progress";
  /** Metric counting the parts without a value. */
  public static final String MISSING = "missing";

  /** The calculator. */
  public FormerProgressCalculator() {
    super(ID, "Progress roll-up (%) per sous-action, fiche, orientation and plan, from review statuses and percentages");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    ReviewState reviews = ReviewState.asOf(schema, context);
    List<IndicatorResult> results = new ArrayList<>();
    Tally plan = new Tally("fiche");
    for (Orientation orientation : schema.orientations()) {
      Tally orientationTally = new Tally("fiche");
      for (Fiche fiche : orientation.fiches()) {
        FicheProgress p = FormerProgressRollup.fiche(fiche, reviews);
        for (int i = 0; i < p.sousActions().size(); i++) {
          results.add(progress(index.sousAction(fiche.sousActions().get(i)), p.sousActions().get(i)));
        }
        results.add(progress(index.fiche(fiche), p.fiche()));
        if (!p.fiche().excluded()) {
          results.add(result(MISSING, index.fiche(fiche)).value(p.sousActionTally().missing()).unit("sous-actions")
              .explanation(p.sousActionTally().describeCounts()).build());
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
    IndicatorResult.Builder r = result(PROGRESS, scope).unit("%").explanation(part.why());
    part.value().ifPresent(v -> r.value(FormerValues.round(v, 1)));
    return r.build();
  }

  private void emit(Tally tally, Scope scope, List<IndicatorResult> results) {
    IndicatorResult.Builder r = result(PROGRESS, scope).unit("%").explanation(tally.describe());
    tally.mean().ifPresent(v -> r.value(FormerValues.round(v, 1)));
    results.add(r.build());
    results.add(result(MISSING, scope).value(tally.missing()).unit(tally.unit()).explanation(tally.describeCounts()).build());
  }
}
