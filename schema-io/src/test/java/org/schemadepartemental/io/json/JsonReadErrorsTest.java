package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.WriteOptions;

/** Broken and surprising JSON: every error says where (line, column, pointer) and what was expected. */
class JsonReadErrorsTest {

  private static final JsonFormatProvider JSON = new JsonFormatProvider();
  private static final ReadOptions REJECT =
      ReadOptions.builder().unknownFields(ReadOptions.UnknownFields.REJECT).build();

  private static String richJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writer().orElseThrow().write(RichPlans.everyField(), out, WriteOptions.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ReadResult read(String json, ReadOptions options) {
    return JSON.reader().orElseThrow().read(DocumentSource.ofText("plan.json", json), options);
  }

  private static SchemaReadException failure(String json) {
    try {
      read(json, ReadOptions.defaults());
    } catch (SchemaReadException e) {
      return e;
    }
    throw new AssertionError("expected a SchemaReadException");
  }

  /** The 1-based line and column of the first occurrence of {@code needle}. */
  private static int[] position(String text, String needle) {
    int offset = text.indexOf(needle);
    assertThat(offset).as("'%s' in the document", needle).isNotNegative();
    String before = text.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = offset - before.lastIndexOf('\n');
    return new int[] {line, column};
  }

  @Test
  void anInvalidPeriodIsLocatedByLineColumnAndPointerWithTheFormsExpected() {
    String json = richJson().replace("\"start\": \"2019-06\"", "\"start\": \"2019-13\"");
    int[] at = position(json, "\"2019-13\"");

    SchemaReadException e = failure(json);

    assertThat(e.location()).isEqualTo(new InputLocation("plan.json", at[0], at[1],
        Optional.of("/orientations/0/fiches/0/sousActions/0/calendar/start")));
    assertThat(e.getMessage()).isEqualTo("plan.json:" + at[0] + ":" + at[1]
        + "#/orientations/0/fiches/0/sousActions/0/calendar/start: invalid period \"2019-13\""
        + " (expected a period such as 2019, 2019-S1, 2019-Q2 or 2019-06)");
  }

  @Test
  void aMissingRequiredFieldPointsAtItsObject() {
    String json = richJson().replace("\"title\": \"=Fiche sans sous-action\",", "");
    int[] at = position(json, "\"id\": \"fa-2\"");

    SchemaReadException e = failure(json);

    assertThat(e.location().jsonPointer()).contains("/orientations/0/fiches/1");
    assertThat(e.location().line()).isEqualTo(at[0] - 1); // the object's brace, on the line above its first field
    assertThat(e.problem()).isEqualTo("missing field 'title' in a fiche");
    assertThat(e.expected()).contains("a string for 'title'");
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatWasExpected() {
    SchemaReadException e = failure(richJson().replace("\"cumulative\": true", "\"cumulative\": \"yes\""));

    assertThat(e.location().jsonPointer()).contains("/orientations/0/fiches/0/indicators/0/cumulative");
    assertThat(e.problem()).isEqualTo("got the string \"yes\"");
    assertThat(e.expected()).contains("true or false");
  }

  @Test
  void anUnknownEnumValueListsTheAcceptedOnes() {
    SchemaReadException e = failure(richJson().replace("\"kind\": \"output\"", "\"kind\": \"Output\""));

    assertThat(e.location().jsonPointer()).contains("/orientations/0/fiches/0/indicators/0/kind");
    assertThat(e.expected()).contains("output, outcome or unspecified");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    String json = "{\n  \"formatVersion\": 1,\n  \"id\": \"p\",,\n}";

    SchemaReadException e = failure(json);

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.location().column()).isEqualTo(13); // the second comma
    assertThat(e.problem()).startsWith("malformed JSON");
  }

  @Test
  void aFieldGivenTwiceIsAnErrorNotASilentOverwrite() {
    SchemaReadException e = failure("{\"formatVersion\": 1, \"id\": \"a\", \"id\": \"b\", \"title\": \"t\", \"orientations\": []}");

    assertThat(e.problem()).contains("Duplicate field 'id'");
  }

  @Test
  void anotherFormatVersionIsRefused() {
    SchemaReadException e = failure(richJson().replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.location().jsonPointer()).contains("/formatVersion");
    assertThat(e.problem()).contains("unsupported formatVersion 2");
  }

  @Test
  void aDocumentWithoutFormatVersionIsRefused() {
    SchemaReadException e = failure("{\"id\": \"p\", \"title\": \"t\", \"orientations\": []}");

    assertThat(e.problem()).isEqualTo("missing field 'formatVersion' in a plan");
    assertThat(e.location().jsonPointer()).contains("");
  }

  @Test
  void emptyInputAndTrailingContentAreErrors() {
    assertThat(failure("").problem()).isEqualTo("empty input");
    assertThat(failure("  \n").expected()).contains("a plan object");
    SchemaReadException trailing = failure("{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"t\"} []");
    assertThat(trailing.problem()).contains("after the plan object");
  }

  @Test
  void aModelRuleBrokenIsReportedAtTheObject() {
    SchemaReadException e = failure(richJson().replace("\"lastLine\": 500", "\"lastLine\": 0"));

    assertThat(e.location().jsonPointer()).contains("/location");
    assertThat(e.problem()).startsWith("invalid a source location: lines must satisfy");
  }

  @Test
  void aGridWhoseStartContradictsItsSemestersIsRefused() {
    String json = richJson().replaceFirst("(\"form\": \"grid\",\\s*\"start\": )\"2018-S1\"", "$1\"2017-S1\"");

    SchemaReadException e = failure(json);

    assertThat(e.location().jsonPointer()).contains("/orientations/0/fiches/0/sousActions/1/calendar");
    assertThat(e.expected()).contains("start 2018-S1 and end 2018-S2");
  }

  @Test
  void anAcronymGivenTwiceInTheGlossaryIsRefused() {
    String json = richJson().replace("\"acronym\": \"MNA\"", "\"acronym\": \"ASE\"");

    SchemaReadException e = failure(json);

    assertThat(e.location().jsonPointer()).contains("/glossary/1");
    assertThat(e.problem()).contains("'ASE' given twice");
  }

  @Test
  void unknownFieldsAreReportedWithTheirPointerAndValueByDefault() {
    String json = richJson().replace("\"principle\": ", "\"couleur\": {\"fond\": [1, 2]},\n      \"principle\": ");
    int[] at = position(json, "{\"fond\"");

    ReadResult result = read(json, ReadOptions.defaults());

    assertThat(result.schema()).isEqualTo(RichPlans.everyField());
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(ProblemSeverity.WARNING);
      assertThat(p.code()).isEqualTo("json.unknown-field");
      assertThat(p.location()).isEqualTo(new InputLocation("plan.json", at[0], at[1], Optional.of("/orientations/0/couleur")));
      assertThat(p.message()).contains("'couleur'").contains("{\"fond\":[1,2]}");
    });
  }

  @Test
  void unknownFieldsAreRejectedWhenAsked() {
    String json = richJson().replace("\"principle\": ", "\"couleur\": \"bleu\",\n      \"principle\": ");

    assertThatThrownBy(() -> read(json, REJECT))
        .isInstanceOfSatisfying(SchemaReadException.class, e -> {
          assertThat(e.location().jsonPointer()).contains("/orientations/0/couleur");
          assertThat(e.problem()).isEqualTo("unknown field 'couleur' in an orientation");
        });
  }

  @Test
  void aForeignSchemaIdIsAWarning() {
    String json = richJson().replace(PlanJson.SCHEMA_ID, "https://example.org/other.json");

    ReadResult result = read(json, ReadOptions.defaults());

    assertThat(result.problems()).extracting(ReadProblem::code).containsExactly("json.foreign-schema");
  }

  @Test
  void decimalsAreReadExactlyAndAbsurdMagnitudesRefused() {
    String json = "{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"t\", \"orientations\": [{\"code\": \"1\","
        + " \"title\": \"o\", \"kind\": \"unspecified\", \"fiches\": [{\"number\": \"1\", \"title\": \"f\","
        + " \"indicators\": [{\"id\": \"i\", \"label\": \"l\", \"measurements\": [{\"period\": \"2019\","
        + " \"value\": VALUE}]}]}]}]}";

    Schema plan = read(json.replace("VALUE", "0.1000000000000000055511151231257827"), ReadOptions.defaults()).schema();
    assertThat(plan.indicators().get(0).measurements().get(0).value())
        .contains(new BigDecimal("0.1000000000000000055511151231257827"));
    assertThat(plan.indicators().get(0).measurements().get(0).period()).isEqualTo(CalendarPeriod.year(2019));

    SchemaReadException e = failure(json.replace("VALUE", "1e999999999"));
    assertThat(e.problem()).contains("number out of range");
    assertThat(e.location().jsonPointer()).contains("/orientations/0/fiches/0/indicators/0/measurements/0/value");
  }

  @Test
  void optionsFillWhatTheDocumentDoesNotSay() {
    String json = "{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"t\", \"orientations\": []}";
    ReadOptions options = ReadOptions.builder()
        .planId("orne-2017-2021")
        .period(new org.schemadepartemental.core.YearRange(2017, 2021))
        .build();

    Schema plan = read(json, options).schema();

    assertThat(plan.id()).isEqualTo("orne-2017-2021");
    assertThat(plan.period()).contains(new org.schemadepartemental.core.YearRange(2017, 2021));
  }
}
