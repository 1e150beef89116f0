package org.schemadepartemental.benchmarks.corpus;

import java.util.Collection;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;

/**
 * What a set of plans holds, counted.
 *
 * @param plans the number of plans
 * @param orientations their orientations
 * @param fiches their fiches
 * @param sousActions their sous-actions
 * @param indicators their indicators
 * @param measurements the measurements of their indicators (review figures not counted)
 * @param reviews their reviews
 */
public record CorpusStats(
    long plans, long orientations, long fiches, long sousActions, long indicators, long measurements, long reviews) {

  /** Nothing. */
  public static final CorpusStats EMPTY = new CorpusStats(0, 0, 0, 0, 0, 0, 0);

  /** The counts of one plan. */
  public static CorpusStats of(Schema plan) {
    long fiches = 0;
    long sousActions = 0;
    long indicators = 0;
    long measurements = 0;
    for (Orientation o : plan.orientations()) {
      for (Fiche f : o.fiches()) {
        fiches++;
        sousActions += f.sousActions().size();
        for (Indicator i : f.indicators()) {
          indicators++;
          measurements += i.measurements().size();
        }
      }
    }
    return new CorpusStats(1, plan.orientations().size(), fiches, sousActions, indicators, measurements,
        plan.reviews().size());
  }

  /** The counts of several plans. */
  public static CorpusStats of(Collection<Schema> plans) {
    return plans.stream().map(CorpusStats::of).reduce(EMPTY, CorpusStats::plus);
  }

  /** Both counts added. */
  public CorpusStats plus(CorpusStats other) {
    return new CorpusStats(plans + other.plans, orientations + other.orientations, fiches + other.fiches,
        sousActions + other.sousActions, indicators + other.indicators, measurements + other.measurements,
        reviews + other.reviews);
  }
}
