package org.schemadepartemental.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {

  @TempDir Path dir;

  @Test
  void withNoPlanTheBundledExampleIsSummarisedAndMarkedIllustrative() {
    CliRunner.Run r = CliRunner.run("indicators", "--as-of", "2020-06-30");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Orne (61)")
        .contains("as of 2020-06-30")
        .contains("[schedule-status]")
        .contains("[progress]")
        .contains("[target-attainment]");
    assertThat(r.err()).contains("illustrative data").contains("placement:");
  }

  @Test
  void jsonGivesEveryResultWithItsScopeAndNoFailure() throws Exception {
    CliRunner.Run r = CliRunner.run("indicators", "--as-of", "2019-07-01", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.toString()).contains("schedule-status").contains("progress").contains("fa-1");
    assertThat(root.toString()).doesNotContain("\"failed\":true");
  }

  @Test
  void onlyTheNamedCalculatorsRunAndAnUnknownOneIsAUsageError() {
    CliRunner.Run r = CliRunner.run("indicators", "--as-of", "2019-07-01", "--csv", "-c", "progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("progress,"));

    CliRunner.Run bad = CliRunner.run("indicators", "-c", "no-such-calculator");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("no-such-calculator").contains("progress");
  }

  @Test
  void listShowsEveryBuiltInCalculatorWithItsOrigin() {
    CliRunner.Run r = CliRunner.run("indicators", "--list");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("schedule-status", "progress", "calendar-load", "indicator-coverage",
        "target-attainment", "trends", "ratios", "actors", "review-comparison").contains("from ");
  }

  @Test
  void outputFileIsWrittenWholeAndABadDateLeavesItUntouched() throws Exception {
    Path out = dir.resolve("results.json");
    assertThat(CliRunner.run("indicators", "--as-of", "2020-06-30", "--json", "-o", out.toString()).exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(out.toFile()).isObject()).isTrue();
    String before = Files.readString(out);
    CliRunner.Run bad = CliRunner.run("indicators", "--as-of", "30 juin", "--json", "-o", out.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("expected a date");
    assertThat(Files.readString(out)).isEqualTo(before);
  }
}
