package org.schemadepartemental.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.Schema;

/** The five lines of docs/formats.md, compiled and run as written there. */
class FiveLinesTest {

  @Test
  void readAndWriteInFiveLines(@TempDir Path dir) {
    Path planJson = dir.resolve("plan.json");
    Path planCsv = dir.resolve("plan.csv");
    FormatRegistry.discover().write(RichPlans.everyField(), planJson);

    // --- as in docs/formats.md
    FormatRegistry formats = FormatRegistry.discover();   // json, csv and every plugin on the class path
    ReadResult result = formats.read(planJson);           // format detected from content and name
    result.problems().forEach(System.err::println);       // plan.json:12:17#/orientations/0/…: warning: …
    Schema plan = result.schema();
    formats.write(plan, planCsv);                         // format from the extension, written atomically
    // ---

    assertThat(plan).isEqualTo(RichPlans.everyField());
    assertThat(formats.read(planCsv).schema().fiches()).extracting(f -> f.title())
        .containsExactly("Prévenir les ruptures de parcours", "=Fiche sans sous-action");
  }
}
