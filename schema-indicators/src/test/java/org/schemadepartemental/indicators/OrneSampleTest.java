package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;

/** The calculators on the Orne plan as schema-io's action-plan importer reads it (a copy of examples/seeds). */
class OrneSampleTest {

  private static Schema orne() throws IOException {
    try (InputStream in = OrneSampleTest.class.getResourceAsStream("/orne-plan-2017-2021.txt")) {
      DocumentSource source = DocumentSource.of("orne-plan-2017-2021.txt", in.readAllBytes());
      return FormatRegistry.discover().read(source, "action-plan", ReadOptions.defaults()).schema();
    }
  }

  @Test
  void asOfJuly2019WithoutReviewTheSousActionsWhoseGridEndedAreLate() throws IOException {
    Schema plan = orne();
    IndicatorReport report = CalculatorRegistry.discover().run(plan, EvaluationContext.asOf(LocalDate.of(2019, 7, 1)),
        List.of(ScheduleStatusCalculator.ID));
    List<String> late = report.results(ScheduleStatusCalculator.ID, ScheduleStatusCalculator.STATUS).stream()
        .filter(r -> r.code().filter("LATE"::equals).isPresent())
        .map(r -> r.scope().subjectId()).toList();
    // Grids of examples/seeds/orne-plan-2017-2021.txt whose last marked semester is 2019-S1 or earlier.
    assertThat(late).contains("fa-4.sa1", "fa-4.sa2", "fa-4.sa4", "fa-7.sa2", "fa-10.sa1", "fa-10.sa4", "fa-11.sa4",
        "fa-12.sa6", "fa-12.sa7");
    // Fiches and orientations containing them are late; the others are running.
    assertThat(late).contains("fa-4", "fa-7", "fa-10", "fa-11", "fa-12", "2", "3", "4", plan.id())
        .doesNotContain("fa-1", "fa-2", "1");
  }

  @Test
  void everyCalculatorRunsOnTheImportedPlanAndTheSummaryNamesItsFiches() throws IOException {
    Schema plan = orne();
    IndicatorReport report = CalculatorRegistry.discover().runAll(plan, EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
    assertThat(report.failures()).isEmpty();
    assertThat(Formulas.validate(plan)).isEmpty();
    String summary = SummaryRenderer.standard().render(plan, report);
    assertThat(summary).contains("FA 12  Adapter l'offre de service actuelle").contains("  Late (29):");
    assertThat(ResultsJson.read(ResultsJson.write(report), "orne")).isEqualTo(report);
  }
}
