package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemadepartemental.indicators.Plans.ficheStatus;
import static org.schemadepartemental.indicators.Plans.review;
import static org.schemadepartemental.indicators.Plans.sousActionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Plans;

class ReviewComparisonCalculatorTest {
  private final ReviewComparisonCalculator calculator = new ReviewComparisonCalculator();

  private static Schema reviewed() {
    return Plans.orne()
        .withReview(review(LocalDate.of(2018, 12, 31),
            sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.IN_PROGRESS, null),
            ficheStatus("fa-7", StatusVocabulary.IN_PROGRESS),
            ficheStatus("fa-11", StatusVocabulary.IN_PROGRESS)))
        .withReview(review(LocalDate.of(2019, 12, 31),
            sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.DONE, null),
            ficheStatus("fa-7", StatusVocabulary.IN_PROGRESS),
            ficheStatus("fa-11", StatusVocabulary.BLOCKED)))
        .withReview(review(LocalDate.of(2020, 12, 31), ficheStatus("fa-7", StatusVocabulary.DONE)));
  }

  @Test
  void comparesTheTwoLatestReviewsKnownAtTheDate() {
    List<IndicatorResult> r = calculator.calculate(reviewed(), EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
    Map<String, String> movement = r.stream().filter(x -> x.metric().equals(ReviewComparisonCalculator.MOVEMENT))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), x -> x.code().orElseThrow()));
    // FA 10: 50 % → 100 %; FA 7: 50 % → 50 %; FA 11: "En cours" (50 %) → "Bloqué" (no percentage): families equal.
    assertThat(movement).containsExactlyInAnyOrderEntriesOf(Map.of("fa-10", "PROGRESSED", "fa-7", "STILL", "fa-11", "STILL"));
    Map<String, String> changes = r.stream().filter(x -> x.metric().equals(ReviewComparisonCalculator.STATUS_CHANGE))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), x -> x.value().display()));
    assertThat(changes).containsExactlyInAnyOrderEntriesOf(Map.of("fa-10.sa1", "En cours → Réalisé", "fa-11", "En cours → Bloqué"));
    assertThat(r.stream().filter(x -> x.metric().equals("count.progressed")).findFirst().orElseThrow().decimal().orElseThrow())
        .isEqualByComparingTo("1");
    assertThat(r.get(0).explanation()).startsWith("bilan-2018-12-31 → bilan-2019-12-31: ");
  }

  @Test
  void optionsNameTheReviewsAndRegressionIsSeen() {
    EvaluationContext c = EvaluationContext.builder(LocalDate.of(2021, 6, 30))
        .option(ReviewComparisonCalculator.FROM_OPTION, "bilan-2020-12-31")
        .option(ReviewComparisonCalculator.TO_OPTION, "bilan-2018-12-31").build();
    Map<String, String> movement = calculator.calculate(reviewed(), c).stream()
        .filter(x -> x.metric().equals(ReviewComparisonCalculator.MOVEMENT))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), x -> x.code().orElseThrow()));
    assertThat(movement).containsEntry("fa-7", "REGRESSED").containsEntry("fa-10", "REGRESSED");
    EvaluationContext wrong = EvaluationContext.builder(LocalDate.of(2021, 6, 30))
        .option(ReviewComparisonCalculator.FROM_OPTION, "bilan-1999").build();
    assertThatThrownBy(() -> calculator.calculate(reviewed(), wrong))
        .hasMessage("no review 'bilan-1999' in the plan; its reviews are: bilan-2018-12-31, bilan-2019-12-31, bilan-2020-12-31");
  }

  @Test
  void withFewerThanTwoReviewsThereIsNothingToCompare() {
    List<IndicatorResult> r = calculator.calculate(reviewed(), EvaluationContext.asOf(LocalDate.of(2019, 6, 30)));
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.isDefined()).isFalse();
      assertThat(x.explanation()).isEqualTo("nothing to compare: 1 review(s) dated by 2019-06-30 (3 in the plan); two are needed");
    });
  }

  @Test
  void aFicheFirstAssessedByTheLaterReviewIsNewlyAssessed() {
    Schema plan = Plans.orne()
        .withReview(review(LocalDate.of(2018, 12, 31), ficheStatus("fa-7", StatusVocabulary.IN_PROGRESS)))
        .withReview(review(LocalDate.of(2019, 12, 31), ficheStatus("fa-10", StatusVocabulary.PLANNED)));
    Map<String, String> movement = calculator.calculate(plan, EvaluationContext.asOf(LocalDate.of(2020, 1, 1))).stream()
        .filter(x -> x.metric().equals(ReviewComparisonCalculator.MOVEMENT))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), x -> x.code().orElseThrow()));
    assertThat(movement).containsExactlyInAnyOrderEntriesOf(Map.of("fa-7", "STILL", "fa-10", "NEWLY_ASSESSED", "fa-11", "NOT_ASSESSED"));
  }
}
