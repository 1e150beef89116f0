package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScopeLevel;

class RatioCalculatorTest {
  private final RatioCalculator calculator = new RatioCalculator();

  private static Measurement ratio(CalendarPeriod period, String territory, String num, String den) {
    return Measurement.builder(period).territory(territory).ratio(dec(num), dec(den)).build();
  }

  private static Schema plan(Indicator... indicators) {
    Fiche.Builder fiche = Fiche.builder("6", "Fiche");
    for (Indicator i : indicators) {
      fiche.addIndicator(i);
    }
    return Schema.builder("p", "Plan").addOrientation(Orientation.builder("3", "Axe").addFiche(fiche.build()).build()).build();
  }

  private static Indicator ppe() {
    return Indicator.builder("fa-6.i1", "Pourcentage de PPE réalisés / nombre d'enfants suivis").measureType(MeasureType.PERCENTAGE)
        .addMeasurement(ratio(CalendarPeriod.year(2018), null, "20", "50"))
        .addMeasurement(ratio(CalendarPeriod.year(2019), "Alençon", "30", "40"))
        .addMeasurement(ratio(CalendarPeriod.year(2019), "Argentan", "10", "60"))
        .build();
  }

  private static Map<String, String> byScope(List<IndicatorResult> results, String metric) {
    return results.stream().filter(r -> r.metric().equals(metric)).collect(Collectors.toMap(
        r -> r.scope().period().map(Object::toString).orElse("all") + r.scope().territory().map(t -> "/" + t).orElse(""),
        r -> r.decimal().map(d -> d.toPlainString()).orElse("undefined")));
  }

  @Test
  void percentagesAreSumOfNumeratorsOverSumOfDenominatorsNeverAnAverage() {
    List<IndicatorResult> r = calculator.calculate(plan(ppe()), EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
    // 2019: (30 + 10) / (40 + 60) = 40 %, not (75 + 16.7) / 2.
    assertThat(byScope(r, RatioCalculator.RATIO)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "2018", "40", "2019", "40", "2019/Alençon", "75", "2019/Argentan", "16.6667"));
    assertThat(byScope(r, RatioCalculator.RATIO_OVER_PERIODS)).containsExactly(Map.entry("all", "40"));
    IndicatorResult y2019 = r.stream().filter(x -> x.scope().period().equals(java.util.Optional.of(CalendarPeriod.year(2019)))
        && x.scope().territory().isEmpty()).findFirst().orElseThrow();
    assertThat(y2019.explanation()).isEqualTo("Σ numerators / Σ denominators over 2 territories (40 / 100)");
    assertThat(y2019.unit()).contains("%");
    assertThat(r.stream().filter(x -> x.metric().equals(RatioCalculator.RATIO_OVER_PERIODS)).findFirst().orElseThrow().explanation())
        .isEqualTo("Σ numerators / Σ denominators over 2 periods (60 / 150)");
  }

  @Test
  void aTerritoryFilterKeepsOnlyThatTerritory() {
    EvaluationContext alencon = EvaluationContext.builder(LocalDate.of(2020, 6, 30)).territory("ALENCON").build();
    List<IndicatorResult> r = calculator.calculate(plan(ppe()), alencon);
    assertThat(byScope(r, RatioCalculator.RATIO)).containsExactlyInAnyOrderEntriesOf(Map.of("2019", "75", "2019/Alençon", "75"));
  }

  @Test
  void aDepartementWideFigureIsTheTotalAndAZeroDenominatorHasNoValue() {
    Indicator i = Indicator.builder("fa-6.i1", "Taux").measureType(MeasureType.RATIO)
        .addMeasurement(ratio(CalendarPeriod.year(2019), null, "5", "10"))
        .addMeasurement(ratio(CalendarPeriod.year(2019), "Alençon", "1", "4"))
        .addMeasurement(ratio(CalendarPeriod.year(2020), "Alençon", "0", "0"))
        .addMeasurement(ratio(CalendarPeriod.year(2020), "Argentan", "3", "0"))
        .build();
    List<IndicatorResult> r = calculator.calculate(plan(i), EvaluationContext.asOf(LocalDate.of(2021, 1, 1)));
    assertThat(byScope(r, RatioCalculator.RATIO)).containsEntry("2019", "0.5").containsEntry("2020", "undefined");
    assertThat(r.stream().filter(x -> x.scope().period().equals(java.util.Optional.of(CalendarPeriod.year(2020)))
        && x.scope().territory().isEmpty()).findFirst().orElseThrow().explanation()).endsWith("the denominators add up to 0");
  }

