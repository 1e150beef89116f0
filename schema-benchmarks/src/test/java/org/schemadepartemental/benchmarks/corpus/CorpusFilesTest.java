package org.schemadepartemental.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.io.FormatRegistry;

/** The corpus on disk: every format, in plan order, with a manifest the report trusts. */
class CorpusFilesTest {

  @Test
  void writesEveryFormatInPlanOrderWithItsManifest(@TempDir Path dir) throws Exception {
    CorpusFiles files = CorpusFiles.at(dir);
    CorpusStats stats = files.write(NationalCorpus.DEFAULT_SEED, 2, LayoutSampleTest.SEEDS);

    List<Path> json = files.files("json", 2);
    assertThat(json).extracting(p -> p.getFileName().toString()).containsExactly("000-01.json", "001-02.json");
    assertThat(FormatRegistry.discover().read(json.get(1), "json").schema())
        .isEqualTo(NationalCorpus.plan(NationalCorpus.DEFAULT_SEED, 1));
    assertThat(files.files("csv-measurements", 2)).hasSize(2);
    assertThat(files.files("markdown", 2)).hasSize(2);
    for (LayoutSample layout : LayoutSample.values()) {
      assertThat(Files.size(files.layout(layout, 100))).isGreaterThan(90 * Files.size(files.layout(layout, 1)));
    }
    assertThat(FormatRegistry.discover().read(files.smallPlan(), "json").schema().fiches()).hasSize(3);

    JsonNode manifest = new ObjectMapper().readTree(files.manifest().toFile());
    assertThat(manifest.path("stats").path("measurements").asLong()).isEqualTo(stats.measurements());
    long rows = Files.readAllLines(files.files("csv-measurements", 2).get(0)).size() - 1;
    assertThat(manifest.path("csvMeasurementRows").get(0).asLong()).isEqualTo(rows);
    assertThatThrownBy(() -> files.files("json", 3)).hasMessageContaining("generate the corpus first");
  }
}
