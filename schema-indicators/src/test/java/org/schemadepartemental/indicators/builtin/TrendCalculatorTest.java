package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;

class TrendCalculatorTest {

  private static List<IndicatorResult> trends(Indicator indicator) {
    Schema plan = Schema.builder("p", "Plan")
        .addOrientation(Orientation.builder("1", "Axe").addFiche(Fiche.builder("1", "Fiche").addIndicator(indicator).build()).build())
        .build();
    return new TrendCalculator().calculate(plan, EvaluationContext.asOf(LocalDate.of(2030, 1, 1)));
  }

  private static Indicator yearly(Direction direction, int firstYear, String... values) {
    Indicator.Builder b = Indicator.builder("fa-1.i1", "EPP réalisés").direction(direction).unit("EPP");
    for (int i = 0; i < values.length; i++) {
      b.addMeasurement(Measurement.of(CalendarPeriod.year(firstYear + i), dec(values[i])));
    }
    return b.build();
  }

  private static List<String> values(List<IndicatorResult> results, String metric) {
    return results.stream().filter(r -> r.metric().equals(metric))
        .map(r -> r.decimal().map(d -> d.toPlainString()).or(() -> r.code()).orElse("undefined")).toList();
  }

  @Test
  void changeBetweenConsecutiveYearsAsInThePasDeCalaisReview() {
    // "EPP réalisés : 2010 = 2116, 2011 = 2204"
    List<IndicatorResult> r = trends(yearly(Direction.INCREASE, 2010, "2116", "2204"));
    assertThat(values(r, TrendCalculator.CHANGE)).containsExactly("88");
    assertThat(values(r, TrendCalculator.RELATIVE_CHANGE)).containsExactly("4.2");
    assertThat(values(r, TrendCalculator.DIRECTION)).containsExactly("FAVOURABLE");
    IndicatorResult change = r.get(0);
    assertThat(change.scope().period()).contains(CalendarPeriod.year(2011));
    assertThat(change.unit()).contains("EPP");
    assertThat(change.explanation()).isEqualTo("2011 vs 2010: 2204 − 2116 = +88");
  }

  @Test
  void theDesiredDirectionDecidesTheVerdict() {
    List<IndicatorResult> decrease = trends(yearly(Direction.DECREASE, 2018, "10", "8", "9", "9"));
    assertThat(values(decrease, TrendCalculator.CHANGE)).containsExactly("-2", "1", "0");
    assertThat(values(decrease, TrendCalculator.RELATIVE_CHANGE)).containsExactly("-20", "12.5", "0");
    assertThat(values(decrease, TrendCalculator.DIRECTION)).containsExactly("FAVOURABLE", "UNFAVOURABLE", "STABLE");
    assertThat(values(trends(yearly(Direction.NONE, 2018, "10", "8")), TrendCalculator.DIRECTION)).containsExactly("NO_DIRECTION");
    Indicator reach = yearly(Direction.REACH, 2018, "10", "15", "25", "22").toBuilder()
        .addTarget(Target.finalTarget(dec("20"), CalendarPeriod.year(2021))).build();
    // 10 → 15 closer to 20; 15 → 25 farther (5 away both: stable); 25 → 22 closer.
    assertThat(values(trends(reach), TrendCalculator.DIRECTION)).containsExactly("FAVOURABLE", "STABLE", "FAVOURABLE");
  }

  @Test
  void noRelativeChangeFromZeroAndNoComparisonOfPeriodsOfDifferentLengths() {
    assertThat(values(trends(yearly(Direction.INCREASE, 2018, "0", "5")), TrendCalculator.RELATIVE_CHANGE))
        .containsExactly("undefined");
    Indicator mixed = Indicator.builder("fa-1.i1", "Mesures").direction(Direction.INCREASE)
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("10")))
        .addMeasurement(Measurement.of(CalendarPeriod.semester(2019, 1), dec("6"))).build();
    List<IndicatorResult> r = trends(mixed);
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.isDefined()).isFalse();
      assertThat(x.explanation()).isEqualTo("periods of different lengths (2018, 2019-S1) are not compared");
    });
  }

  @Test
  void aCumulativeIndicatorIsJudgedOnWhatEachPeriodAdded() {
    Indicator cumulative = yearly(Direction.INCREASE, 2018, "10", "25", "45", "50").toBuilder().cumulative(true).build();
    List<IndicatorResult> r = trends(cumulative);
    assertThat(values(r, TrendCalculator.INCREMENT)).containsExactly("10", "15", "20", "5");
    assertThat(values(r, TrendCalculator.CHANGE)).containsExactly("5", "5", "-15");
    assertThat(values(r, TrendCalculator.DIRECTION)).containsExactly("FAVOURABLE", "FAVOURABLE", "UNFAVOURABLE");
    assertThat(r.stream().filter(x -> x.metric().equals(TrendCalculator.CHANGE)).findFirst().orElseThrow().explanation())
        .startsWith("added in 2019 vs 2018");
  }
}
