package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Plans;
import org.schemadepartemental.indicators.ScopeLevel;

class CalendarLoadCalculatorTest {
  private final CalendarLoadCalculator calculator = new CalendarLoadCalculator();

  private static Map<String, String> active(List<IndicatorResult> results, ScopeLevel level, String orientation) {
    Map<String, String> out = new LinkedHashMap<>();
    results.stream().filter(r -> r.metric().equals(CalendarLoadCalculator.ACTIVE) && r.scope().level() == level)
        .filter(r -> orientation == null || r.scope().orientation().orElseThrow().equals(orientation))
        .forEach(r -> out.put(r.scope().period().orElseThrow().toString(), r.decimal().orElseThrow().toPlainString()));
    return out;
  }

  @Test
  void countsTheOrneSousActionsMarkedInEachSemesterOfThePlanPeriod() {
    List<IndicatorResult> r = calculator.calculate(Plans.orne(), EvaluationContext.asOf(LocalDate.of(2019, 7, 1)));
    // Plan period 2017-2021: the 2017 semesters exist and are empty (the grids start in 2018).
    assertThat(active(r, ScopeLevel.ORIENTATION, "3")).containsExactly(
        Map.entry("2017-S1", "0"), Map.entry("2017-S2", "0"),
        Map.entry("2018-S1", "4"), Map.entry("2018-S2", "7"), Map.entry("2019-S1", "6"), Map.entry("2019-S2", "5"),
        Map.entry("2020-S1", "3"), Map.entry("2020-S2", "3"), Map.entry("2021-S1", "3"), Map.entry("2021-S2", "3"));
    assertThat(active(r, ScopeLevel.ORIENTATION, "4")).containsEntry("2018-S1", "5").containsEntry("2020-S1", "3")
        .containsEntry("2021-S2", "1");
    assertThat(active(r, ScopeLevel.PLAN, null)).containsEntry("2018-S1", "9").containsEntry("2018-S2", "12");
  }

  @Test
  void undatedLinesAreCountedAndFichesWithoutSousActionsCountAsOneLine() {
    Fiche undated = Fiche.builder("1", "A définir").calendar(ActionCalendar.state("A définir", CalendarForm.TO_BE_DEFINED)).build();
    Fiche range = Fiche.builder("2", "2019-2020").calendar(ActionCalendar.range("2019-2020", CalendarPeriod.year(2019),
        CalendarPeriod.year(2020))).build();
    Fiche from = Fiche.builder("3", "Démarrage en 2020")
        .addSousAction("Démarrage", ActionCalendar.from("Démarrage en 2020", CalendarPeriod.year(2020))).build();
    Schema plan = Schema.builder("p", "Plan")
        .addOrientation(Orientation.builder("1", "Axe").addFiche(undated, range, from).build()).build();
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(LocalDate.of(2020, 1, 1)));
    // No plan period: the semesters the calendars mention, 2019-S1 … 2020-S2 (FROM has no end then).
    assertThat(active(r, ScopeLevel.ORIENTATION, "1")).containsExactly(Map.entry("2019-S1", "1"),
        Map.entry("2019-S2", "1"), Map.entry("2020-S1", "1"), Map.entry("2020-S2", "1"));
    IndicatorResult undatedCount = r.stream().filter(x -> x.metric().equals(CalendarLoadCalculator.UNDATED)).findFirst()
        .orElseThrow();
    assertThat(undatedCount.decimal().orElseThrow()).isEqualByComparingTo("1");
    assertThat(undatedCount.explanation()).startsWith("1 of 3 lines with no dates");
  }

  @Test
  void aPlanWithoutPeriodOrDatesHasNoSemesterToCount() {
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "Sans calendrier").build()).build()).build();
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(LocalDate.of(2020, 1, 1)));
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.isDefined()).isFalse();
      assertThat(x.explanation()).contains("no semester to count");
    });
  }
}
