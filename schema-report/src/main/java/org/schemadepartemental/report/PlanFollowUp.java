package org.schemadepartemental.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;

/**
 * Applies a follow-up file to a plan: what a monitoring team records beside the adopted plan,
 * kept as a plan-compatible document (canonical JSON, or any format that reads into a plan).
 *
 * <ul>
 *   <li>its <b>reviews</b> are added to the plan, unless the plan already has a review of that id
 *       (the plan's is kept, and a problem says so); an entry about a fiche or sous-action the
 *       plan does not have is kept and reported (the validator reports it too);
 *   <li>for each of its <b>indicators</b> that the plan has (same id): its baseline and targets,
 *       when given, replace the plan's, and its direction is taken when the plan states none;
 *       an indicator the plan does not have is reported; measurements are not taken from a
 *       follow-up file (they are loaded from the measurements CSV) and are reported if present.
 * </ul>
 *
 * <p>Everything else in the follow-up file (titles, fiches, calendars) is ignored: it only gives
 * the indicators a place to sit in a valid document.
 *
 * @since 0.1
 */
public final class PlanFollowUp {
  private PlanFollowUp() {}

  /**
   * What applying a follow-up gave.
   *
   * @param schema the plan with the follow-up applied
   * @param reviewsAdded the number of reviews added
   * @param indicatorsUpdated the number of the plan's indicators given a baseline, targets or a direction
   * @param problems what could not be applied or deserves a look, one sentence each
   */
  public record Applied(Schema schema, int reviewsAdded, int indicatorsUpdated, List<String> problems) {
    /** Copies. */
    public Applied {
      Objects.requireNonNull(schema, "schema");
      problems = List.copyOf(problems);
    }
  }

  /** The plan's indicator with the follow-up's baseline, targets and (when the plan has none) direction. */
  private static Indicator completed(Indicator ind, Indicator given) {
    Indicator.Builder b = ind.toBuilder();
    given.baseline().ifPresent(b::baseline);
    if (!given.targets().isEmpty()) {
      b.targets(given.targets());
    }
    if (ind.direction() == Direction.NONE && given.direction() != Direction.NONE) {
      b.direction(given.direction());
    }
    return b.build();
  }

  /** Applies the follow-up read from {@code sourceName} to the plan. */
  public static Applied apply(Schema plan, Schema followUp, String sourceName) {
    List<String> problems = new ArrayList<>();
    Set<String> reviewIds = plan.reviews().stream().map(Review::id).collect(Collectors.toSet());
    Set<String> ficheIds = plan.fiches().stream().map(Fiche::id).collect(Collectors.toSet());
    Set<String> sousActionIds = plan.fiches().stream().flatMap(f -> f.sousActions().stream()).map(SousAction::id)
        .collect(Collectors.toSet());
    Schema out = plan;
    int reviews = 0;
    for (Review review : followUp.reviews()) {
      if (!reviewIds.add(review.id())) {
        problems.add(sourceName + ": review " + review.id() + " is already in the plan; the plan's is kept");
        continue;
      }
      for (ReviewEntry e : review.entries()) {
        if (!ficheIds.contains(e.ficheId())) {
          problems.add(sourceName + ": review " + review.id() + " speaks of fiche " + e.ficheId()
              + ", which the plan does not have");
        } else if (e.sousActionId().isPresent() && !sousActionIds.contains(e.sousActionId().get())) {
          problems.add(sourceName + ": review " + review.id() + " speaks of sous-action " + e.sousActionId().get()
              + ", which the plan does not have");
        }
      }
      out = out.withReview(review);
      reviews++;
    }
    Map<String, Indicator> given = new HashMap<>();
    for (Indicator i : followUp.indicators()) {
      given.put(i.id(), i);
      if (plan.indicator(i.id()).isEmpty()) {
        problems.add(sourceName + ": indicator " + i.id() + " is not in the plan; its baseline and targets are not applied");
      }
      if (!i.measurements().isEmpty()) {
        problems.add(sourceName + ": the " + i.measurements().size() + " measurement(s) of " + i.id()
            + " are not applied (load figures with the measurements CSV)");
      }
    }
    out = out.mapIndicators(ind -> given.containsKey(ind.id()) ? completed(ind, given.get(ind.id())) : ind);
    int updated = 0;
    for (Indicator before : plan.indicators()) {
      if (!out.indicator(before.id()).orElseThrow().equals(before)) {
        updated++;
      }
    }
    return new Applied(out, reviews, updated, problems);
  }
}
