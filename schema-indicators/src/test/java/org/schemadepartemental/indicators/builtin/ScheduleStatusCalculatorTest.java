package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.grid;
import static org.schemadepartemental.indicators.Plans.review;
import static org.schemadepartemental.indicators.Plans.sousActionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Plans;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.ScopeLevel;

class ScheduleStatusCalculatorTest {
  private final ScheduleStatusCalculator calculator = new ScheduleStatusCalculator();

  private Map<String, ScheduleStatus> statuses(Schema schema, LocalDate asOf, ScopeLevel level) {
    return calculator.calculate(schema, EvaluationContext.asOf(asOf)).stream()
        .filter(r -> r.metric().equals(ScheduleStatusCalculator.STATUS) && r.scope().level() == level)
        .collect(Collectors.toMap(r -> r.scope().subjectId(), r -> ScheduleStatus.fromCode(r.code().orElseThrow())));
  }

  @Test
  void orneGridsWithoutReviewAreLateWhenTheirLastMarkedSemesterHasPassed() {
    Map<String, ScheduleStatus> sousActions = statuses(Plans.orne(), LocalDate.of(2019, 7, 1), ScopeLevel.SOUS_ACTION);

    List<String> late = sousActions.entrySet().stream().filter(e -> e.getValue() == ScheduleStatus.LATE)
        .map(Map.Entry::getKey).sorted().toList();
    // Commission (2018-S1..2019-S1), médecin PMI and Défenseur des droits (2018), hors les murs avec les magistrats (2018).
    assertThat(late).containsExactly("fa-10.sa1", "fa-10.sa4", "fa-11.sa4", "fa-7.sa2");
    assertThat(sousActions.entrySet().stream().filter(e -> e.getValue() != ScheduleStatus.LATE))
        .allSatisfy(e -> assertThat(e.getValue()).isEqualTo(ScheduleStatus.RUNNING));
  }

  @Test
  void orneFichesAndOrientationsCombineTheirSousActions() {
    LocalDate asOf = LocalDate.of(2019, 7, 1);
    assertThat(statuses(Plans.orne(), asOf, ScopeLevel.FICHE))
        .containsEntry("fa-7", ScheduleStatus.LATE).containsEntry("fa-10", ScheduleStatus.LATE)
        .containsEntry("fa-11", ScheduleStatus.LATE);
    // Before anything was due, everything is ahead; at the very start of 2018 the first semesters run.
    assertThat(statuses(Plans.orne(), LocalDate.of(2017, 12, 31), ScopeLevel.ORIENTATION))
        .containsEntry("3", ScheduleStatus.NOT_YET_DUE).containsEntry("4", ScheduleStatus.NOT_YET_DUE);
    assertThat(statuses(Plans.orne(), LocalDate.of(2018, 1, 1), ScopeLevel.FICHE))
        .containsEntry("fa-7", ScheduleStatus.RUNNING);
  }

  @Test
  void planCountsEveryLineOfWorkByStatus() {
    List<IndicatorResult> results = calculator.calculate(Plans.orne(), EvaluationContext.asOf(LocalDate.of(2019, 7, 1)));
    Map<String, String> counts = results.stream().filter(r -> r.metric().startsWith("count."))
        .collect(Collectors.toMap(IndicatorResult::metric, r -> r.decimal().orElseThrow().toPlainString()));
    assertThat(counts).containsEntry("count.late", "4").containsEntry("count.running", "9")
        .containsEntry("count.done", "0").hasSize(ScheduleStatus.values().length);
  }