  @Test
  void formulaIndicatorsAreComputedPeriodByPeriod() {
    Indicator bilans = Indicator.builder("fa-6.i2", "Nombre de bilans médicaux réalisés").measureType(MeasureType.COUNT)
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("120")))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("150")))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2020), dec("10"))).build();
    Indicator confies = Indicator.builder("fa-6.i3", "Nombre d'enfants confiés").measureType(MeasureType.COUNT)
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("400")))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("0"))).build();
    Indicator taux = Indicator.builder("fa-6.i4", "Bilans médicaux réalisés / enfants confiés").measureType(MeasureType.PERCENTAGE)
        .formula("fa-6.i2 / fa-6.i3 * 100").build();
    List<IndicatorResult> r = calculator.calculate(plan(bilans, confies, taux), EvaluationContext.asOf(LocalDate.of(2021, 1, 1)));
    Map<String, String> values = byScope(r, RatioCalculator.VALUE);
    assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("2018", "30", "2019", "undefined", "2020", "undefined"));
    Map<String, String> why = r.stream().filter(x -> x.metric().equals(RatioCalculator.VALUE))
        .collect(Collectors.toMap(x -> x.scope().period().orElseThrow().toString(), IndicatorResult::explanation));
    assertThat(why.get("2018")).isEqualTo("computed from fa-6.i2 / fa-6.i3 * 100");
    assertThat(why.get("2019")).contains("division by zero at position 9");
    assertThat(why.get("2020")).contains("no value for fa-6.i3");
  }

  @Test
  void wrongFormulasAreReportedOneByOne() {
    Indicator a = Indicator.builder("fa-6.i1", "A").measureType(MeasureType.COUNT).build();
    Indicator unknown = Indicator.builder("fa-6.i2", "Inconnu").formula("fa-6.i1 / fa-6.i9").build();
    Indicator syntax = Indicator.builder("fa-6.i3", "Syntaxe").formula("fa-6.i1 * (2 +").build();
    Indicator cycle1 = Indicator.builder("fa-6.i4", "Cycle 1").formula("fa-6.i5 + 1").build();
    Indicator cycle2 = Indicator.builder("fa-6.i5", "Cycle 2").formula("fa-6.i4 * 2").build();
    Indicator zero = Indicator.builder("fa-6.i6", "Zéro").formula("fa-6.i1 / (2 - 2)").build();
    List<IndicatorResult> r = calculator.calculate(plan(a, unknown, syntax, cycle1, cycle2, zero),
        EvaluationContext.asOf(LocalDate.of(2021, 1, 1)));
    Map<String, String> errors = r.stream().filter(x -> x.metric().equals(RatioCalculator.FORMULA_ERROR))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), IndicatorResult::explanation));
    assertThat(errors).containsOnlyKeys("fa-6.i2", "fa-6.i3", "fa-6.i4", "fa-6.i5", "fa-6.i6");
    assertThat(errors.get("fa-6.i2")).isEqualTo("unknown indicator fa-6.i9 in 'fa-6.i1 / fa-6.i9'");
    assertThat(errors.get("fa-6.i3")).startsWith("unexpected end, expected a number, an indicator id or '('");
    assertThat(errors.get("fa-6.i4")).isEqualTo("circular formula: fa-6.i4 → fa-6.i5 → fa-6.i4");
    assertThat(errors.get("fa-6.i6")).contains("the divisor is a constant 0");
    assertThat(r).filteredOn(x -> x.metric().equals(RatioCalculator.FORMULA_ERROR))
        .allSatisfy(x -> assertThat(x.scope().level()).isEqualTo(ScopeLevel.INDICATOR));
    assertThat(r).noneMatch(x -> x.metric().equals(RatioCalculator.VALUE));
  }
}
