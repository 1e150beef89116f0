package org.schemadepartemental.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void withNoPlanTheBundledExampleGivesTheIllustrativeDashboard() throws IOException {
    Path out = dir.resolve("report.html");
    CliRunner.Run run = CliRunner.run("report", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("schema: wrote " + out);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"illustrative\"")
        .contains("Situation au</dt><dd>31/12/2019</dd>")
        .contains("Suivi examples/orne-illustrative/review.json (bundled example) : 2 revue(s) ajoutée(s)")
        .contains("Mesures examples/orne-illustrative/measurements.csv (bundled example) : 35 ligne(s) appliquée(s) sur 35.")
        .contains("<article class=\"card\" data-indicator=\"fa-6.i2\"");
    assertThat(Files.getPosixFilePermissions(out).toString()).contains("OTHERS_READ");
  }

  @Test
  void oneInputWithoutOutputGoesToStandardOutputAsOfTheDateGiven() {
    CliRunner.Run run = CliRunner.run("report", "--as-of", "30/06/2020");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Situation au</dt><dd>30/06/2020</dd>");
    CliRunner.Run bad = CliRunner.run("report", "--as-of", "2020-13-01");
    assertThat(bad.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(bad.err()).contains("--as-of '2020-13-01': expected a date such as 2019-12-31 or 31/12/2019");
  }

  @Test
  void measurementRowsThatDoNotFitAreReportedWithTheirLines() throws IOException {
    Path csv = dir.resolve("mesures.csv");
    Files.writeString(csv, "indicatorId,period,value\nfa-1.i1,2020,17\nfa-99.i1,2020,3\nfa-1.i1,2035,4\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("r.html");
    CliRunner.Run run = CliRunner.run("report", "--measurements", csv.toString(), "--as-of", "2020-12-31",
        "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(csv + ":3: error: no indicator 'fa-99.i1' in plan orne-2017-2021")
        .contains(csv + ":4: error:").contains("2 of 3 measurement rows not applied");
    String html = Files.readString(out);
    assertThat(html).contains("1 ligne(s) appliquée(s) sur 3").contains("fa-99.i1");
  }

  @Test
  void aBatchWritesOnePagePerPlanAndSummarisesItsFailures() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    try (InputStream in = ReportCommandTest.class.getResourceAsStream(PlanInputs.BUNDLED_PLAN)) {
      Files.copy(in, plans.resolve("orne.txt"));
    }
    Files.writeString(plans.resolve("broken.json"), "{\"formatVersion\": 1, \"id\": ", StandardCharsets.UTF_8);
    Path outDir = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("report", plans.toString(), "-o", outDir.toString());
    assertThat(run.exitCode()).isEqualTo(CliException.FAILED);
    assertThat(run.err()).contains("schema: 1 of 2 inputs failed:").contains("broken.json");
    String html = Files.readString(outDir.resolve("orne.html"));
    // A plan of one's own is not illustrative: no bundled follow-up, no banner.
    assertThat(html).contains("<h1>Schéma départemental de l&#39;enfance et de la famille 2017-2021</h1>")
        .doesNotContain("id=\"illustrative\"");
    assertThat(Files.exists(outDir.resolve("broken.html"))).isFalse();

    CliRunner.Run noFolder = CliRunner.run("report", plans.toString());
    assertThat(noFolder.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(noFolder.err()).contains("several inputs need -o FOLDER");
  }
}
