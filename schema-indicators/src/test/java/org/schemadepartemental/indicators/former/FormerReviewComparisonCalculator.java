package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.former.FormerProgressRollup.FicheProgress;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.internal.WeightedMean;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;
import org.schemadepartemental.indicators.support.ReviewState;
import org.schemadepartemental.indicators.support.StatusReading;

/**
 * {@code ReviewComparisonCalculator} as it was at 682d0a3, kept as an oracle: the results must not change. Not to be
 * maintained, only compared with.
 */
public final class FormerReviewComparisonCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "review-comparison";
  /** Option: the id of the earlier review. */
  public static final String FROM_OPTION = ID + ".from";
  /** Option: the id of the later review. */
  public static final String TO_OPTION = ID + ".to";
  /** Metric of a change of status. */
  public static final String STATUS_CHANGE = "status-change";
  /** Metric of a fiche's movement. */
  public static final String MOVEMENT = "movement";
  /** Metric of the plan-level result when there is nothing to compare. */
  public static final String COMPARISON = "comparison";

  /** How a fiche moved between two reviews. */
  enum Movement {
    PROGRESSED("progressed"),
    REGRESSED("regressed"),
    STILL("still"),
    NEWLY_ASSESSED("newly assessed"),
    NOT_ASSESSED("not assessed");

    final String label;

    Movement(String label) {
      this.label = label;
    }
  }

  /** The calculator. */
  public FormerReviewComparisonCalculator() {
    super(ID, "Review comparison: status changes and fiches progressed, regressed or still between two reviews");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    List<Review> sorted = schema.reviews().stream().sorted(Comparator.comparing(Review::date)).toList();
    List<Review> known = sorted.stream().filter(r -> !r.date().isAfter(context.asOf())).toList();
    Optional<String> fromId = context.option(FROM_OPTION);
    Optional<String> toId = context.option(TO_OPTION);
    List<IndicatorResult> results = new ArrayList<>();
    Optional<Review> to = toId.isPresent() ? Optional.of(find(sorted, toId.get()))
        : known.isEmpty() ? Optional.empty() : Optional.of(known.get(known.size() - 1));
    Optional<Review> from = fromId.isPresent() ? Optional.of(find(sorted, fromId.get()))
        : to.filter(r -> sorted.indexOf(r) > 0).map(r -> sorted.get(sorted.indexOf(r) - 1));
    if (to.isEmpty() || from.isEmpty()) {
      results.add(result(COMPARISON, index.plan()).explanation("nothing to compare: " + known.size()
          + " review(s) dated by " + context.asOf() + " (" + sorted.size() + " in the plan); two are needed").build());
      return results;
    }
    if (from.get().equals(to.get())) {
      throw new IllegalArgumentException("the two reviews compared are the same: " + from.get().id());
    }
    return compare(schema, index, context, sorted, from.get(), to.get());
  }

  private List<IndicatorResult> compare(
      Schema schema, PlanIndex index, EvaluationContext context, List<Review> sorted, Review from, Review to) {
    List<IndicatorResult> results = new ArrayList<>();
    StatusVocabulary vocabulary = context.vocabulary(schema);
    ReviewState before = ReviewState.of(sorted.subList(0, sorted.indexOf(from) + 1), vocabulary);
    ReviewState after = ReviewState.of(sorted.subList(0, sorted.indexOf(to) + 1), vocabulary);
    String sides = from.id() + " → " + to.id();
    Map<Movement, Integer> counts = new EnumMap<>(Movement.class);
    for (Fiche fiche : schema.fiches()) {
      change(index.fiche(fiche), before.fiche(fiche.id()), after.fiche(fiche.id()), sides).ifPresent(results::add);
      for (SousAction sa : fiche.sousActions()) {
        change(index.sousAction(sa), before.ownSousAction(sa.id()), after.ownSousAction(sa.id()), sides)
            .ifPresent(results::add);
      }
      if (fiche.lifecycle().status() != FicheStatus.ACTIVE) {
        continue;
      }
      FicheProgress a = FormerProgressRollup.fiche(fiche, before);
      FicheProgress b = FormerProgressRollup.fiche(fiche, after);
      // Compare like with like: sous-actions valued on one side only are new information, not movement.
      List<Integer> common = new ArrayList<>();
      for (int i = 0; i < a.sousActions().size() && i < b.sousActions().size(); i++) {
        if (a.sousActions().get(i).value().isPresent() && b.sousActions().get(i).value().isPresent()) {
          common.add(i);
        }
      }
      Optional<BigDecimal> p0;
      Optional<BigDecimal> p1;
      String basis;
      if (!common.isEmpty()) {
        p0 = meanOf(fiche, a, common);
        p1 = meanOf(fiche, b, common);
        basis = "progress of the " + common.size() + " sous-action(s) valued by both";
      } else {
        p0 = a.fiche().value();
        p1 = b.fiche().value();
        basis = "progress";
      }
      Optional<Integer> r0 = rank(fiche, before);
      Optional<Integer> r1 = rank(fiche, after);
      Movement m;
      String why;
      if (p0.isPresent() && p1.isPresent()) {
        m = compare(p1.get().compareTo(p0.get()));
        why = basis + " " + Values.plain(FormerValues.round(p0.get(), 1)) + " % → " + Values.plain(FormerValues.round(p1.get(), 1)) + " %";
      } else if (r0.isPresent() && r1.isPresent()) {
        m = compare(r1.get().compareTo(r0.get()));
        why = "no percentage on both sides; status families compared";
      } else if (r0.isEmpty() && p0.isEmpty() && (r1.isPresent() || p1.isPresent())) {
        m = Movement.NEWLY_ASSESSED;
        why = "first assessed by " + to.id();
      } else {
        m = Movement.NOT_ASSESSED;
        why = "not enough said by the reviews to compare";
      }
      counts.merge(m, 1, Integer::sum);
      results.add(result(MOVEMENT, index.fiche(fiche)).value(ResultValue.code(m.name(), m.label))
          .explanation(sides + ": " + why).build());
    }
    for (Movement m : Movement.values()) {
      results.add(result("count." + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), index.plan())
          .value(counts.getOrDefault(m, 0)).unit("fiches")
          .explanation("active fiches " + m.label + ", " + sides).build());
    }
    return results;
  }

  private static Optional<BigDecimal> meanOf(Fiche fiche, FicheProgress progress, List<Integer> indices) {
    WeightedMean mean = new WeightedMean();
    for (int i : indices) {
      mean.add(progress.sousActions().get(i).value().orElseThrow(), fiche.sousActions().get(i).weight());
    }
    return mean.mean();
  }

  private static Review find(List<Review> reviews, String id) {
    return reviews.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no review '" + id + "' in the plan; its reviews are: "
            + reviews.stream().map(Review::id).collect(Collectors.joining(", "))));
  }

  private Optional<IndicatorResult> change(Scope scope, Optional<StatusReading> a, Optional<StatusReading> b, String sides) {
    String s0 = a.map(FormerReviewComparisonCalculator::label).orElse("(none)");
    String s1 = b.map(FormerReviewComparisonCalculator::label).orElse("(none)");
    Optional<BigDecimal> p0 = a.flatMap(StatusReading::recordedProgress);
    Optional<BigDecimal> p1 = b.flatMap(StatusReading::recordedProgress);
    if (s0.equals(s1) && Objects.equals(p0, p1)) {
      return Optional.empty();
    }
    String text = s0 + p0.map(p -> " (" + Values.plain(p) + " %)").orElse("") + " → " + s1
        + p1.map(p -> " (" + Values.plain(p) + " %)").orElse("");
    return Optional.of(result(STATUS_CHANGE, scope).value(ResultValue.text(text))
        .explanation(sides + ": " + text).build());
  }

  private static String label(StatusReading r) {
    return r.status().map(ReviewStatus::label).or(r::unknownStatus).orElse("(no status)");
  }

  /** Not started 0, under way 1, done 2; attainment statuses by their percentage. */
  private static Optional<Integer> rank(Fiche fiche, ReviewState state) {
    Optional<StatusReading> r = state.fiche(fiche.id());
    if (r.isEmpty() || r.get().status().isEmpty()) {
      return Optional.empty();
    }
    ReviewStatus s = r.get().status().get();
    if (r.get().isDone()) {
      return Optional.of(2);
    }
    return switch (s.category()) {
      case NOT_STARTED -> Optional.of(0);
      case ACTIVE, ATTAINMENT -> Optional.of(1);
      case DONE -> Optional.of(2);
      case CLOSED -> Optional.empty();
    };
  }

  private static Movement compare(int sign) {
    return sign > 0 ? Movement.PROGRESSED : sign < 0 ? Movement.REGRESSED : Movement.STILL;
  }
}
