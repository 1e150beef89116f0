package org.schemadepartemental.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

  @TempDir Path dir;

  @Test
  void theReviewOfTheBundledExampleGoesToStandardOutputInMarkdown() {
    CliRunner.Run run = CliRunner.run("review", "--year", "2019");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# Bilan 2019 — Schéma départemental de l'enfance et de la famille 2017-2021\n")
        .contains("> **Données illustratives** — le plan est celui de l'Orne tel que publié")
        .contains("#### Perspectives 2020").contains("## Sous-actions en retard au 31/12/2019");
  }

  @Test
  void theFormatFollowsTheOutputsExtensionOrTheFormatOption() throws IOException {
    Path html = dir.resolve("bilan.html");
    assertThat(CliRunner.run("review", "--year", "2019", "-o", html.toString()).exitCode()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
        .contains("<h1>Bilan 2019 — Schéma départemental");
    Path other = dir.resolve("bilan.txt");
    assertThat(CliRunner.run("review", "--year", "2019", "--format", "html", "-o", other.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(other)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void aMissingOrImplausibleYearIsAUsageError() {
    CliRunner.Run missing = CliRunner.run("review");
    assertThat(missing.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(missing.err()).contains("--year");
    CliRunner.Run old = CliRunner.run("review", "--year", "1850");
    assertThat(old.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(old.err()).contains("--year 1850: expected a year such as 2019");
    CliRunner.Run format = CliRunner.run("review", "--year", "2019", "--format", "pdf");
    assertThat(format.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(format.err()).contains("--format 'pdf': expected md or html");
  }
}
