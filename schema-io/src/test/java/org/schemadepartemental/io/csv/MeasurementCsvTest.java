package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.internal.TextDecoding;

/** The measurements layout: written from a plan, read back row by row with line numbers. */
class MeasurementCsvTest {

  private static byte[] write(Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvFormatProvider().writer().orElseThrow().write(plan, out, options.withProperty(CsvLayout.PROPERTY, "measurements"));
    return out.toByteArray();
  }

  private static MeasurementRows read(String name, byte[] bytes) {
    return MeasurementCsv.read(DocumentSource.of(name, bytes), ReadOptions.defaults());
  }

  private static MeasurementRows read(String text) {
    return read("figures.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> withoutLines(List<MeasurementRow> rows) {
    // A CSV row does not carry where a measurement was first imported from; read, it is located at its row.
    return rows.stream().map(r -> r.indicatorId() + " " + r.measurement().toBuilder().location(null).build()).toList();
  }

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 60, seed = "8675309")
  void everyMeasurementOfAPlanReadsBackEqual(@ForAll("plans") Schema plan) {
    MeasurementRows back = read("figures.csv", write(plan, WriteOptions.defaults()));

    assertThat(withoutLines(back.rows())).isEqualTo(withoutLines(MeasurementCsv.rowsOf(plan)));
    assertThat(back.problems()).allMatch(p -> p.code().equals("csv.duplicate-measurement"));
  }

