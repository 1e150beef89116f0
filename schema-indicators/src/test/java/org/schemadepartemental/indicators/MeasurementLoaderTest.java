package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.indicators.Plans.dec;

import java.math.BigDecimal;
import java.util.List;
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
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.csv.MeasurementCsv;
import org.schemadepartemental.io.csv.MeasurementRow;
import org.schemadepartemental.io.csv.MeasurementRows;

class MeasurementLoaderTest {
  private static final String FILE = "mesures.csv";
  private static final String HEADER = "indicatorId,indicatorLabel,period,value,numerator,denominator,territory,source,comment,text\n";

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

  private static MeasurementLoad load(Schema plan, String rows, MeasurementLoader.Mode mode) {
    return MeasurementLoader.apply(plan, MeasurementCsv.read(DocumentSource.ofText(FILE, HEADER + rows), ReadOptions.defaults()),
        mode);
  }

  @Test
  void goodRowsAreAppliedAndEveryOtherRowIsReportedWithItsLine() {
    MeasurementLoad load = load(plan(), ""
        + "fa-10.i1,,2019,120,,,,,,\n"
        + "fa-10.i2,,2019,,30,40,Alençon,SI ASE,,\n"
        + "fa-10.i2,,2019,,10,60,Argentan,SI ASE,,\n"
        + "fa-10.i9,,2019,7,,,,,,\n"
        + "fa-10.i1,,2024,7,,,,,,\n"
        + "fa-10.i3,,2019,60,,,,,,\n"
        + "fa-10.i2,,2019,,1,2,ALENCON,,,\n", MeasurementLoader.Mode.APPLY_VALID);

    assertThat(load.rows()).isEqualTo(7);
    assertThat(load.applied()).isEqualTo(3);
    assertThat(load.rejected()).isEqualTo(4);
    assertThat(load.problems()).filteredOn(p -> p.severity() == ProblemSeverity.ERROR)
        .extracting(p -> p.location().line() + " " + p.code()).containsExactly(
            "5 measurements.unknown-indicator", "6 measurements.period-outside-plan",
            "7 measurements.computed-indicator", "8 measurements.duplicate-row");
    ReadProblem unknown = load.problems().stream().filter(p -> p.code().equals("measurements.unknown-indicator"))
        .findFirst().orElseThrow();
    assertThat(unknown.toString()).isEqualTo("mesures.csv:5: error: no indicator 'fa-10.i9' in plan orne-2017-2021; "
        + "row not applied (expected an indicator id of the plan, such as fa-10.i1, fa-10.i2, fa-10.i3)");
    assertThat(load.problems()).filteredOn(p -> p.code().equals("measurements.duplicate-row")).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("same indicator, period and territory as the row at mesures.csv:3"));

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
    MeasurementLoad load = load(plan(), "fa-10.i1,,2018,105,,,,,,\nfa-10.i2,,2019,,120,100,,,,\nfa-10.i2,,2020,,3,0,,,,\n",
        MeasurementLoader.Mode.APPLY_VALID);
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
    MeasurementLoad load = load(before, "fa-10.i1,,2019,120,,,,,,\nfa-10.i1,,2030,1,,,,,,\n", MeasurementLoader.Mode.ALL_OR_NOTHING);
    assertThat(load.applied()).isZero();
    assertThat(load.schema()).isEqualTo(before);
    assertThat(load.problems()).extracting(ReadProblem::code)
        .containsExactly("measurements.period-outside-plan", "measurements.nothing-applied");
    MeasurementLoad clean = load(before, "fa-10.i1,,2019,120,,,,,,\n", MeasurementLoader.Mode.ALL_OR_NOTHING);
    assertThat(clean.applied()).isEqualTo(1);
    assertThat(clean.problems()).isEmpty();
  }

  @Test
  void loadingAFileKeepsTheReadersOwnRemarksFirst() {
    MeasurementLoad load = MeasurementLoader.load(plan(), DocumentSource.ofText(FILE, HEADER
        + "fa-10.i1,,2019,120,,,,,,\nfa-10.i1,,2020,,,,,,,\n"), ReadOptions.defaults());
    assertThat(load.applied()).isEqualTo(1);
    assertThat(load.problems()).extracting(ReadProblem::code).containsExactly("csv.empty-measurement");
    assertThat(load.schema().indicator("fa-10.i1").orElseThrow().measurements()).hasSize(2);
    assertThat(List.of(load.rows(), load.rejected())).containsExactly(1, 0);
  }

  @Test
  void aLoadedMeasurementIsTheReadersOwnLocatedAtItsRow() {
    MeasurementRows read = MeasurementCsv.read(DocumentSource.ofText(FILE, HEADER
        + "fa-10.i2,,2019,,30,40,Alençon,,,\nfa-10.i1,,2019,120,,,,,,\nfa-10.i2,,2020,,31,40,Alençon,,,\n"), ReadOptions.defaults());

    MeasurementLoad load = MeasurementLoader.apply(plan(), read);

    List<Measurement> ppe = load.schema().indicator("fa-10.i2").orElseThrow().measurements();
    assertThat(ppe).hasSize(2);
    // Applied as read: no second measurement is built to carry the row's line.
    assertThat(ppe.get(0)).isSameAs(read.rows().get(0).measurement());
    assertThat(ppe.get(1)).isSameAs(read.rows().get(2).measurement());
    assertThat(ppe).extracting(m -> m.location().orElseThrow())
        .containsExactly(SourceLocation.line(FILE, 2), SourceLocation.line(FILE, 4));
    assertThat(load.schema().indicator("fa-10.i1").orElseThrow().measurements().get(1))
        .isSameAs(read.rows().get(1).measurement());
  }

  @Test
  void aRowBuiltWithoutLocationIsLocatedAtItsLine() {
    Measurement m = Measurement.of(CalendarPeriod.year(2019), dec("7"));
    MeasurementRows rows = new MeasurementRows("saisie.csv", List.of(new MeasurementRow(12, "fa-10.i1", m),
        new MeasurementRow(0, "fa-10.i1", Measurement.of(CalendarPeriod.year(2020), dec("8")))), List.of());

    List<Measurement> bilans = MeasurementLoader.apply(plan(), rows).schema().indicator("fa-10.i1").orElseThrow()
        .measurements();

    assertThat(bilans).extracting(x -> x.location().map(SourceLocation::toString).orElse("none"))
        .containsExactly("none", SourceLocation.line("saisie.csv", 12).toString(), "none");
  }

  @Test
  void eachRowGivenAgainIsRefusedOnceWhereverItComes() {
    MeasurementLoad load = load(plan(), ""
        + "fa-10.i2,,2019,,30,40,Alençon,,,\n"
        + "fa-10.i1,,2019,120,,,,,,\n"
        + "fa-10.i2,,2019,,31,40,ALENCON,,,\n"
        + "fa-10.i1,,2019,121,,,,,,\n"
        + "fa-10.i2,,2019,,32,40,Alençon,,,\n", MeasurementLoader.Mode.APPLY_VALID);

    // The reading warns of each row written as an earlier one; the loader refuses every row matching an
    // earlier one, territories compared ignoring case and accents. Once each.
    assertThat(load.problems()).extracting(p -> p.location().line() + " " + p.code()).containsExactly(
        "5 csv.duplicate-measurement", "6 csv.duplicate-measurement", "4 measurements.duplicate-row", "5 measurements.duplicate-row",
        "6 measurements.duplicate-row");
    assertThat(load.problems()).filteredOn(p -> p.code().equals("measurements.duplicate-row"))
        .extracting(p -> p.message().substring(0, p.message().indexOf(" (")))
        .containsExactly("same indicator, period and territory as the row at mesures.csv:2",
            "same indicator, period and territory as the row at mesures.csv:3",
            "same indicator, period and territory as the row at mesures.csv:2");
    assertThat(load.applied()).isEqualTo(2);
  }

  @Test
  void theLastFigureOfAPeriodAndTerritoryInThePlanIsTheOneReplaced() {
    Indicator counted = Indicator.builder("fa-10.i4", "Bilans par territoire").measureType(MeasureType.COUNT)
        .addMeasurement(Measurement.builder(CalendarPeriod.year(2018)).value(dec("1")).territory("Alençon").build())
        .addMeasurement(Measurement.builder(CalendarPeriod.year(2019)).value(dec("5")).build())
        .addMeasurement(Measurement.builder(CalendarPeriod.year(2018)).value(dec("2")).territory("alencon").build())
        .build();
    Schema plan = Schema.builder("orne-2017-2021", "Plan").period(new YearRange(2017, 2021))
        .addOrientation(Orientation.builder("3", "Axe").addFiche(Fiche.builder("10", "Santé")
            .addIndicator(plan().indicator("fa-10.i1").orElseThrow()).addIndicator(counted).build()).build())
        .build();

    MeasurementLoad load = load(plan, "fa-10.i4,,2018,3,,,ALENÇON,,,\nfa-10.i1,,2019,9,,,,,,\nfa-10.i4,,2020,4,,,,,,\n",
        MeasurementLoader.Mode.APPLY_VALID);

    assertThat(load.problems()).extracting(ReadProblem::message)
        .containsExactly("fa-10.i4 2018 [ALENÇON]: replaces 2 already in the plan");
    assertThat(load.schema().indicator("fa-10.i4").orElseThrow().measurements())
        .extracting(m -> m.period() + "=" + m.value().orElseThrow().toPlainString())
        .containsExactly("2019=5", "2018=3", "2020=4");
  }

  @Provide
  Arbitrary<Measurement> ratios() {
    Arbitrary<BigDecimal> figures = Arbitraries.oneOf(Arbitraries.bigDecimals().between(dec("-5"), dec("500")).ofScale(3),
        Arbitraries.of(dec("0"), dec("100"), dec("99.99999999999999999"), dec("100.00000000000000001"),
            dec("1E-30"), dec("-1E-30")));
    return Combinators.combine(figures, figures).as((n, d) -> Measurement.builder(CalendarPeriod.year(2019))
        .numerator(n).denominator(d).build());
  }

  @Property(tries = 500, seed = "20251122")
  void aPercentageKnownWithinRangeWithoutDividingIsWithinRangeOnceDivided(@ForAll("ratios") Measurement m) {
    if (MeasurementLoader.surelyWithinPercent(m)) {
      BigDecimal percent = m.effectiveValue(MeasureType.PERCENTAGE).orElseThrow();
      assertThat(percent).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
  }

  @Provide
  Arbitrary<List<MeasurementRow>> rowSequences() {
    Arbitrary<MeasurementRow> row = Combinators.combine(Arbitraries.of("fa-10.i1", "fa-10.i2"),
        Arbitraries.of("2018", "2019", "2019-S1", "2019-S2", "2020-Q1", "2020", "2021-06"),
        Arbitraries.of("", "Alençon", "ALENCON", "Argentan")).as((id, period, territory) -> new MeasurementRow(1, id,
            Measurement.builder(CalendarPeriod.parse(period)).value(dec("7")).territory(territory.isEmpty() ? null : territory)
                .build()));
    // Sorted by period or not: rows in period order are checked without a map until one is not.
    return Combinators.combine(row.list().ofMaxSize(30), Arbitraries.of(true, false)).as((rows, sorted) -> {
      List<MeasurementRow> ordered = new java.util.ArrayList<>(rows);
      if (sorted) {
        ordered.sort(java.util.Comparator.comparing(r -> r.measurement().period()));
      }
      List<MeasurementRow> numbered = new java.util.ArrayList<>();
      for (int i = 0; i < ordered.size(); i++) {
        numbered.add(new MeasurementRow(i + 2, ordered.get(i).indicatorId(), ordered.get(i).measurement()));
      }
      return numbered;
    });
  }

  @Property(tries = 300, seed = "20251122")
  void aRowIsRefusedExactlyWhenAnEarlierRowAppliedHasItsIndicatorPeriodAndTerritory(
      @ForAll("rowSequences") List<MeasurementRow> rows) {
    // The rule, with one map of every row applied.
    java.util.Map<String, Integer> firstLines = new java.util.HashMap<>();
    List<String> expected = new java.util.ArrayList<>();
    for (MeasurementRow row : rows) {
      String key = row.indicatorId() + " " + row.measurement().period() + " "
          + row.measurement().territory().map(org.schemadepartemental.core.Actor::normalizeKey).orElse("");
      Integer first = firstLines.putIfAbsent(key, row.line());
      if (first != null) {
        expected.add(row.line() + " after " + first);
      }
    }

    MeasurementLoad load = MeasurementLoader.apply(plan(), new MeasurementRows(FILE, rows, List.of()));

    assertThat(load.problems()).filteredOn(p -> p.code().equals("measurements.duplicate-row"))
        .extracting(p -> p.location().line() + " after " + p.message().replaceAll(".* the row at mesures.csv:(\\d+) .*", "$1"))
        .isEqualTo(expected);
    assertThat(load.applied()).isEqualTo(rows.size() - expected.size());
  }
}