  @Test
  void reviewStatusesDecideDoneClosedAndNotStarted() {
    Schema plan = Plans.orne().withReview(review(LocalDate.of(2019, 6, 30),
        sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.DONE, null),
        sousActionStatus("fa-10", "fa-10.sa4", StatusVocabulary.ABANDONED, null),
        sousActionStatus("fa-10", "fa-10.sa2", "Prévu", null),
        sousActionStatus("fa-7", "fa-7.sa2", StatusVocabulary.LATE, null)));
    Map<String, ScheduleStatus> s = statuses(plan, LocalDate.of(2019, 7, 1), ScopeLevel.SOUS_ACTION);
    assertThat(s).containsEntry("fa-10.sa1", ScheduleStatus.DONE)
        .containsEntry("fa-10.sa4", ScheduleStatus.CLOSED)
        // status matched by its French label; the CPEF work started in 2019-S1 but is still "prévu"
        .containsEntry("fa-10.sa2", ScheduleStatus.SHOULD_HAVE_STARTED)
        .containsEntry("fa-7.sa2", ScheduleStatus.LATE);
    // FA 10: one done, one closed (left out), one should have started, one running.
    assertThat(statuses(plan, LocalDate.of(2019, 7, 1), ScopeLevel.FICHE)).containsEntry("fa-10", ScheduleStatus.SHOULD_HAVE_STARTED);
  }

  @Test
  void reviewsAfterTheDateAreNotKnownYet() {
    Schema plan = Plans.orne().withReview(review(LocalDate.of(2019, 12, 31),
        sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.DONE, null)));
    assertThat(statuses(plan, LocalDate.of(2019, 7, 1), ScopeLevel.SOUS_ACTION)).containsEntry("fa-10.sa1", ScheduleStatus.LATE);
    assertThat(statuses(plan, LocalDate.of(2020, 1, 1), ScopeLevel.SOUS_ACTION)).containsEntry("fa-10.sa1", ScheduleStatus.DONE);
  }

  @Test
  void aFicheDoneMakesItsSousActionsDone() {
    Schema plan = Plans.orne().withReview(review(LocalDate.of(2019, 6, 30),
        Plans.ficheStatus("fa-11", "Réalisé")));
    Map<String, ScheduleStatus> s = statuses(plan, LocalDate.of(2019, 7, 1), ScopeLevel.SOUS_ACTION);
    assertThat(s).containsEntry("fa-11.sa4", ScheduleStatus.DONE).containsEntry("fa-11.sa5", ScheduleStatus.DONE);
    assertThat(statuses(plan, LocalDate.of(2019, 7, 1), ScopeLevel.FICHE)).containsEntry("fa-11", ScheduleStatus.DONE);
  }

  @Test
  void calendarFormsWithoutDatesAreUnscheduledAndFromRunsToThePlanEnd() {
    Optional<YearRange> period = Optional.of(new YearRange(2019, 2021));
    LocalDate asOf = LocalDate.of(2020, 6, 30);
    assertThat(ScheduleStatusCalculator.assess(ActionCalendar.state("A définir", CalendarForm.TO_BE_DEFINED), period,
        asOf, Optional.empty(), "").status()).isEqualTo(ScheduleStatus.UNSCHEDULED);
    assertThat(ScheduleStatusCalculator.assess(ActionCalendar.none(), period, asOf, Optional.empty(), "").status())
        .isEqualTo(ScheduleStatus.UNSCHEDULED);
    assertThat(ScheduleStatusCalculator.assess(ActionCalendar.state("courant du schéma ?", CalendarForm.UNPARSED), period,
        asOf, Optional.empty(), "").explanation()).contains("could not be read");
    assertThat(ScheduleStatusCalculator.assess(ActionCalendar.state("En cours", CalendarForm.IN_PROGRESS), period,
        asOf, Optional.empty(), "").status()).isEqualTo(ScheduleStatus.RUNNING);
    ActionCalendar from2019 = ActionCalendar.from("Démarrage en 2019", CalendarPeriod.year(2019));
    assertThat(ScheduleStatusCalculator.assess(from2019, period, LocalDate.of(2021, 12, 31), Optional.empty(), "").status())
        .isEqualTo(ScheduleStatus.RUNNING);
    assertThat(ScheduleStatusCalculator.assess(from2019, period, LocalDate.of(2022, 1, 1), Optional.empty(), "").status())
        .isEqualTo(ScheduleStatus.LATE);
    assertThat(ScheduleStatusCalculator.assess(from2019, period, LocalDate.of(2018, 12, 31), Optional.empty(), "").status())
        .isEqualTo(ScheduleStatus.NOT_YET_DUE);
    // Without a plan period, "Démarrage en 2019" has no end: it can never be late.
    assertThat(ScheduleStatusCalculator.assess(from2019, Optional.empty(), LocalDate.of(2030, 1, 1), Optional.empty(), "")
        .status()).isEqualTo(ScheduleStatus.RUNNING);
    ActionCalendar until2020 = ActionCalendar.until("d'ici fin 2020", CalendarPeriod.year(2020));
    assertThat(ScheduleStatusCalculator.assess(until2020, period, LocalDate.of(2021, 1, 1), Optional.empty(), "").status())
        .isEqualTo(ScheduleStatus.LATE);
  }

  @Test
  void aGridBetweenMarkedSemestersIsStillRunning() {
    ActionCalendar annual = grid("..X.X.X.");
    var a = ScheduleStatusCalculator.assess(annual, Optional.of(new YearRange(2018, 2021)), LocalDate.of(2019, 9, 1),
        Optional.empty(), "");
    assertThat(a.status()).isEqualTo(ScheduleStatus.RUNNING);
    assertThat(a.explanation()).contains("not marked for the current semester");
  }

  @Test
  void combiningPartsFollowsTheDocumentedPrecedence() {
    assertThat(ScheduleStatusCalculator.combine(List.of(ScheduleStatus.DONE, ScheduleStatus.CLOSED))).isEqualTo(ScheduleStatus.DONE);
    assertThat(ScheduleStatusCalculator.combine(List.of(ScheduleStatus.DONE, ScheduleStatus.NOT_YET_DUE)))
        .isEqualTo(ScheduleStatus.RUNNING);
    assertThat(ScheduleStatusCalculator.combine(List.of(ScheduleStatus.RUNNING, ScheduleStatus.SHOULD_HAVE_STARTED)))
        .isEqualTo(ScheduleStatus.SHOULD_HAVE_STARTED);
    assertThat(ScheduleStatusCalculator.combine(List.of(ScheduleStatus.UNSCHEDULED, ScheduleStatus.NOT_YET_DUE)))
        .isEqualTo(ScheduleStatus.NOT_YET_DUE);
    assertThat(ScheduleStatusCalculator.combine(List.of(ScheduleStatus.CLOSED, ScheduleStatus.CLOSED))).isEqualTo(ScheduleStatus.CLOSED);
    assertThat(ScheduleStatusCalculator.combine(List.of(ScheduleStatus.CLOSED, ScheduleStatus.UNSCHEDULED)))
        .isEqualTo(ScheduleStatus.UNSCHEDULED);
    assertThat(ScheduleStatusCalculator.combine(List.of())).isEqualTo(ScheduleStatus.UNSCHEDULED);
  }

  @Test
  void aMergedFicheIsClosedAndASousActionWithoutCalendarUsesTheFiches() {
    Fiche merged = Fiche.builder("3", "Fiche fusionnée").lifecycle(FicheLifecycle.mergedWith(List.of("fa-4"), "3 fiches regroupées"))
        .addSousAction("Une action", grid("XX......")).build();
    Fiche withCalendar = Fiche.builder("4", "Fiche datée").calendar(ActionCalendar.range("2018-2019", CalendarPeriod.year(2018),
        CalendarPeriod.year(2019))).addSousAction("Sans calendrier", ActionCalendar.none()).build();
    Schema plan = Schema.builder("p", "Plan").period(new YearRange(2018, 2021))
        .addOrientation(Orientation.builder("1", "Axe").addFiche(merged, withCalendar).build()).build();
    assertThat(statuses(plan, LocalDate.of(2020, 3, 1), ScopeLevel.FICHE)).containsEntry("fa-3", ScheduleStatus.CLOSED);
    assertThat(statuses(plan, LocalDate.of(2020, 3, 1), ScopeLevel.SOUS_ACTION)).containsEntry("fa-4.sa1", ScheduleStatus.LATE);
    assertThat(statuses(plan, LocalDate.of(2020, 3, 1), ScopeLevel.PLAN)).containsEntry("p", ScheduleStatus.LATE);
  }
}
