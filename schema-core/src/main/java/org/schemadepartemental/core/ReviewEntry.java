package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * What a review says about one fiche or one of its sous-actions: status, progress, the "point
 * bilan" narrative, perspectives for next year and figures recorded.
 *
 * @param ficheId the id of the fiche reviewed
 * @param sousActionId the id of the sous-action, when the entry is about one
 * @param title the title the review prints for it, when it differs from the plan's
 * @param status the code of a status of the plan's {@link StatusVocabulary}, when given
 * @param progress a recorded progress percentage (0-100), when given
 * @param narrative the "point bilan" narrative
 * @param perspectives the perspectives for next year
 * @param measurements figures recorded
 * @param location where it was read from, when imported
 */
public record ReviewEntry(
    String ficheId,
    Optional<String> sousActionId,
    Optional<String> title,
    Optional<String> status,
    Optional<BigDecimal> progress,
    List<ListItem> narrative,
    List<ListItem> perspectives,
    List<ReviewMeasurement> measurements,
    Optional<SourceLocation> location) {

  /** Checks and copies. */
  public ReviewEntry {
    ficheId = Checks.nonBlank(ficheId, "ficheId");
    sousActionId = Checks.optionalText(sousActionId);
    title = Checks.optionalText(title);
    status = Checks.optionalText(status);
    progress = Checks.normalize(progress);
    progress.ifPresent(p -> {
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("progress must be within 0..100: " + p);
      }
    });
    narrative = Checks.list(narrative, "narrative");
    perspectives = Checks.list(perspectives, "perspectives");
    measurements = Checks.list(measurements, "measurements");
    location = Checks.optional(location);
  }

  /** A builder for an entry about a fiche. */
  public static Builder builder(String ficheId) {
    return new Builder(ficheId);
  }

  /** A builder holding this entry's values. */
  public Builder toBuilder() {
    Builder b = new Builder(ficheId);
    b.sousActionId = sousActionId;
    b.title = title;
    b.status = status;
    b.progress = progress;
    b.narrative.addAll(narrative);
    b.perspectives.addAll(perspectives);
    b.measurements.addAll(measurements);
    b.location = location;
    return b;
  }

  /** The same entry with another status code. */
  public ReviewEntry withStatus(String newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /** Builder of {@link ReviewEntry}. */
  public static final class Builder {
    private final String ficheId;
    private Optional<String> sousActionId = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> status = Optional.empty();
    private Optional<BigDecimal> progress = Optional.empty();
    private final List<ListItem> narrative = new ArrayList<>();
    private final List<ListItem> perspectives = new ArrayList<>();
    private final List<ReviewMeasurement> measurements = new ArrayList<>();
    private Optional<SourceLocation> location = Optional.empty();

    private Builder(String ficheId) {
      this.ficheId = ficheId;
    }

    /** Sets the sous-action. */
    public Builder sousActionId(String v) {
      this.sousActionId = Optional.ofNullable(v);
      return this;
    }

    /** Sets the title printed by the review. */
    public Builder title(String v) {
      this.title = Optional.ofNullable(v);
      return this;
    }

    /** Sets the status code. */
    public Builder status(String v) {
      this.status = Optional.ofNullable(v);
      return this;
    }

    /** Sets the progress percentage. */
    public Builder progress(BigDecimal v) {
      this.progress = Optional.ofNullable(v);
      return this;
    }

    /** Adds narrative items. */
    public Builder addNarrative(ListItem... v) {
      narrative.addAll(List.of(v));
      return this;
    }

    /** Adds perspectives. */
    public Builder addPerspective(ListItem... v) {
      perspectives.addAll(List.of(v));
      return this;
    }

    /** Replaces the narrative. */
    public Builder narrative(List<ListItem> v) {
      narrative.clear();
      narrative.addAll(v);
      return this;
    }

    /** Replaces the perspectives. */
    public Builder perspectives(List<ListItem> v) {
      perspectives.clear();
      perspectives.addAll(v);
      return this;
    }

    /** Replaces the recorded figures. */
    public Builder measurements(List<ReviewMeasurement> v) {
      measurements.clear();
      measurements.addAll(v);
      return this;
    }

    /** Adds a recorded figure. */
    public Builder addMeasurement(ReviewMeasurement v) {
      measurements.add(v);
      return this;
    }

    /** Sets where it was read from. */
    public Builder location(SourceLocation v) {
      this.location = Optional.ofNullable(v);
      return this;
    }

    /** Builds the entry. */
    public ReviewEntry build() {
      return new ReviewEntry(ficheId, sousActionId, title, status, progress, narrative, perspectives,
          measurements, location);
    }
  }
}
