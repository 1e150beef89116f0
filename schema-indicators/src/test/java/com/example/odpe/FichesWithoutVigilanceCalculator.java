package com.example.odpe;

import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;

/** The example of docs/indicators.md, "Writing a calculator": active fiches that state no point of vigilance. */
public final class FichesWithoutVigilanceCalculator extends AbstractCalculator {

  /** ServiceLoader needs a public no-argument constructor. */
  public FichesWithoutVigilanceCalculator() {
    super("fiches-without-vigilance", "Active fiches that state no point of vigilance");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    List<IndicatorResult> results = new ArrayList<>();
    int count = 0;
    for (Fiche fiche : schema.fiches()) {
      if (fiche.lifecycle().status() == FicheStatus.ACTIVE && fiche.vigilance().isEmpty()) {
        count++;
        results.add(result("no-vigilance", index.fiche(fiche))
            .value(ResultValue.text(fiche.title()))
            .explanation("FA " + fiche.number() + " states no point of vigilance")
            .build());
      }
    }
    results.add(result("count", index.plan()).value(count).unit("fiches")
        .explanation(count + " of " + schema.fiches().size() + " fiches").build());
    return results;
  }
}
