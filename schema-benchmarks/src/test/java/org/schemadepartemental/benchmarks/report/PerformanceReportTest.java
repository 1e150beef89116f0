package org.schemadepartemental.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report: ratios to the baselines, goals met or missed by how much, from the run's files. */
class PerformanceReportTest {

  private static String run(String benchmark, String params, double score, double error) {
    return "{\"benchmark\":\"org.schemadepartemental.benchmarks.jmh." + benchmark + "\",\"params\":{" + params + "},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scorePercentiles\":{\"50.0\":"
        + score + "},\"rawData\":[[" + score + "," + score + "," + score + "]]}}";
  }

  @Test
  void ratiosAndGoalsComeFromTheFigures(@TempDir Path dir) throws Exception {
    Path results = Files.createDirectories(dir.resolve("results"));
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(results.resolve("jmh-read.json"), "[" + String.join(",",
        run("JsonReadBenchmark.model", "\"plans\":\"101\"", 900, 9),
        run("JsonReadBenchmark.tokenScan", "\"plans\":\"101\"", 300, 3),
        run("JsonReadBenchmark.readTree", "\"plans\":\"101\"", 450, 0),
        run("CalculatorBenchmark.runAll", "\"plans\":\"101\"", 1800, 0),
        run("MeasurementCsvBenchmark.model", "\"plans\":\"101\"", 500, 0),
        run("MeasurementCsvBenchmark.stringArrays", "\"plans\":\"101\"", 100, 0),
        run("DocumentImportBenchmark.read", "\"layout\":\"plan-review\",\"times\":\"1\"", 10, 0),
        run("DocumentImportBenchmark.read", "\"layout\":\"plan-review\",\"times\":\"10\"", 100, 0),
        run("DocumentImportBenchmark.read", "\"layout\":\"plan-review\",\"times\":\"100\"", 1300, 0)) + "]");
    Files.writeString(results.resolve("memory.jsonl"), "{\"mode\":\"model\",\"plans\":101,\"bytes\":2000,\"measurements\":10}\n"
        + "{\"mode\":\"tree\",\"plans\":101,\"bytes\":4000,\"measurements\":10}\n");
    Files.writeString(results.resolve("environment.properties"), "command=benchmarks/run\nunderLoad=yes\nloadBefore=3.1\nothersCpuPercent=42.0\ncores=2\n");
    Files.writeString(corpus.resolve("manifest.json"), "{\"layouts\":{\"plan-review-1x.txt\":1000000,"
        + "\"plan-review-10x.txt\":10000000,\"plan-review-100x.txt\":100000000},\"csvMeasurementRows\":[1000]}");
    Path out = dir.resolve("performance.md");

    PerformanceReport.main(new String[] {results.toString(), corpus.toString(), dir.resolve("none.md").toString(),
        out.toString()});

    String md = Files.readString(out);
    assertThat(md).contains("**Measured under load.**")
        .contains("other processes took 42.0 % of the CPU of the 2 cores")
        .contains("| CPU taken by other processes during the run | 42.0 % |")
        .contains("| read JSON ÷ token scan | 3.00× ± 0.04 [3.00×] | ≤ 3× | yes |")
        .contains("| read JSON ÷ readTree | 2.00× ± 0.02 [2.00×] | ≤ 1.5× | **no**: 33 % over |")
        .contains("| all calculators ÷ reading the JSON | 2.00× ± 0.02 [2.00×] | ≤ 1× | **no**: 100 % over |")
        .contains("| CSV measurements rows/s ÷ Jackson CSV rows/s | 0.20 ± ? | ≥ 1/3 (0.33) | **no**: 60 % of the goal |")
        .contains("| import plan-review: time per MB, largest ÷ smallest of 1×, 10×, 100× | 1.30 (100× ÷ 1×: 1.30) | ≤ 1.25 | **no**: 30 % apart, the 100× document the dearest per MB: a step grows faster than the size |")
        .contains("| retained heap, model ÷ JsonNode trees | 0.50× (200 B per measurement) | ≤ 1× | yes |")
        .contains("| write JSON ÷ JsonNode write | — | ≤ 1.5× | — |");
  }
}
