package org.schemadepartemental.io.internal;

import java.util.function.Supplier;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;

/**
 * Counts the fiches, sous-actions, indicators and measurements of a plan against the {@link
 * ReadLimits}: readers that stream (JSON, CSV) count as they go and stop at the first one too
 * many, with its location; readers that build the plan first (document layouts) {@link #check}
 * it whole. One per read; not thread-safe.
 */
public final class PlanCounter {
  private final ReadLimits limits;
  private int fiches;
  private int sousActions;
  private int indicators;
  private int measurements;

  /** A counter at zero. */
  public PlanCounter(ReadLimits limits) {
    this.limits = limits;
  }

  /** One more fiche, found at {@code where}. */
  public void fiche(Supplier<InputLocation> where) {
    fiches = add(fiches, 1, limits.maxFiches(), ReadLimits.MAX_FICHES, "too many fiches", "fiches", where);
  }

  /** More sous-actions. */
  public void sousActions(int n, Supplier<InputLocation> where) {
    sousActions = add(sousActions, n, limits.maxSousActions(), ReadLimits.MAX_SOUS_ACTIONS, "too many sous-actions",
        "sous-actions", where);
  }

  /** More indicators. */
  public void indicators(int n, Supplier<InputLocation> where) {
    indicators = add(indicators, n, limits.maxIndicators(), ReadLimits.MAX_INDICATORS, "too many indicators",
        "indicators", where);
  }

  /** More measured values (or rows of a measurements file). */
  public void measurements(int n, Supplier<InputLocation> where) {
    measurements = add(measurements, n, limits.maxMeasurements(), ReadLimits.MAX_MEASUREMENTS,
        "too many measurements", "measurements", where);
  }

  /**
   * Counts a whole plan, located at the element's source location when the reader recorded one,
   * else at the source.
   *
   * @throws LimitExceededException at the first element past a limit
   */
  public static void check(Schema plan, ReadLimits limits, String source) {
    PlanCounter counter = new PlanCounter(limits);
    for (Orientation o : plan.orientations()) {
      for (Fiche f : o.fiches()) {
        Supplier<InputLocation> at = () -> at(source, f.location().orElse(null));
        counter.fiche(at);
        counter.sousActions(f.sousActions().size(), at);
        counter.indicators(f.indicators().size(), at);
        for (Indicator i : f.indicators()) {
          counter.measurements(i.measurements().size(), () -> at(source, i.location().orElse(null)));
        }
      }
    }
    for (Review r : plan.reviews()) {
      for (ReviewEntry e : r.entries()) {
        counter.measurements(e.measurements().size(), () -> InputLocation.of(source));
      }
    }
  }

  private static InputLocation at(String source, SourceLocation location) {
    return location == null ? InputLocation.of(source) : InputLocation.at(source, location.firstLine());
  }

  private static int add(int count, int n, int max, String name, String what, String unit,
      Supplier<InputLocation> where) {
    long total = (long) count + n;
    if (total > max) {
      throw new LimitExceededException(where.get(), name, max, what, unit);
    }
    return (int) total;
  }
}
