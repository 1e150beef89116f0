package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.SchemaReadException;

/** A grid's mark that is not a semester is refused where it stands (its location is computed only then). */
class JsonSemesterErrorTest {

  @Test
  void aYearAmongTheSemestersIsRefusedWithItsLocation() {
    String json = "{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"Plan\", \"orientations\": [\n"
        + "{\"code\": \"1\", \"title\": \"Axe\", \"fiches\": [{\"number\": \"1\", \"title\": \"Fiche\",\n"
        + "\"calendar\": {\"form\": \"grid\", \"semesters\": [\"2019-S1\", \"2019\"]}}]}]}";
    SchemaReadException e = catchThrowableOfType(() -> new JsonFormatProvider().reader().orElseThrow()
        .read(DocumentSource.ofText("plan.json", json), ReadOptions.defaults()), SchemaReadException.class);
    assertThat(e.getMessage()).contains("not a semester: \"2019\"").contains("2019-S1 or 2019-S2");
    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.location().column()).isEqualTo(55);
    assertThat(e.location().jsonPointer()).contains("/orientations/0/fiches/0/calendar/semesters/1");
  }
}
