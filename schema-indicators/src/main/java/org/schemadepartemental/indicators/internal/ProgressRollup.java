package org.schemadepartemental.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.support.ReviewState;
import org.schemadepartemental.indicators.support.StatusReading;

/**
 * The progress of fiches and their sous-actions from a {@link ReviewState}: the rules the
 * {@code progress} calculator documents, shared with the review comparison. Not part of the API.
 */
public final class ProgressRollup {
  private static final Supplier<String> NO_ENTRY = () -> "no review entry";

  private ProgressRollup() {}

  /** The progress of a fiche and of each of its sous-actions; the explanations are written out when asked for. */
  public static FicheProgress fiche(Fiche fiche, ReviewState reviews) {
    Optional<StatusReading> own = reviews.fiche(fiche.id());
    FicheStatus status = fiche.lifecycle().status();
    if (status != FicheStatus.ACTIVE || own.filter(StatusReading::isClosed).isPresent()) {
      return new FicheProgress(Part.excluded(() -> status != FicheStatus.ACTIVE
          ? "fiche " + status.name().toLowerCase(java.util.Locale.ROOT) + ": left out of the roll-up"
          : "review " + own.get().describe() + ": left out of the roll-up"), List.of(), new Tally("sous-action"));
    }
    Tally tally = new Tally("sous-action");
    List<Part> parts = new ArrayList<>();
    for (SousAction sa : fiche.sousActions()) {
      Part p = sousAction(fiche, sa, reviews);
      tally.add(p, sa.weight());
      parts.add(p);
    }
    Part part;
    if (tally.valued() > 0) {
      part = Part.valued(tally.mean().orElseThrow(), tally::describe);
    } else {
      Optional<BigDecimal> ownValue = own.flatMap(StatusReading::progress);
      boolean none = fiche.sousActions().isEmpty();
      Supplier<String> sousActions =
          () -> none ? "no sous-action" : "no sous-action valued (" + tally.describeCounts() + ")";
      if (ownValue.isPresent()) {
        part = Part.valued(ownValue.get(), () -> sousActions.get() + "; fiche's own entry, review " + own.get().describe());
      } else {
        part = Part.missing(() -> sousActions.get() + "; " + own.map(r -> "review " + r.describe() + " gives no percentage")
            .orElse("no review entry for the fiche"));
      }
    }
    return new FicheProgress(part, List.copyOf(parts), tally);
  }

  /** The progress of one sous-action. */
  public static Part sousAction(Fiche fiche, SousAction sa, ReviewState reviews) {
    Optional<StatusReading> reading = reviews.sousAction(fiche, sa);
    if (reading.isEmpty()) {
      return Part.missing(NO_ENTRY);
    }
    StatusReading r = reading.get();
    if (r.isClosed()) {
      return Part.excluded(() -> "review " + r.describe() + ": left out of the roll-up");
    }
    Optional<BigDecimal> value = r.progress();
    if (value.isEmpty()) {
      return Part.missing(() -> "review " + r.describe() + " gives no percentage");
    }
    return Part.valued(value.get(), () -> (r.recordedProgress().isPresent() ? "recorded percentage"
        : "default percentage of the status") + ", review " + r.describe());
  }

  /**
   * A fiche's progress, its sous-actions' (in order) and their counts.
   *
   * @param fiche the fiche's own
   * @param sousActions one per sous-action, in order; empty when the fiche is left out
   * @param sousActionTally the sous-actions counted
   */
  public record FicheProgress(Part fiche, List<Part> sousActions, Tally sousActionTally) {}

  /**
   * One part of a roll-up: valued, missing or left out, and why.
   *
   * @param value the percentage, unrounded, when valued
   * @param excluded whether it is left out (closed)
   * @param why writes out the explanation
   */
  public record Part(Optional<BigDecimal> value, boolean excluded, Supplier<String> why) {
    static Part valued(BigDecimal v, Supplier<String> why) {
      return new Part(Optional.of(v), false, why);
    }

    static Part missing(Supplier<String> why) {
      return new Part(Optional.empty(), false, why);
    }

    static Part excluded(Supplier<String> why) {
      return new Part(Optional.empty(), true, why);
    }
  }

  /**
   * Parts of a whole, counted, with their weighted mean. Its descriptions may be asked for
   * later, when an explanation is written out: nothing is added to a tally once it is described.
   */
  public static final class Tally {
    private final String what;
    private final WeightedMean mean = new WeightedMean();
    private int missing;
    private int excluded;

    /** A tally of parts called {@code what} ("fiche", "sous-action"). */
    public Tally(String what) {
      this.what = what;
    }

    /** Counts a part with its weight. */
    public void add(Part p, Optional<BigDecimal> weight) {
      if (p.excluded()) {
        excluded++;
      } else if (p.value().isPresent()) {
        mean.add(p.value().get(), weight);
      } else {
        missing++;
      }
    }

    /** The mean of the valued parts. */
    public Optional<BigDecimal> mean() {
      return mean.mean();
    }

    /** Number of valued parts. */
    public int valued() {
      return mean.count();
    }

    /** Number of parts without a value. */
    public int missing() {
      return missing;
    }

    /** The name of the parts, plural. */
    public String unit() {
      return what + "s";
    }

    /** "3 sous-actions valued, 1 missing, 1 left out (closed)". */
    public String describeCounts() {
      return mean.count() + " " + what + (mean.count() == 1 ? "" : "s") + " valued, " + missing + " missing"
          + (excluded > 0 ? ", " + excluded + " left out (closed)" : "");
    }

    /** How the mean is taken and of what. */
    public String describe() {
      if (mean.count() == 0) {
        return "no " + what + " valued (" + describeCounts() + ")";
      }
      return mean.how() + " of " + describeCounts();
    }
  }
}
