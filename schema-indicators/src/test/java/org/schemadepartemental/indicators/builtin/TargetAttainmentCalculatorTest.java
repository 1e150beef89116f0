package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;

class TargetAttainmentCalculatorTest {
  private static final LocalDate AS_OF = LocalDate.of(2022, 1, 1);

  private static IndicatorResult attainment(Indicator indicator, LocalDate asOf) {
    Schema plan = Schema.builder("p", "Plan")
        .addOrientation(Orientation.builder("1", "Axe").addFiche(Fiche.builder("1", "Fiche").addIndicator(indicator).build()).build())
        .build();
    List<IndicatorResult> results = new TargetAttainmentCalculator().calculate(plan, EvaluationContext.asOf(asOf));
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static Indicator.Builder indicator(Direction direction, String baseline, String target, String... yearlyValues) {
    Indicator.Builder b = Indicator.builder("fa-1.i1", "Indicateur").measureType(MeasureType.COUNT).direction(direction)
        .addTarget(Target.finalTarget(dec(target), CalendarPeriod.year(2021)));
    if (baseline != null) {
      b.baseline(Baseline.of(dec(baseline), CalendarPeriod.year(2017)));
    }
    for (int i = 0; i < yearlyValues.length; i++) {
      b.addMeasurement(Measurement.of(CalendarPeriod.year(2018 + i), dec(yearlyValues[i])));
    }
    return b;
  }

  private static String value(Indicator.Builder b) {
    IndicatorResult r = attainment(b.build(), AS_OF);
    return r.decimal().map(d -> d.toPlainString()).orElse("undefined");
  }

  @Test
  void progressFromBaselineToTargetInEitherDirection() {
    assertThat(value(indicator(Direction.INCREASE, "10", "20", "12", "14"))).isEqualTo("40");
    assertThat(value(indicator(Direction.DECREASE, "50", "30", "45"))).isEqualTo("25");
    // No direction stated: the way from the baseline to the target.
    assertThat(value(indicator(Direction.NONE, "50", "30", "40"))).isEqualTo("50");
    assertThat(value(indicator(Direction.REACH, "10", "20", "13"))).isEqualTo("30");
    IndicatorResult r = attainment(indicator(Direction.INCREASE, "10", "20", "12", "14").build(), AS_OF);
    assertThat(r.unit()).contains("%");
    assertThat(r.explanation()).isEqualTo("current 14 (2019), target 20 (final, due 2021), baseline 10 (2017); "
        + "100 × (14 − 10) / (20 − 10)");
  }

  @Test
  void resultsAreClampedTo0And100() {
    assertThat(value(indicator(Direction.INCREASE, "10", "20", "25"))).isEqualTo("100");
    assertThat(value(indicator(Direction.INCREASE, "10", "20", "5"))).isEqualTo("0");
    assertThat(attainment(indicator(Direction.INCREASE, "10", "20", "25").build(), AS_OF).explanation())
        .endsWith("= 150, clamped");
  }

  @Test
  void aTargetEqualToTheBaselineIsKeptOrNot() {
    assertThat(value(indicator(Direction.INCREASE, "10", "10", "12"))).isEqualTo("100");
    assertThat(value(indicator(Direction.INCREASE, "10", "10", "9"))).isEqualTo("0");
    assertThat(value(indicator(Direction.DECREASE, "10", "10", "9"))).isEqualTo("100");
    assertThat(value(indicator(Direction.NONE, "10", "10", "9"))).isEqualTo("0");
    assertThat(value(indicator(Direction.NONE, "10", "10", "10"))).isEqualTo("100");
  }

  @Test
  void aTargetOfZeroIsAnOrdinaryTarget() {
    assertThat(value(indicator(Direction.DECREASE, "10", "0", "4"))).isEqualTo("60");
    // Without a baseline, reaching 0 is 100; being above it cannot be measured.
    assertThat(value(indicator(Direction.DECREASE, null, "0", "0"))).isEqualTo("100");
    assertThat(value(indicator(Direction.DECREASE, null, "0", "3"))).isEqualTo("undefined");
  }

  @Test
  void withoutBaselineTheFirstMeasurementOrZeroIsTheStart() {
    // The first of two measurements is the start: (15 − 10) / (20 − 10).
    IndicatorResult twoMeasures = attainment(indicator(Direction.INCREASE, null, "20", "10", "15").build(), AS_OF);
    assertThat(twoMeasures.decimal()).contains(dec("50"));
    assertThat(twoMeasures.explanation()).contains("no baseline: the first measurement 10 (2018) is used");
    // A milestone starts at 0 ("Réalisation du protocole": 1 done).
    Indicator milestone = Indicator.builder("fa-1.i1", "Réalisation du protocole").measureType(MeasureType.MILESTONE)
        .direction(Direction.INCREASE).addTarget(Target.finalTarget(dec("1"), CalendarPeriod.year(2019)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("1"))).build();
    assertThat(attainment(milestone, AS_OF).decimal()).contains(dec("100"));
    // A cumulative count starts at 0: 12 of 20.
    assertThat(value(indicator(Direction.INCREASE, null, "20", "12").cumulative(true))).isEqualTo("60");
    // One measurement, no baseline, target not met: no value, never a guess.
    IndicatorResult single = attainment(indicator(Direction.INCREASE, null, "20", "12").build(), AS_OF);
    assertThat(single.isDefined()).isFalse();
    assertThat(single.explanation()).endsWith("progress cannot be measured without a starting point");
  }

  @Test
  void aBaselineAlreadyBeyondTheTargetCountsAsMetWhileItStaysBeyond() {
    assertThat(value(indicator(Direction.INCREASE, "25", "20", "22"))).isEqualTo("100");
    assertThat(value(indicator(Direction.INCREASE, "25", "20", "18"))).isEqualTo("0");
    assertThat(value(indicator(Direction.DECREASE, "5", "10", "7"))).isEqualTo("100");
  }

  @Test
  void theLatestIntermediateTargetDueIsUsedUntilTheFinalOneIsDue() {
    Indicator.Builder b = indicator(Direction.INCREASE, "10", "20", "12", "14")
        .addTarget(Target.intermediate(dec("15"), CalendarPeriod.year(2019)))
        .addTarget(Target.intermediate(dec("12"), CalendarPeriod.year(2018)));
    IndicatorResult mid = attainment(b.build(), LocalDate.of(2020, 6, 30));
    assertThat(mid.decimal()).contains(dec("80"));
    assertThat(mid.explanation()).contains("target 15 (intermediate, due 2019; the final one is not yet due)");
    assertThat(attainment(b.build(), LocalDate.of(2022, 1, 1)).decimal()).contains(dec("40"));
    // Nothing due yet: progress towards the final target, said to be not yet due.
    IndicatorResult early = attainment(b.build(), LocalDate.of(2018, 6, 30));
    assertThat(early.explanation()).contains("target 20 (final, due 2021, not yet due)");
  }

  @Test
  void noMeasurementByTheDateGivesNoValue() {
    IndicatorResult r = attainment(indicator(Direction.INCREASE, "10", "20", "12").build(), LocalDate.of(2017, 6, 30));
    assertThat(r.isDefined()).isFalse();
    assertThat(r.explanation()).startsWith("no measurement by 2017-06-30");
  }
}
