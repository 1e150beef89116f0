package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.FormatRegistry;

/** The quick start of docs/indicators.md, line for line (printing to a stream instead of System.out). */
class QuickStartTest {
  @TempDir
  Path dir;

  private static void quickStart(Path planJson, PrintStream out) {
    Schema plan = FormatRegistry.discover().read(planJson).schema();
    CalculatorRegistry calculators = CalculatorRegistry.discover();          // the nine built-ins and every plugin
    IndicatorReport report = calculators.runAll(plan, EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
    out.print(SummaryRenderer.standard().render(plan, report));             // the text summary below
    ResultsJson.write(report, out);                                          // every result, as JSON
  }

  @Test
  void theQuickStartReadsAPlanAndPrintsItsSummaryThenItsJson() {
    Path planJson = dir.resolve("orne-2017-2021.json");
    FormatRegistry.discover().write(Plans.orneReviewed(), planJson);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    quickStart(planJson, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("Schéma enfance famille de l'Orne\n")
        .contains("Schedule [schedule-status]\n  Plan: late — sous-actions: 6 late, 6 running, 1 done\n")
        .contains("\"formatVersion\" : 1");
    String json = out.substring(out.indexOf("{\n"));
    assertThat(ResultsJson.read(json, "stdout").runs()).hasSize(9);
  }
}
