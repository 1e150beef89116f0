package org.schemadepartemental.indicators.support;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.indicators.EvaluationContext;

/**
 * What the reviews known at a date say about each fiche and sous-action. For each of them, the
 * latest entry that gives a status or a progress wins (reviews in date order, then document
 * order; within a review, the last entry). Statuses are read by code, then by label or alias
 * with the plan's vocabulary.
 *
 * <p>A sous-action with no entry of its own takes its fiche's reading when that reading says the
 * work is done or closed: a fiche "Réalisé" has its sous-actions done; a fiche "In progress"
 * says nothing about each of them.
 *
 * <p>Immutable once built.
 *
 * @since 0.1
 */
public final class ReviewState {
  private final List<Review> reviews;
  private final Map<String, StatusReading> fiches = new HashMap<>();
  private final Map<String, StatusReading> sousActions = new HashMap<>();

  private ReviewState(List<Review> reviews, StatusVocabulary vocabulary) {
    this.reviews = reviews.stream().sorted(Comparator.comparing(Review::date)).toList();
    for (Review review : this.reviews) {
      for (ReviewEntry entry : review.entries()) {
        if (entry.status().isEmpty() && entry.progress().isEmpty()) {
          continue;
        }
        Optional<ReviewStatus> status = entry.status().flatMap(s -> vocabulary.byCode(s).or(() -> vocabulary.match(s)));
        Optional<String> unknown = status.isPresent() ? Optional.empty() : entry.status();
        StatusReading reading = new StatusReading(review.id(), review.date(), status, unknown, entry.progress(), false);
        if (entry.sousActionId().isPresent()) {
          sousActions.put(entry.sousActionId().get(), reading);
        } else {
          fiches.put(entry.ficheId(), reading);
        }
      }
    }
  }

  /**
   * The state at the context's date: reviews dated after it are ignored. The run's own when the
   * context is a run's over this plan (read once for all its calculators, see {@link
   * EvaluationContext#shared}), else a new one.
   */
  public static ReviewState asOf(Schema schema, EvaluationContext context) {
    return context.shared(schema, ReviewState.class, () -> of(
        schema.reviews().stream().filter(r -> !r.date().isAfter(context.asOf())).toList(), context.vocabulary(schema)));
  }

  /** The state after exactly these reviews. */
  public static ReviewState of(List<Review> reviews, StatusVocabulary vocabulary) {
    return new ReviewState(Objects.requireNonNull(reviews, "reviews"), Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** The reviews taken into account, in date order. */
  public List<Review> reviews() {
    return reviews;
  }

  /** What the reviews say about a fiche as a whole. */
  public Optional<StatusReading> fiche(String ficheId) {
    return Optional.ofNullable(fiches.get(ficheId));
  }

  /** What the reviews say about the sous-action itself, ignoring its fiche. */
  public Optional<StatusReading> ownSousAction(String sousActionId) {
    return Optional.ofNullable(sousActions.get(sousActionId));
  }

  /**
   * What applies to a sous-action: its own reading, else its fiche's when that one says done or
   * closed (marked {@link StatusReading#fromFiche()}).
   */
  public Optional<StatusReading> sousAction(Fiche fiche, SousAction sousAction) {
    Optional<StatusReading> own = ownSousAction(sousAction.id());
    if (own.isPresent()) {
      return own;
    }
    return fiche(fiche.id()).filter(r -> r.isDone() || r.isClosed())
        .map(r -> new StatusReading(r.reviewId(), r.reviewDate(), r.status(), r.unknownStatus(),
            r.recordedProgress(), true));
  }
}
