package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;

/**
 * A field given twice in an object is refused, at the second name, however many fields the
 * object has (the reader checks names with a bit per hash code, then by scanning, then by
 * hashing once an object has many fields); distinct names are never taken for one another, even
 * when their hash codes agree.
 */
class JsonDuplicateFieldProperties {

  private static final String MEASUREMENT = "/orientations/0/fiches/0/indicators/0/measurements/0";

  @Provide
  Arbitrary<List<String>> fieldNames() {
    // Short names over a small alphabet: their hash codes often share the six low bits.
    return Arbitraries.strings().withChars("abAB_9").ofMinLength(1).ofMaxLength(4).map(name -> "x" + name)
        .list().uniqueElements().ofMaxSize(80);
  }

  @Property(tries = 200, seed = "20250108")
  void distinctUnknownFieldsAreEachReported(@ForAll("fieldNames") List<String> names) {
    ReadResult result = read(measurementWith(names, ""));

    assertThat(result.problems()).hasSize(names.size());
    assertThat(result.schema().fiches().get(0).indicators().get(0).measurements()).hasSize(1);
  }

  @Property(tries = 200, seed = "20250109")
  void aNameGivenAgainIsRefusedAtItsSecondOccurrence(@ForAll("fieldNames") List<String> names,
      @ForAll @IntRange(min = 0, max = 100) int pick) {
    String again = names.isEmpty() || pick == 100 ? "period" : names.get(pick % names.size());
    String json = measurementWith(names, "\"" + again + "\": \"2020\", ");
    String before = json.substring(0, json.lastIndexOf("\"" + again + "\""));
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');

    SchemaReadException e = catchThrowableOfType(() -> read(json), SchemaReadException.class);

    assertThat(e).as("a duplicate refused").isNotNull();
    assertThat(e.problem()).isEqualTo("Duplicate field '" + again + "' in a measurement: one of its values would be lost");
    assertThat(e.location()).isEqualTo(new InputLocation("plan.json", line, column, Optional.of(MEASUREMENT + "/" + again)));
  }

  @Test
  void namesWithTheSameHashCodeAreDistinctFields() {
    assertThat("xAa".hashCode()).isEqualTo("xBB".hashCode());

    ReadResult result = read(measurementWith(List.of("xAa", "xBB"), ""));

    assertThat(result.problems()).hasSize(2);
  }

  /** A plan whose only measurement has these unknown fields, one per line, and {@code extra} after them. */
  private static String measurementWith(List<String> names, String extra) {
    List<String> fields = new ArrayList<>();
    for (String name : names) {
      fields.add("\"" + name + "\": 1,\n");
    }
    return "{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"Plan\", \"orientations\": [{\"code\": \"1\", \"title\": \"Axe\",\n"
        + "\"fiches\": [{\"number\": \"1\", \"title\": \"Fiche\", \"indicators\": [{\"id\": \"fa-1.i1\", \"label\": \"Bilans\",\n"
        + "\"measurements\": [{\"period\": \"2019\",\n" + String.join("", fields) + extra + "\"value\": 3}]}]}]}]}";
  }

  private static ReadResult read(String json) {
    return new JsonFormatProvider().reader().orElseThrow().read(DocumentSource.ofText("plan.json", json), ReadOptions.defaults());
  }
}
