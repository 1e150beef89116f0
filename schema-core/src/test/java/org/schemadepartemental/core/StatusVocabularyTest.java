package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusVocabularyTest {

  private final StatusVocabulary standard = StatusVocabulary.standard();

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', value = {
      "réalisé|done", "REALISE|done", "Réalisé.|done", "done|done", "Terminé|done", "Mis en œuvre|done",
      "En cours|in-progress", "en cours de réalisation|in-progress", "in-progress|in-progress",
      "Prévu|planned", "A venir|planned", "En retard|late", "Suspendu|paused", "Bloqué|blocked",
      "Abandonné|abandoned", "3 fiches regroupées|", "Fiches regroupées|merged", "Nouvelle fiche|replaced",
      "Atteint|attained", "Objectif partiellement atteint|partially-attained", "non atteint|not-attained",
      "Partiellement  atteint|partially-attained", "Inconnu|", "''|"})
  void matchesLabelsAndAliasesIgnoringCaseAccentsAndPunctuation(String text, String code) {
    Optional<ReviewStatus> found = standard.match(text);
    if (code == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).get().extracting(ReviewStatus::code).isEqualTo(code);
    }
  }

  @Test
  void doneMeansAHundredPercentAndBlockedImpliesNone() {
    assertThat(standard.byCode(StatusVocabulary.DONE).get().defaultProgress()).contains(BigDecimal.valueOf(100));
    assertThat(standard.byCode(StatusVocabulary.PLANNED).get().defaultProgress()).contains(BigDecimal.ZERO);
    assertThat(standard.byCode(StatusVocabulary.BLOCKED).get().defaultProgress()).isEmpty();
    assertThat(standard.statuses()).extracting(ReviewStatus::code).contains("planned", "in-progress", "done", "late",
        "paused", "blocked", "abandoned", "merged", "replaced", "attained", "partially-attained", "not-attained");
  }

  @Test
  void aPlanCanAddAndReplaceStatuses() {
    ReviewStatus postponed = new ReviewStatus("postponed", "Reporté", List.of("Différé"), StatusCategory.ACTIVE,
        Optional.of(BigDecimal.TEN));
    ReviewStatus stricterDone = new ReviewStatus("done", "Achevé", List.of(), StatusCategory.DONE,
        Optional.of(BigDecimal.valueOf(100)));
    StatusVocabulary plan = standard.extendedWith(List.of(postponed, stricterDone));
    assertThat(plan.match("différé")).contains(postponed);
    assertThat(plan.byCode("done")).contains(stricterDone);
    assertThat(plan.statuses()).hasSize(standard.statuses().size() + 1);
    assertThat(plan.statuses().indexOf(stricterDone)).isEqualTo(standard.statuses().indexOf(standard.byCode("done").get()));
    assertThat(standard.byCode("postponed")).as("the standard vocabulary is unchanged").isEmpty();
  }
}
