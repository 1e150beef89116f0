package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.SchemaReadException;

/**
 * An error about an object as a whole (a missing field, a rule of the model) is reported at the
 * object's opening brace, exact to the column, wherever the object stands: the reader keeps no
 * location object per object read, so this checks the start it recovers once the object is read.
 */
class JsonObjectErrorLocationTest {

  private static final String HEAD = "{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"Plan\", \"orientations\": [\n"
      + "  {\"code\": \"1\", \"title\": \"Axe\", \"fiches\": [{\"number\": \"1\", \"title\": \"Fiche\", \"indicators\": [\n"
      + "    {\"id\": \"fa-1.i1\", \"label\": \"Bilans\", \"targets\": [{\"value\": 3, \"type\": \"final\"}],\n";
  private static final String TAIL = "}]}]}]}";
  private static final String INDICATOR = "/orientations/0/fiches/0/indicators/0";

  static Stream<Arguments> objectErrors() {
    return Stream.of(
        // An element of an array, after siblings and before another.
        Arguments.of(HEAD + "     \"measurements\": [{\"period\": \"2019\", \"value\": 1}, {\"period\": \"2020\", \"value\": 2},\n"
            + "        MARK{\"value\": 3}, {\"period\": \"2021\", \"value\": 4}]" + TAIL,
            INDICATOR + "/measurements/2", "missing field 'period' in a measurement"),
        // A rule of the model broken by the last element of an array.
        Arguments.of(HEAD + "     \"measurements\": [{\"period\": \"2019\", \"value\": 1},\n  MARK{\"period\": \"2020\"}]" + TAIL,
            INDICATOR + "/measurements/1",
            "invalid a measurement: a measurement needs a value, a numerator/denominator or a text"),
        // The value of a field, after an array and an object read in the same parent.
        Arguments.of(HEAD + "     \"measurements\": [{\"period\": \"2019\", \"value\": 1}], \"location\": {\"source\": \"a\","
            + " \"firstLine\": 1, \"lastLine\": 2},\n     \"baseline\":   MARK{\"period\": \"2017\"}" + TAIL,
            INDICATOR + "/baseline", "missing field 'value' in a baseline"),
        // The plan itself, after blank lines.
        Arguments.of("\n\n   MARK{\"formatVersion\": 1, \"id\": \"p\", \"orientations\": []}", "",
            "missing field 'title' in a plan"),
        // An object whose error is raised by the reader's own rule, not the model's.
        Arguments.of(HEAD + "     \"measurements\": []}], \"sousActions\": [{\"id\": \"fa-1.sa1\", \"title\": \"Sous-action\",\n"
            + "  \"calendar\": MARK{\"form\": \"grid\", \"start\": \"2017-S1\", \"semesters\": [\"2018-S1\"]}}]}]}]}",
            "/orientations/0/fiches/0/sousActions/0/calendar", "a grid's start and end must be its first and last semesters"));
  }

  @ParameterizedTest
  @MethodSource("objectErrors")
  void isLocatedAtTheObjectsBraceReadFromBytes(String marked, String pointer, String problem) {
    assertLocatedAtTheMark(marked, pointer, problem, ReadOptions.defaults());
  }

  @ParameterizedTest
  @MethodSource("objectErrors")
  void isLocatedAtTheObjectsBraceReadInAGivenCharset(String marked, String pointer, String problem) {
    assertLocatedAtTheMark(marked, pointer, problem, ReadOptions.builder().charset(StandardCharsets.UTF_8).build());
  }

  private static void assertLocatedAtTheMark(String marked, String pointer, String problem, ReadOptions options) {
    int offset = marked.indexOf("MARK");
    String json = marked.replace("MARK", "");
    String before = json.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = offset - before.lastIndexOf('\n');

    SchemaReadException e = catchThrowableOfType(() -> new JsonFormatProvider().reader().orElseThrow()
        .read(DocumentSource.ofText("plan.json", json), options), SchemaReadException.class);

    assertThat(e).as("an error").isNotNull();
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.location()).isEqualTo(new InputLocation("plan.json", line, column, Optional.of(pointer)));
  }
}
