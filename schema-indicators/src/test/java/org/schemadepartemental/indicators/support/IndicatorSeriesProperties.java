package org.schemadepartemental.indicators.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.GeneratedCase;
import org.schemadepartemental.indicators.former.FormerIndicatorSeries;

/** Aggregation of ratios across territories and periods; the series against its former code. */
class IndicatorSeriesProperties {

  @Provide
  Arbitrary<GeneratedCase> cases() {
    return GeneratedCase.cases();
  }

  /** Made eager, shared and cheaper (one sort instead of a tree of lists per indicator), it gives what it gave. */
  @Property(tries = 300, seed = "20261122")
  void theSeriesGivesWhatItsFormerCodeGave(@ForAll("cases") GeneratedCase c) {
    IndicatorSeries series = IndicatorSeries.of(c.plan(), c.context());
    FormerIndicatorSeries former = FormerIndicatorSeries.of(c.plan(), c.context());
    for (Indicator i : c.plan().indicators()) {
      assertThat(series.measurements(i)).as("measurements of %s", i.id()).isEqualTo(former.measurements(i));
      assertThat(series.isComputed(i)).as("computed %s", i.id()).isEqualTo(former.isComputed(i));
      assertThat(series.values(i)).as("values of %s", i.id()).isEqualTo(former.values(i));
      assertThat(series.latest(i)).as("latest of %s", i.id()).isEqualTo(former.latest(i));
      assertThat(series.latestEnding(i)).as("latest ending of %s", i.id())
          .isEqualTo(former.measurements(i).stream().max(Comparator.comparing(m -> m.period().endDate())));
    }
    assertThat(series.formulas().problems()).isEqualTo(former.formulas().problems());
  }

  /** Measurements in any order, several per period and territory, with and without a département-wide one. */
  @Property(tries = 300, seed = "20261122")
  void periodsAreCombinedAsTheFormerCodeDid(
      @ForAll("shuffledMeasurements") List<Measurement> measurements, @ForAll MeasureType type) {
    Indicator indicator = Indicator.builder("fa-1.i1", "Taux").measureType(type).measurements(measurements).build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "F").addIndicator(indicator).build()).build()).build();
    EvaluationContext context = EvaluationContext.asOf(LocalDate.of(2030, 1, 1));
    assertThat(IndicatorSeries.of(plan, context).values(indicator))
        .isEqualTo(FormerIndicatorSeries.of(plan, context).values(indicator));
  }

  @Provide
  Arbitrary<List<Measurement>> shuffledMeasurements() {
    Arbitrary<CalendarPeriod> period = Arbitraries.of(CalendarPeriod.year(2019), CalendarPeriod.year(2020),
        CalendarPeriod.semester(2020, 1), CalendarPeriod.quarter(2020, 3));
    Arbitrary<Optional<String>> territory = Arbitraries.of("Alençon", "Argentan").optional(0.6);
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(500)).ofScale(1);
    Arbitrary<Measurement> measurement = Combinators.combine(period, territory, amount, amount, Arbitraries.integers().between(0, 2))
        .as((p, t, a, b, shape) -> {
          Measurement.Builder m = Measurement.builder(p).territory(t.orElse(null));
          return (shape == 0 ? m.value(a) : shape == 1 ? m.ratio(a, b) : m.value(a).ratio(a, b)).build();
        });
    return measurement.list().ofMaxSize(8);
  }

  @Test
  void theMeasurementsOfAnIndicatorAreNotCopiedWhenTheContextLetsThemAllThrough() {
    Indicator indicator = Indicator.builder("fa-1.i1", "Taux")
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), BigDecimal.ONE))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), BigDecimal.TEN)).build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "F").addIndicator(indicator).build()).build()).build();

    assertThat(IndicatorSeries.of(plan, EvaluationContext.asOf(LocalDate.of(2020, 1, 1))).measurements(indicator))
        .isSameAs(indicator.measurements());
    assertThat(IndicatorSeries.of(plan, EvaluationContext.asOf(LocalDate.of(2018, 6, 1))).measurements(indicator))
        .containsExactly(indicator.measurements().get(0));
  }

  record Part(BigDecimal numerator, BigDecimal denominator) {}

  @Provide
  Arbitrary<List<Part>> parts() {
    Arbitrary<BigDecimal> num = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5000)).ofScale(1);
    Arbitrary<BigDecimal> den = Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(5000)).ofScale(1);
    return Combinators.combine(num, den).as(Part::new).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200, seed = "20261122")
  void aPercentageAcrossTerritoriesIsTheSumOfNumeratorsOverTheSumOfDenominators(
      @ForAll("parts") List<Part> parts, @ForAll boolean percentage) {
    MeasureType type = percentage ? MeasureType.PERCENTAGE : MeasureType.RATIO;
    Indicator.Builder b = Indicator.builder("fa-1.i1", "Taux").measureType(type);
    for (int i = 0; i < parts.size(); i++) {
      b.addMeasurement(Measurement.builder(CalendarPeriod.year(2019)).territory("Territoire " + i)
          .ratio(parts.get(i).numerator(), parts.get(i).denominator()).build());
    }
    Indicator indicator = b.build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "F").addIndicator(indicator).build()).build()).build();

    PeriodValue value = IndicatorSeries.of(plan, EvaluationContext.asOf(LocalDate.of(2020, 1, 1))).values(indicator).get(0);

    BigDecimal num = parts.stream().map(Part::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal den = parts.stream().map(Part::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal expected = num.divide(den, MathContext.DECIMAL64);
    assertThat(value.value().orElseThrow())
        .isEqualByComparingTo(percentage ? num.multiply(BigDecimal.valueOf(100)).divide(den, MathContext.DECIMAL64) : expected);
    assertThat(value.numerator().orElseThrow()).isEqualByComparingTo(num);
    assertThat(value.denominator().orElseThrow()).isEqualByComparingTo(den);
    assertThat(value.territories()).hasSize(parts.size());
  }

  @Property(tries = 200, seed = "20261122")
  void thePooledRatioOverPeriodsIsTheSumOfAllNumeratorsOverAllDenominators(@ForAll("parts") List<Part> parts) {
    List<Measurement> yearly = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      yearly.add(Measurement.builder(CalendarPeriod.year(2010 + i)).ratio(parts.get(i).numerator(), parts.get(i).denominator()).build());
    }
    Indicator indicator = Indicator.builder("fa-1.i1", "Ratio").measureType(MeasureType.RATIO).measurements(yearly).build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "F").addIndicator(indicator).build()).build()).build();
    var results = new org.schemadepartemental.indicators.builtin.RatioCalculator()
        .calculate(plan, EvaluationContext.asOf(LocalDate.of(2030, 1, 1)));
    var pooled = results.stream().filter(r -> r.metric().equals("ratio-over-periods")).toList();
    if (parts.size() < 2) {
      assertThat(pooled).isEmpty();
      return;
    }
    BigDecimal num = parts.stream().map(Part::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal den = parts.stream().map(Part::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(pooled.get(0).decimal().orElseThrow())
        .isEqualByComparingTo(num.divide(den, MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_UP));
  }
}
