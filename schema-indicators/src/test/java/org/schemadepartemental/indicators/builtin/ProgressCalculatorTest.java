package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;
import static org.schemadepartemental.indicators.Plans.ficheStatus;
import static org.schemadepartemental.indicators.Plans.grid;
import static org.schemadepartemental.indicators.Plans.review;
import static org.schemadepartemental.indicators.Plans.sousActionStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Plans;
import org.schemadepartemental.indicators.Scope;

class ProgressCalculatorTest {
  private static final LocalDate AS_OF = LocalDate.of(2019, 7, 1);
  private final ProgressCalculator calculator = new ProgressCalculator();

  private static Optional<IndicatorResult> find(List<IndicatorResult> results, String metric, Scope scope) {
    return results.stream().filter(r -> r.metric().equals(metric) && r.scope().equals(scope)).findFirst();
  }

  private static Optional<BigDecimal> progress(List<IndicatorResult> results, Scope scope) {
    return find(results, ProgressCalculator.PROGRESS, scope).orElseThrow().decimal();
  }

  private static BigDecimal missing(List<IndicatorResult> results, Scope scope) {
    return find(results, ProgressCalculator.MISSING, scope).orElseThrow().decimal().orElseThrow();
  }

  @Test
  void withoutReviewEverythingIsMissingNeverZero() {
    List<IndicatorResult> r = calculator.calculate(Plans.orne(), EvaluationContext.asOf(AS_OF));
    Scope plan = Scope.plan("orne-2017-2021");
    assertThat(progress(r, plan)).isEmpty();
    assertThat(missing(r, plan)).isEqualByComparingTo("3");
    assertThat(missing(r, plan.orientation("3").fiche("fa-10"))).isEqualByComparingTo("4");
    assertThat(find(r, ProgressCalculator.PROGRESS, plan).orElseThrow().explanation())
        .isEqualTo("no fiche valued (0 fiches valued, 3 missing)");
  }

  @Test
  void recordedPercentagesWinOverStatusDefaultsAndClosedOnesAreLeftOut() {
    Schema plan = Plans.orne().withReview(review(LocalDate.of(2019, 6, 30),
        sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.DONE, null),
        sousActionStatus("fa-10", "fa-10.sa2", StatusVocabulary.IN_PROGRESS, 30),
        sousActionStatus("fa-10", "fa-10.sa3", "En cours", null),
        sousActionStatus("fa-10", "fa-10.sa4", StatusVocabulary.ABANDONED, null),
        ficheStatus("fa-7", "En cours"),
        sousActionStatus("fa-11", "fa-11.sa1", StatusVocabulary.BLOCKED, null)));
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(AS_OF));
    Scope o3 = Scope.plan("orne-2017-2021").orientation("3");
    Scope o4 = Scope.plan("orne-2017-2021").orientation("4");
    // (100 + 30 + 50) / 3; the abandoned one is left out, not counted as 0.
    assertThat(progress(r, o3.fiche("fa-10"))).contains(dec("60"));
    assertThat(missing(r, o3.fiche("fa-10"))).isEqualByComparingTo("0");
    assertThat(find(r, ProgressCalculator.PROGRESS, o3.fiche("fa-10")).orElseThrow().explanation())
        .isEqualTo("plain average of 3 sous-actions valued, 0 missing, 1 left out (closed)");
    assertThat(progress(r, o3.fiche("fa-10").sousAction("fa-10.sa4"))).isEmpty();
    // No sous-action valued: the fiche's own status (En cours = 50).
    assertThat(progress(r, o3.fiche("fa-7"))).contains(dec("50"));
    // Blocked has no default percentage: missing.
    assertThat(progress(r, o4.fiche("fa-11").sousAction("fa-11.sa1"))).isEmpty();
    assertThat(progress(r, o4.fiche("fa-11"))).isEmpty();
    assertThat(progress(r, o3)).contains(dec("55"));
    assertThat(progress(r, o4)).isEmpty();
    assertThat(missing(r, o4)).isEqualByComparingTo("1");
    assertThat(progress(r, Scope.plan("orne-2017-2021"))).contains(dec("55"));
    assertThat(missing(r, Scope.plan("orne-2017-2021"))).isEqualByComparingTo("1");
  }

  @Test
  void weightsAreUsedWhenSetAndAMissingWeightCountsAsOne() {
    Fiche fiche = Fiche.builder("1", "Pondérée")
        .addSousAction(SousAction.of("fa-1.sa1", "Lourde", grid("XX......")).withWeight(dec("3")))
        .addSousAction(SousAction.of("fa-1.sa2", "Légère", grid("XX......")))
        .addSousAction(SousAction.of("fa-1.sa3", "Nulle", grid("XX......")).withWeight(BigDecimal.ZERO))
        .build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe").addFiche(fiche).build())
        .addReview(review(LocalDate.of(2019, 1, 1),
            sousActionStatus("fa-1", "fa-1.sa1", StatusVocabulary.DONE, null),
            sousActionStatus("fa-1", "fa-1.sa2", StatusVocabulary.PLANNED, null),
            sousActionStatus("fa-1", "fa-1.sa3", StatusVocabulary.PLANNED, null)))
        .build();
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(AS_OF));
    // (3 × 100 + 1 × 0 + 0 × 0) / 4
    Scope f = Scope.plan("p").orientation("1").fiche("fa-1");
    assertThat(progress(r, f)).contains(dec("75"));
    assertThat(find(r, ProgressCalculator.PROGRESS, f).orElseThrow().explanation())
        .startsWith("weighted average (1 weight missing, taken as 1)");
  }

  @Test
  void orientationAndPlanWeighFichesByTheirWeights() {
    Fiche heavy = Fiche.builder("1", "Lourde").weight(dec("2")).build();
    Fiche light = Fiche.builder("2", "Légère").weight(dec("1")).build();
    Fiche other = Fiche.builder("3", "Autre axe").weight(dec("1")).build();
    Schema plan = Schema.builder("p", "Plan")
        .addOrientation(Orientation.builder("1", "Axe 1").addFiche(heavy, light).build())
        .addOrientation(Orientation.builder("2", "Axe 2").addFiche(other).build())
        .addReview(review(LocalDate.of(2019, 1, 1), ficheStatus("fa-1", StatusVocabulary.DONE),
            ficheStatus("fa-2", StatusVocabulary.PLANNED), ficheStatus("fa-3", StatusVocabulary.IN_PROGRESS)))
        .build();
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(AS_OF));
    assertThat(progress(r, Scope.plan("p").orientation("1"))).contains(dec("66.7"));
    // over the fiches: (2 × 100 + 0 + 50) / 4
    assertThat(progress(r, Scope.plan("p"))).contains(dec("62.5"));
  }

  @Test
  void theLatestEntryWithAStatusOrPercentageWins() {
    Schema plan = Plans.orne()
        .withReview(review(LocalDate.of(2018, 12, 31), sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.IN_PROGRESS, 40)))
        .withReview(review(LocalDate.of(2019, 6, 30), sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.DONE, null)));
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(AS_OF));
    assertThat(progress(r, Scope.plan("orne-2017-2021").orientation("3").fiche("fa-10").sousAction("fa-10.sa1")))
        .contains(dec("100"));
    List<IndicatorResult> before = calculator.calculate(plan, EvaluationContext.asOf(LocalDate.of(2019, 1, 1)));
    assertThat(progress(before, Scope.plan("orne-2017-2021").orientation("3").fiche("fa-10").sousAction("fa-10.sa1")))
        .contains(dec("40"));
  }
}
