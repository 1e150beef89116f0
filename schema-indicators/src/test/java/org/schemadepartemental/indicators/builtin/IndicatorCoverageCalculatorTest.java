package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemadepartemental.indicators.Plans.dec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScopeLevel;

class IndicatorCoverageCalculatorTest {
  private final IndicatorCoverageCalculator calculator = new IndicatorCoverageCalculator();

  private static Schema plan() {
    Indicator complete = Indicator.builder("fa-1.i1", "Nombre de bilans").kind(IndicatorKind.OUTPUT).measureType(MeasureType.COUNT)
        .baseline(Baseline.of(dec("10"), CalendarPeriod.year(2017))).addTarget(Target.finalTarget(dec("20"), CalendarPeriod.year(2021)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("14"))).build();
    Indicator old = Indicator.builder("fa-1.i2", "Taux de PPE").kind(IndicatorKind.OUTCOME).measureType(MeasureType.PERCENTAGE)
        .addMeasurement(Measurement.of(CalendarPeriod.year(2017), dec("40"))).build();
    Indicator protocol = Indicator.builder("fa-2.i1", "Réalisation du protocole").kind(IndicatorKind.OUTPUT)
        .measureType(MeasureType.MILESTONE).addTarget(Target.finalTarget(dec("1"), CalendarPeriod.year(2019))).build();
    Indicator qualitative = Indicator.builder("fa-2.i2", "Des passages de relais fluidifiés").measureType(MeasureType.QUALITATIVE).build();
    Fiche f1 = Fiche.builder("1", "Complète").addIndicator(complete).addIndicator(old).build();
    Fiche f2 = Fiche.builder("2", "Sans impact").addIndicator(protocol).addIndicator(qualitative).build();
    Fiche f3 = Fiche.builder("3", "Sans indicateur").build();
    Fiche merged = Fiche.builder("4", "Fusionnée").lifecycle(FicheLifecycle.mergedWith(List.of("fa-3"), null)).build();
    return Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe").addFiche(f1, f2, f3, merged).build()).build();
  }

  private static Map<String, String> planCounts(List<IndicatorResult> r) {
    return r.stream().filter(x -> x.scope().level() == ScopeLevel.PLAN)
        .collect(Collectors.toMap(IndicatorResult::metric, x -> x.decimal().orElseThrow().toPlainString()));
  }

  @Test
  void reportsFichesThatCannotBeEvaluatedAndIndicatorsMissingWhatTheyNeed() {
    List<IndicatorResult> r = calculator.calculate(plan(), EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
    Map<String, String> coverage = r.stream().filter(x -> x.metric().equals(IndicatorCoverageCalculator.COVERAGE))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), x -> x.code().orElseThrow()));
    assertThat(coverage).containsExactlyInAnyOrderEntriesOf(Map.of("fa-1", "COMPLETE", "fa-2", "NO_OUTCOME", "fa-3", "NO_INDICATOR"));
    Map<String, List<String>> problems = r.stream().filter(x -> x.scope().level() == ScopeLevel.INDICATOR)
        .collect(Collectors.groupingBy(x -> x.scope().subjectId(), Collectors.mapping(IndicatorResult::metric, Collectors.toList())));
    // 2017 ended 29 whole months before the date (limit 18); the milestone needs no baseline; the qualitative
    // one needs neither baseline nor target, but a measurement (a text) all the same.
    assertThat(problems).containsOnlyKeys("fa-1.i2", "fa-2.i1", "fa-2.i2");
    assertThat(problems.get("fa-2.i2")).containsExactly("no-measurement");
    assertThat(problems.get("fa-1.i2")).containsExactly("no-baseline", "no-target", "stale-measurement");
    assertThat(problems.get("fa-2.i1")).containsExactly("no-measurement");
    assertThat(planCounts(r)).containsEntry("fiches-without-output-indicator", "1")
        .containsEntry("fiches-without-outcome-indicator", "2").containsEntry("indicators-without-baseline", "1")
        .containsEntry("indicators-without-target", "1").containsEntry("indicators-without-measurement", "2")
        .containsEntry("indicators-with-stale-measurement", "1");
    IndicatorResult stale = r.stream().filter(x -> x.metric().equals("stale-measurement")).findFirst().orElseThrow();
    assertThat(stale.decimal()).contains(dec("29"));
    assertThat(stale.explanation()).isEqualTo("latest measurement 2017 ended 2017-12-31, 29 months before 2020-06-30 (limit 18)");
  }

  @Test
  void theMaximumAgeIsAnOptionAndMeasurementsAfterTheDateDoNotCount() {
    EvaluationContext strict = EvaluationContext.builder(LocalDate.of(2020, 6, 30))
        .option(IndicatorCoverageCalculator.MAX_AGE_OPTION, "3").build();
    List<IndicatorResult> r = calculator.calculate(plan(), strict);
    assertThat(planCounts(r)).containsEntry("indicators-with-stale-measurement", "2");
    List<IndicatorResult> early = calculator.calculate(plan(), EvaluationContext.asOf(LocalDate.of(2018, 12, 31)));
    // The 2019 measurement is not known at the end of 2018.
    assertThat(planCounts(early)).containsEntry("indicators-without-measurement", "3");
    assertThatThrownBy(() -> calculator.calculate(plan(), EvaluationContext.builder(LocalDate.of(2020, 6, 30))
        .option(IndicatorCoverageCalculator.MAX_AGE_OPTION, "douze").build()))
        .hasMessageContaining("indicator-coverage.max-age-months").hasMessageContaining("douze");
  }
}
