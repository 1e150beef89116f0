package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadProblem;

class MeasurementLoaderTest {
  private static final String FILE = "mesures.csv";

  private static Schema plan() {
    Indicator bilans = Indicator.builder("fa-10.i1", "Nombre de bilans médicaux réalisés").measureType(MeasureType.COUNT)
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("100"))).build();
    Indicator ppe = Indicator.builder("fa-10.i2", "Pourcentage de PPE").measureType(MeasureType.PERCENTAGE).build();
    Indicator computed = Indicator.builder("fa-10.i3", "Taux calculé").formula("fa-10.i1 / 2").build();
    return Schema.builder("orne-2017-2021", "Plan").period(new YearRange(2017, 2021))
        .addOrientation(Orientation.builder("3", "Axe").addFiche(Fiche.builder("10", "Santé")
            .addIndicator(bilans).addIndicator(ppe).addIndicator(computed).build()).build())
        .build();
  }

  private static MeasurementRow row(int line, String id, String period, String value) {
    return MeasurementRow.of(InputLocation.at(FILE, line), id, period, value == null ? null : dec(value));
  }

  private static MeasurementRow ratioRow(int line, String id, String period, String num, String den, String territory) {
    return new MeasurementRow(InputLocation.at(FILE, line), id, period, Optional.empty(), Optional.of(dec(num)),
        Optional.of(dec(den)), Optional.ofNullable(territory), Optional.of("SI ASE"), Optional.empty(), Optional.empty());
  }

  @Test
  void goodRowsAreAppliedAndEveryOtherRowIsReportedWithItsLine() {
    List<MeasurementRow> rows = List.of(
        row(2, "fa-10.i1", "2019", "120"),
        ratioRow(3, "fa-10.i2", "2019", "30", "40", "Alençon"),
        ratioRow(4, "fa-10.i2", "2019", "10", "60", "Argentan"),
        row(5, "fa-10.i9", "2019", "7"),
        row(6, "fa-10.i1", "2019-S3", "7"),
        row(7, "fa-10.i1", "2024", "7"),
        new MeasurementRow(InputLocation.at(FILE, 8), "fa-10.i1", "2020", Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of("rien"), Optional.empty()),
        row(9, "fa-10.i3", "2019", "60"),
        ratioRow(10, "fa-10.i2", "2019", "1", "2", "ALENCON"));
    MeasurementLoad load = MeasurementLoader.apply(plan(), rows);

    assertThat(load.rows()).isEqualTo(9);
    assertThat(load.applied()).isEqualTo(3);
    assertThat(load.rejected()).isEqualTo(6);
    assertThat(load.problems()).extracting(ReadProblem::severity).containsOnly(ProblemSeverity.ERROR);
    assertThat(load.problems()).extracting(p -> p.location().line() + " " + p.code()).containsExactly(
        "5 measurements.unknown-indicator", "6 measurements.bad-period", "7 measurements.period-outside-plan",
        "8 measurements.empty", "9 measurements.computed-indicator", "10 measurements.duplicate-row");
    assertThat(load.problems().get(0).toString()).isEqualTo("mesures.csv:5: error: no indicator 'fa-10.i9' in plan "
        + "orne-2017-2021; row not applied (expected an indicator id of the plan, such as fa-10.i1, fa-10.i2, fa-10.i3)");
    assertThat(load.problems().get(5).message()).startsWith("same indicator, period and territory as the row at mesures.csv:3");

    Indicator bilans = load.schema().indicator("fa-10.i1").orElseThrow();
    assertThat(bilans.measurements()).extracting(m -> m.period() + "=" + m.value().orElseThrow().toPlainString())
        .containsExactly("2018=100", "2019=120");
    assertThat(bilans.measurements().get(1).location()).contains(SourceLocation.line(FILE, 2));
    Indicator ppe = load.schema().indicator("fa-10.i2").orElseThrow();
    assertThat(ppe.measurements()).extracting(m -> m.territory().orElseThrow() + " " + m.source().orElseThrow())
        .containsExactly("Alençon SI ASE", "Argentan SI ASE");
  }

  @Test
  void aFigureAlreadyInThePlanIsReplacedWithAWarning() {
    MeasurementLoad load = MeasurementLoader.apply(plan(), List.of(row(2, "fa-10.i1", "2018", "105"),
        ratioRow(3, "fa-10.i2", "2019", "120", "100", null), ratioRow(4, "fa-10.i2", "2020", "3", "0", null)));
    assertThat(load.applied()).isEqualTo(3);
    assertThat(load.hasErrors()).isFalse();
    assertThat(load.problems()).extracting(ReadProblem::code).containsExactly("measurements.replaced",
        "measurements.percentage-out-of-range", "measurements.zero-denominator");
    assertThat(load.problems().get(0).message()).isEqualTo("fa-10.i1 2018: replaces 100 already in the plan");
    assertThat(load.schema().indicator("fa-10.i1").orElseThrow().measurements()).singleElement()
        .satisfies(m -> assertThat(m.value()).contains(BigDecimal.valueOf(105)));
  }

  @Test
  void allOrNothingAppliesNoRowWhenOneIsRefused() {
    Schema before = plan();
    MeasurementLoad load = MeasurementLoader.apply(before, List.of(row(2, "fa-10.i1", "2019", "120"),
        row(3, "fa-10.i1", "2030", "1")), MeasurementLoader.Mode.ALL_OR_NOTHING);
    assertThat(load.applied()).isZero();
    assertThat(load.schema()).isEqualTo(before);
    assertThat(load.problems()).extracting(ReadProblem::code)
        .containsExactly("measurements.period-outside-plan", "measurements.nothing-applied");
    MeasurementLoad clean = MeasurementLoader.apply(before, List.of(row(2, "fa-10.i1", "2019", "120")),
        MeasurementLoader.Mode.ALL_OR_NOTHING);
    assertThat(clean.applied()).isEqualTo(1);
    assertThat(clean.problems()).isEmpty();
  }
}
