package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  private static final CalendarPeriod Y2012 = CalendarPeriod.year(2012);

  @Test
  void theStatedValueWins() {
    Measurement m = Measurement.builder(Y2012).value(new BigDecimal("92")).ratio(BigDecimal.ONE, BigDecimal.TEN).build();
    assertThat(m.effectiveValue(MeasureType.PERCENTAGE)).contains(new BigDecimal("92"));
  }

  @Test
  void aPercentageIsComputedFromNumeratorAndDenominator() {
    // "3 494 séances pour 17 463 enfants (soit environ 20 %)"
    Measurement m = Measurement.builder(Y2012).ratio(new BigDecimal("3494"), new BigDecimal("17463")).build();
    assertThat(m.effectiveValue(MeasureType.PERCENTAGE)).hasValueSatisfying(
        v -> assertThat(v).isBetween(new BigDecimal("20.0080"), new BigDecimal("20.0081")));
    assertThat(m.effectiveValue(MeasureType.RATIO)).hasValueSatisfying(
        v -> assertThat(v).isBetween(new BigDecimal("0.200080"), new BigDecimal("0.200081")));
  }

  @Test
  void nothingIsComputedWithoutBothPartsOrFromAZeroDenominator() {
    assertThat(Measurement.builder(Y2012).ratio(BigDecimal.ONE, BigDecimal.ZERO).build()
        .effectiveValue(MeasureType.RATIO)).isEmpty();
    assertThat(Measurement.builder(Y2012).numerator(BigDecimal.ONE).build().effectiveValue(MeasureType.RATIO)).isEmpty();
    assertThat(Measurement.builder(Y2012).text("Protocole signé").build().effectiveValue(MeasureType.MILESTONE)).isEmpty();
  }

  @Test
  void indicatorsSortTheirMeasurementsAndFindTheirFinalTarget() {
    Indicator epp = Indicator.builder("fa-3.i1", "EPP réalisés")
        .addMeasurement(Measurement.of(CalendarPeriod.year(2011), BigDecimal.valueOf(2204)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2010), BigDecimal.valueOf(2116)))
        .addTarget(Target.intermediate(BigDecimal.valueOf(2300), CalendarPeriod.year(2013)))
        .addTarget(Target.finalTarget(BigDecimal.valueOf(2500), CalendarPeriod.year(2016)))
        .build();
    assertThat(epp.measurementsByPeriod()).extracting(m -> m.period().year()).containsExactly(2010, 2011);
    assertThat(epp.finalTarget()).get().extracting(Target::value).isEqualTo(BigDecimal.valueOf(2500));
    assertThat(epp.withMeasurement(Measurement.of(CalendarPeriod.year(2012), BigDecimal.ONE)).measurements()).hasSize(3);
    assertThat(epp.measurements()).hasSize(2);
  }
}
