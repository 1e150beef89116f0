package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;

class SummaryRendererTest {
  private static final EvaluationContext AS_OF = EvaluationContext.asOf(LocalDate.of(2020, 6, 30));

  private static IndicatorReport report(Schema plan) {
    return CalculatorRegistry.builder().register(new TestCalculators.Throwing()).register(new TestCalculators.FicheCount())
        .build().runAll(plan, AS_OF);
  }

  private static String expected(String resource) throws IOException {
    try (InputStream in = SummaryRendererTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSummaryOfTheOrneLikePlanAsOfMid2020() throws IOException {
    Schema plan = Plans.orneReviewed();
    String text = SummaryRenderer.standard().render(plan, report(plan));
    assertThat(text).isEqualTo(expected("/summary-orne-2020-06-30.txt"));
  }

  @Test
  void sectionsComeInTheCommitteesOrderWithPluginsAndFailuresLast() {
    Schema plan = Plans.orneReviewed();
    List<String> headings = SummaryRenderer.standard().render(plan, report(plan)).lines()
        .filter(l -> l.endsWith("]") || l.equals("Failed calculators")).toList();
    assertThat(headings).containsExactly("Schedule [schedule-status]", "Progress [progress]",
        "Review comparison [review-comparison]", "Target attainment [target-attainment]", "Trends (latest change) [trends]",
        "Ratios and formulas (latest period) [ratios]", "Indicator coverage and quality [indicator-coverage]",
        "Calendar load (sous-actions planned per semester) [calendar-load]", "Actors [actors]", "Number of fiches [fiche-count]",
        "Failed calculators");
  }

  @Test
  void listsStopAfterTheMaximumAndColumnsAreAligned() {
    Schema plan = Plans.orneReviewed();
    String text = SummaryRenderer.standard().withMaxItems(2).render(plan, report(plan));
    assertThat(text).contains("  Late (6):\n"
        + "    FA 7  Elaboration d'une convention CPO/ASE          grid 2018-S2…2019-S2 (3 semesters)\n"
        + "    FA 7  Nouvelle Commission des situations complexes  grid 2018-S1…2019-S1 (3 semesters)\n"
        + "    … and 4 more\n");
    List<String> table = text.lines().dropWhile(l -> !l.startsWith("  Orientation ")).limit(3).toList();
    int statusColumn = table.get(0).indexOf("Status");
    assertThat(table).allSatisfy(l -> assertThat(l.charAt(statusColumn - 1)).isEqualTo(' '));
    assertThat(table.get(1).substring(statusColumn)).startsWith("late");
  }

  @Test
  void aReportOverAnotherPlanFallsBackOnIds() {
    IndicatorReport report = report(Plans.orneReviewed());
    Schema other = Schema.builder("autre", "Autre plan").build();
    String text = SummaryRenderer.standard().render(other, report);
    assertThat(text).startsWith("Schéma enfance famille de l'Orne\n").contains("fa-10").doesNotContain("FA 10");
  }
}