  @Test
  void rowsKeepTheirLineAndTemplateRowsAreSkipped() {
    Schema plan = RichPlans.everyField();
    byte[] csv = write(plan, WriteOptions.defaults());

    MeasurementRows back = read("figures.csv", csv);

    // fa-1.i1 has two values (lines 2 and 3, the first with no line break inside), fa-1.i2 one.
    assertThat(back.rows()).extracting(MeasurementRow::line).containsExactly(2, 3, 4);
    assertThat(back.rows()).extracting(MeasurementRow::indicatorId).containsExactly("fa-1.i1", "fa-1.i1", "fa-1.i2");
    assertThat(back.rows().get(0).measurement())
        .isEqualTo(plan.indicators().get(0).measurements().get(0).toBuilder()
            .location(SourceLocation.line("figures.csv", 2)).build());
    assertThat(back.rows().get(1).measurement().value()).contains(new BigDecimal("-12.75"));
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFindicatorId,indicatorLabel,period,value,");
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",2019-06,-12.75,");
  }

  @Test
  void anIndicatorWithoutValueGetsARowToFillIn() {
    Schema plan = RichPlans.everyField().mapIndicators(i -> i.withMeasurements(List.of()));

    String text = new String(write(plan, WriteOptions.defaults()), StandardCharsets.UTF_8);

    assertThat(text.lines()).hasSize(3).element(2).asString().matches("fa-1\\.i2,\"?Réalisation du protocole\"?,,,,,,,,");
    assertThat(read(text.substring(1)).rows()).isEmpty();
  }

  @Test
  void readsFrenchExcelSemicolonsDecimalCommasAndWindows1252() {
    String text = "indicatorId;indicatorLabel;period;value;numerator;denominator;territory;source;comment;text\r\n"
        + "fa-6.i1;Taux de réalisation;2019-S1;92,5;3 494;3\u00a0777;Arrageois;ODPE;évalué à mi-année;\r\n"
        + "fa-6.i2;Protocole;2020;;;;;;;réalisé\r\n";
    byte[] cp1252 = text.getBytes(TextDecoding.WINDOWS_1252);

    MeasurementRows back = read("figures.csv", cp1252);

    assertThat(back.rows()).hasSize(2);
    Measurement first = back.rows().get(0).measurement();
    assertThat(first.period()).isEqualTo(CalendarPeriod.semester(2019, 1));
    assertThat(first.value()).contains(new BigDecimal("92.5"));
    assertThat(first.numerator()).contains(new BigDecimal("3494"));
    assertThat(first.denominator()).contains(new BigDecimal("3777"));
    assertThat(first.comment()).contains("évalué à mi-année");
    assertThat(back.rows().get(1).measurement().text()).contains("réalisé");
    assertThat(back.rows()).extracting(MeasurementRow::line).containsExactly(2, 3);
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMark() {
    String text = "indicatorId,period,value,comment\nfa-1.i1,2019,12,été\n";

    MeasurementRows withBom = read("a.csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    MeasurementRows withoutBom = read("b.csv", text.getBytes(StandardCharsets.UTF_8));

    assertThat(withoutLines(withBom.rows())).isEqualTo(withoutLines(withoutBom.rows()));
    assertThat(withBom.rows().get(0).measurement().comment()).contains("été");
    assertThat(withBom.rows().get(0).indicatorId()).isEqualTo("fa-1.i1");
  }

  @Test
  void theCharsetGivenWinsOverDetection() {
    byte[] latin = "indicatorId,period,text\nfa-1.i1,2019,Œuvre\n".getBytes(TextDecoding.WINDOWS_1252);

    MeasurementRows back = MeasurementCsv.read(DocumentSource.of("a.csv", latin),
        ReadOptions.builder().charset(StandardCharsets.ISO_8859_1).build());

    assertThat(back.rows().get(0).measurement().text()).contains("\u008Cuvre");
  }

  @Test
  void anInvalidPeriodOrNumberIsLocatedByLineAndColumn() {
    assertThatThrownBy(() -> read("indicatorId,period,value\nfa-1.i1,2019,1\nfa-1.i1,2019-13,2\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location()).isEqualTo(InputLocation.at("figures.csv", 3, 9));
          assertThat(e.getMessage()).isEqualTo("figures.csv:3:9: invalid period \"2019-13\""
              + " (expected a period such as 2019, 2019-S1, 2019-Q2 or 2019-06)");
        });
    assertThatThrownBy(() -> read("indicatorId,period,value\nfa-1.i1,2019,douze\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location()).isEqualTo(InputLocation.at("figures.csv", 2, 14));
          assertThat(e.problem()).isEqualTo("invalid number \"douze\" in column 'value'");
        });
    assertThatThrownBy(() -> read("indicatorId,period,value\nfa-1.i1,2019,1e999999\n"))
        .isInstanceOf(SchemaReadException.class);
  }

  @Test
  void aMissingColumnOrAnUnclosedQuoteIsAnError() {
    assertThatThrownBy(() -> read("indicatorId,value\nfa-1.i1,1\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location().line()).isEqualTo(1);
          assertThat(e.problem()).contains("missing column 'period'");
        });
    assertThatThrownBy(() -> read("indicatorId,period,text\nfa-1.i1,2019,\"non fermé\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> assertThat(e.problem()).startsWith("malformed CSV"));
  }

  @Test
  void unknownColumnsAreReportedOrRejectedAndExtraCellsNeverDropped() {
    String text = "indicatorId,period,value,couleur\nfa-1.i1,2019,1,bleu\n";

    MeasurementRows back = read(text);
    assertThat(back.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("csv.unknown-column");
      assertThat(p.location()).isEqualTo(InputLocation.at("figures.csv", 1, 26));
      assertThat(p.message()).contains("'couleur'").contains("1 non-empty cell");
    });
    assertThatThrownBy(() -> MeasurementCsv.read(DocumentSource.ofText("figures.csv", text),
        ReadOptions.builder().unknownFields(ReadOptions.UnknownFields.REJECT).build()))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageContaining("unknown column 'couleur'");
    assertThatThrownBy(() -> read("indicatorId,period,value\nfa-1.i1,2019,1,oublié\n"))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location()).isEqualTo(InputLocation.at("figures.csv", 2, 16));
          assertThat(e.problem()).contains("4 cells but the header only 3");
        });
  }

  @Test
  void rowsWithNothingToRecordOrRecordedTwiceAreReported() {
    MeasurementRows back = read("indicatorId,period,value,territory\n"
        + "fa-1.i1,2019,1,\n"
        + "fa-1.i1,2020,,\n"
        + "fa-1.i1,2019,2,\n"
        + "fa-1.i1,2019,3,Arras\n");

    assertThat(back.rows()).extracting(MeasurementRow::line).containsExactly(2, 4, 5);
    assertThat(back.problems()).extracting(ReadProblem::code)
        .containsExactly("csv.empty-measurement", "csv.duplicate-measurement");
    assertThat(back.problems().get(1).message()).contains("already at line 2");
  }

  @Test
  void aRowGivenAgainAfterOtherIndicatorsIsReportedOnceWithItsFirstLine() {
    MeasurementRows back = read("indicatorId,period,value,territory\n"
        + "fa-1.i1,2019,1,Arras\n"
        + "fa-1.i2,2019,2,Arras\n"
        + "fa-1.i1,2019,3,Lens\n"
        + "fa-1.i1,2019,4,Arras\n"
        + "fa-1.i2,2019,5,Arras\n"
        + "fa-1.i1,2019,6,Arras\n");

    assertThat(back.rows()).hasSize(6);
    assertThat(back.problems()).extracting(p -> p.location().line() + " " + p.message()).containsExactly(
        "5 fa-1.i1 has a value for 2019 in Arras already at line 2",
        "6 fa-1.i2 has a value for 2019 in Arras already at line 3",
        "7 fa-1.i1 has a value for 2019 in Arras already at line 2");
  }

  @Test
  void eachMeasurementReadIsLocatedAtItsRowAndAnIndicatorIdIsOneString() {
    MeasurementRows back = read("indicatorId,period,value\nfa-1.i1,2019,1\n\nfa-1.i1,2020,2\nfa-1.i2,2020,3\n");

    assertThat(back.rows()).extracting(r -> r.measurement().location().orElseThrow())
        .containsExactly(SourceLocation.line("figures.csv", 2), SourceLocation.line("figures.csv", 4),
            SourceLocation.line("figures.csv", 5));
    // The rows of one indicator share the id's string rather than holding a copy each.
    assertThat(back.rows().get(1).indicatorId()).isSameAs(back.rows().get(0).indicatorId());
  }

  @Test
  void aMeasurementsFileIsNotReadAsAPlan() {
    assertThatThrownBy(() -> new CsvFormatProvider().reader().orElseThrow()
        .read(DocumentSource.of("figures.csv", write(RichPlans.everyField(), WriteOptions.defaults())), ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageContaining("measurements layout")
        .hasMessageContaining("MeasurementCsv");
  }

  @Test
  void rowsBuiltInMemoryAreWrittenToo() {
    List<MeasurementRow> rows = List.of(new MeasurementRow(0, "fa-1.i1", Measurement.builder(CalendarPeriod.quarter(2020, 3))
        .value(new BigDecimal("0.000001")).territory("=Lens").build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    MeasurementCsv.write(rows, out, WriteOptions.defaults());

    MeasurementRows back = read("rows.csv", out.toByteArray());
    assertThat(back.rows()).containsExactly(new MeasurementRow(2, "fa-1.i1", rows.get(0).measurement().toBuilder()
        .location(SourceLocation.line("rows.csv", 2)).build()));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(",2020-Q3,0.000001,,,").contains("'=Lens");
    assertThat(back.rows().get(0).measurement().territory()).isEqualTo(Optional.of("=Lens"));
  }
}
