package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusCategory;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Scope;

/** Properties of the progress roll-up over generated plans with generated reviews. */
class ProgressProperties {
  private static final LocalDate AS_OF = LocalDate.of(2100, 1, 1);
  private final ProgressCalculator calculator = new ProgressCalculator();

  /** Generated plans with one more review, dated within the plan, with entries on most fiches and sous-actions. */
  @Provide
  Arbitrary<Schema> reviewedPlans() {
    return SchemaArbitraries.schemas().flatMap(plan -> {
      YearRange range = plan.period().orElse(SchemaArbitraries.DEFAULT_PERIOD);
      if (plan.fiches().isEmpty()) {
        return Arbitraries.just(plan);
      }
      return Combinators.combine(SchemaArbitraries.reviewEntries(plan.fiches(), plan.statuses(), range).list().ofMaxSize(12),
              SchemaArbitraries.dates(range))
          .as((entries, date) -> plan.withReview(new Review("bilan-genere-" + date, date, Optional.empty(),
              Optional.empty(), entries, List.of(), Optional.empty())));
    });
  }

  @Property(tries = 200, seed = "20261122")
  void progressIsAlwaysWithin0And100(@ForAll("reviewedPlans") Schema plan) {
    for (IndicatorResult r : calculator.calculate(plan, EvaluationContext.asOf(AS_OF))) {
      if (r.metric().equals(ProgressCalculator.PROGRESS)) {
        r.decimal().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
      } else {
        assertThat(r.decimal().orElseThrow()).isNotNegative();
      }
    }
  }

  @Property(tries = 200, seed = "20261122")
  void rollUpsAreInvariantUnderReordering(@ForAll("reviewedPlans") Schema plan, @ForAll long shuffleSeed) {
    Random random = new Random(shuffleSeed);
    List<Orientation> orientations = new ArrayList<>();
    for (Orientation o : plan.orientations()) {
      List<Fiche> fiches = new ArrayList<>();
      for (Fiche f : o.fiches()) {
        List<SousAction> sousActions = new ArrayList<>(f.sousActions());
        Collections.shuffle(sousActions, random);
        fiches.add(f.withSousActions(sousActions));
      }
      Collections.shuffle(fiches, random);
      orientations.add(o.withFiches(fiches));
    }
    Collections.shuffle(orientations, random);
    Schema shuffled = plan.withOrientations(orientations);
    EvaluationContext context = EvaluationContext.asOf(AS_OF);
    assertThat(new HashSet<>(calculator.calculate(shuffled, context)))
        .isEqualTo(new HashSet<>(calculator.calculate(plan, context)));
  }

  @Property(tries = 200, seed = "20261122")
  void addingADoneSousActionNeverLowersAFichesProgress(@ForAll("reviewedPlans") Schema plan, @ForAll int pick) {
    List<Fiche> fiches = plan.fiches();
    if (fiches.isEmpty()) {
      return;
    }
    Fiche fiche = fiches.get(Math.floorMod(pick, fiches.size()));
    String newId = fiche.id() + ".sa-nouvelle";
    Fiche extended = fiche.withSousActions(concat(fiche.sousActions(), SousAction.of(newId, "Nouvelle", ActionCalendar.none())));
    List<Orientation> orientations = plan.orientations().stream()
        .map(o -> o.withFiches(o.fiches().stream().map(f -> f.id().equals(fiche.id()) ? extended : f).toList()))
        .toList();
    Optional<String> doneStatus = plan.statuses().statuses().stream()
        .filter(s -> s.category() == StatusCategory.DONE).map(ReviewStatus::code).findFirst();
    ReviewEntry done = ReviewEntry.builder(fiche.id()).sousActionId(newId).status(doneStatus.orElse(null))
        .progress(BigDecimal.valueOf(100)).build();
    Schema after = plan.withOrientations(orientations)
        .withReview(Review.of(LocalDate.of(2099, 12, 31), List.of(done)));

    Scope scope = scopeOf(plan, fiche);
    EvaluationContext context = EvaluationContext.asOf(AS_OF);
    Optional<BigDecimal> before = ficheProgress(calculator.calculate(plan, context), scope);
    Optional<BigDecimal> then = ficheProgress(calculator.calculate(after, context), scope);
    boolean left = fiche.lifecycle().status() != FicheStatus.ACTIVE
        || calculator.calculate(plan, context).stream().anyMatch(r -> r.scope().equals(scope)
            && r.metric().equals(ProgressCalculator.PROGRESS) && r.explanation().endsWith("left out of the roll-up"));
    if (left) {
      assertThat(then).isEmpty();
      return;
    }
    assertThat(then).isPresent();
    before.ifPresent(b -> assertThat(then.get()).isGreaterThanOrEqualTo(b));
  }

  private static Scope scopeOf(Schema plan, Fiche fiche) {
    Orientation o = plan.orientations().stream().filter(x -> x.fiches().contains(fiche)).findFirst().orElseThrow();
    return Scope.plan(plan.id()).orientation(o.code()).fiche(fiche.id());
  }

  private static Optional<BigDecimal> ficheProgress(List<IndicatorResult> results, Scope scope) {
    return results.stream().filter(r -> r.metric().equals(ProgressCalculator.PROGRESS) && r.scope().equals(scope))
        .findFirst().orElseThrow().decimal();
  }

  private static <T> List<T> concat(List<T> list, T more) {
    List<T> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }
}
