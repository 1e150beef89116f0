package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.SchemaArbitraries;

class ResultsExportTest {
  private static final CalculatorRegistry REGISTRY = CalculatorRegistry.builder().register(new TestCalculators.Throwing()).build();

  private static IndicatorReport sample() {
    EvaluationContext context = EvaluationContext.builder(LocalDate.of(2020, 6, 30)).territory("Alençon")
        .option("indicator-coverage.max-age-months", "12").build();
    Scope fiche = Scope.plan("p").orientation("3").fiche("fa-10");
    List<IndicatorResult> results = List.of(
        IndicatorResult.builder("demo", "progress", fiche).value(Plans.dec("62.50")).unit("%")
            .explanation("plain average, of \"4\" sous-actions; 0 missing").build(),
        IndicatorResult.builder("demo", "status", fiche.sousAction("fa-10.sa1")).value(ScheduleStatus.LATE.toValue())
            .explanation("grid 2018-S1…2018-S2").build(),
        IndicatorResult.builder("demo", "never-pilot", Scope.plan("p").actor("CAF")).value(ResultValue.text("=CAF, Alençon\nligne 2"))
            .explanation("partner only").build(),
        IndicatorResult.builder("demo", "ratio", fiche.indicator("fa-10.i1").withPeriod(CalendarPeriod.semester(2019, 2))
            .withTerritory("Alençon")).value(Plans.dec("-0.0000001")).explanation("tiny").build(),
        IndicatorResult.builder("demo", "attainment", fiche.indicator("fa-10.i2")).unit("%").explanation("no baseline").build(),
        IndicatorResult.failure("broken", "p", new IllegalArgumentException("bad option")));
    return new IndicatorReport("p", "Schéma « test »", context, List.of(
        new CalculatorRun("demo", "Demonstration", results.subList(0, 5)),
        new CalculatorRun("broken", "Broken", results.subList(5, 6))));
  }

  @Test
  void jsonIsExactAndReadsBackEqual() {
    IndicatorReport report = sample();
    String json = ResultsJson.write(report);
    assertThat(json).contains("\"formatVersion\" : 1").contains("\"asOf\" : \"2020-06-30\"")
        .contains("\"value\" : 62.5").contains("\"value\" : -0.0000001")
        .contains("\"valueType\" : \"code\"").contains("\"label\" : \"late\"")
        .contains("\"period\" : \"2019-S2\"").contains("\"failed\" : true")
        .contains("\"error\" : {");
    assertThat(ResultsJson.read(json, "results.json")).isEqualTo(report);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(report, out);
    assertThat(ResultsJson.read(new ByteArrayInputStream(out.toByteArray()), "stream")).isEqualTo(report);
  }

  @Test
  void readingBadJsonNamesTheJsonPointerAndWhatWasExpected() {
    String json = ResultsJson.write(sample());
    assertThatThrownBy(() -> ResultsJson.read(json.replace("\"valueType\" : \"code\"", "\"valueType\" : \"colour\""), "r.json"))
        .isInstanceOf(IndicatorsException.class)
        .hasMessage("r.json#/calculators/0/results/1/valueType: expected decimal, code, text, undefined or failed, got 'colour'");
    assertThatThrownBy(() -> ResultsJson.read(json.replace("\"2019-S2\"", "\"2019-S3\""), "r.json"))
        .hasMessage("r.json#/calculators/0/results/3/scope/period: expected a period such as 2019, 2019-S1, 2019-Q2 or 2019-06,"
            + " got '2019-S3'");
    assertThatThrownBy(() -> ResultsJson.read(json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"), "r.json"))
        .hasMessage("r.json#/formatVersion: expected format version 1, got 2");
    assertThatThrownBy(() -> ResultsJson.read("{\"formatVersion\": 1,", "r.json"))
        .hasMessageStartingWith("r.json: not readable as JSON: ").hasMessageContaining("line 1");
  }

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 100, seed = "20261122")
  void everyReportOfTheBuiltInsRoundTripsThroughJson(@ForAll("plans") Schema plan) {
    IndicatorReport report = REGISTRY.runAll(plan, EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
    // The built-ins never fail on a valid plan, however awkward its text; only the throwing one does.
    assertThat(report.failures()).extracting(IndicatorResult::calculatorId).containsExactly("throwing");
    assertThat(ResultsJson.read(ResultsJson.write(report), "property")).isEqualTo(report);
  }

  @Test
  void csvHasOneQuotedRowPerResultThatASpreadsheetReadsBack() throws IOException {
    IndicatorReport report = sample();
    String csv = ResultsCsv.write(report);
    assertThat(csv).startsWith("calculator,metric,level,plan,orientation,fiche,sous_action,indicator,actor,territory,period,"
        + "value_type,value,label,unit,explanation\n");
    assertThat(csv).contains("demo,progress,FICHE,p,3,fa-10,,,,,,decimal,62.5,,%,\"plain average, of \"\"4\"\" sous-actions; 0 missing\"\n");
    assertThat(csv).contains(",decimal,-0.0000001,,,tiny\n");
    assertThat(csv).contains("broken,failure,PLAN,p,,,,,,,,failed,,java.lang.IllegalArgumentException: bad option,,");

    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(csv)) {
      List<String[]> all = rows.readAll();
      assertThat(all).hasSize(1 + report.results().size());
      assertThat(all.get(0)).containsExactlyElementsOf(ResultsCsv.COLUMNS);
      for (int i = 0; i < report.results().size(); i++) {
        assertThat(all.get(i + 1)).containsExactly(ResultsCsv.row(report.results().get(i)));
      }
      assertThat(all.get(3)[12]).isEqualTo("=CAF, Alençon\nligne 2");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsCsv.write(report, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(csv);
  }

  @Test
  void aContextWithoutTerritoryOrOptionsIsWrittenWithoutThem() {
    IndicatorReport report = new IndicatorReport("p", "Plan", EvaluationContext.asOf(LocalDate.of(2020, 1, 1)), List.of());
    String json = ResultsJson.write(report);
    assertThat(json).doesNotContain("territory").contains("\"options\" : { }");
    assertThat(ResultsJson.read(json, "x").context().territory()).isEqualTo(Optional.empty());
  }
}
