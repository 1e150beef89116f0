package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.internal.WeightedMean;
import org.schemadepartemental.indicators.support.ReviewState;
import org.schemadepartemental.indicators.support.StatusReading;

/**
 * {@code ProgressRollup} as it was at 682d0a3 (explanations written out at once), kept as an
 * oracle for the former progress and review comparison calculators. Not to be maintained.
 */
public final class FormerProgressRollup {
  private FormerProgressRollup() {}

  /** The progress of a fiche and of each of its sous-actions. */
  public static FicheProgress fiche(Fiche fiche, ReviewState reviews) {
    Optional<StatusReading> own = reviews.fiche(fiche.id());
    if (fiche.lifecycle().status() != FicheStatus.ACTIVE || own.filter(StatusReading::isClosed).isPresent()) {
      String why = fiche.lifecycle().status() != FicheStatus.ACTIVE
          ? "fiche " + fiche.lifecycle().status().name().toLowerCase(java.util.Locale.ROOT) + ": left out of the roll-up"
          : "review " + own.get().describe() + ": left out of the roll-up";
      return new FicheProgress(Part.excluded(why), List.of(), new Tally("sous-action"));
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
      part = Part.valued(tally.mean().orElseThrow(), tally.describe());
    } else {
      Optional<BigDecimal> ownValue = own.flatMap(StatusReading::progress);
      String sousActions = fiche.sousActions().isEmpty() ? "no sous-action"
          : "no sous-action valued (" + tally.describeCounts() + ")";
      if (ownValue.isPresent()) {
        part = Part.valued(ownValue.get(), sousActions + "; fiche's own entry, review " + own.get().describe());
      } else {
        part = Part.missing(sousActions + "; " + own.map(r -> "review " + r.describe() + " gives no percentage")
            .orElse("no review entry for the fiche"));
      }
    }
    return new FicheProgress(part, List.copyOf(parts), tally);
  }

  /** The progress of one sous-action. */
  public static Part sousAction(Fiche fiche, SousAction sa, ReviewState reviews) {
    Optional<StatusReading> reading = reviews.sousAction(fiche, sa);
    if (reading.isEmpty()) {
      return Part.missing("no review entry");
    }
    StatusReading r = reading.get();
    if (r.isClosed()) {
      return Part.excluded("review " + r.describe() + ": left out of the roll-up");
    }
    Optional<BigDecimal> value = r.progress();
    if (value.isEmpty()) {
      return Part.missing("review " + r.describe() + " gives no percentage");
    }
    String source = r.recordedProgress().isPresent() ? "recorded percentage" : "default percentage of the status";
    return Part.valued(value.get(), source + ", review " + r.describe());
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
   * @param why the explanation
   */
  public record Part(Optional<BigDecimal> value, boolean excluded, String why) {
    static Part valued(BigDecimal v, String why) {
      return new Part(Optional.of(v), false, why);
    }

    static Part missing(String why) {
      return new Part(Optional.empty(), false, why);
    }

    static Part excluded(String why) {
      return new Part(Optional.empty(), true, why);
    }
  }

  /** Parts of a whole, counted, with their weighted mean. */
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
