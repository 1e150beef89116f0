package fr.pasdecalais.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.testkit.ReaderSample;

/** Territorial coverage of the Pas-de-Calais plan, as its follow-up committee would read it. */
class TerritorialCoverageCalculatorTest {

  private static final Schema PLAN = new PasDeCalaisReviewFormat().reader().orElseThrow()
      .read(ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt").source(), ReadOptions.defaults()).schema();
  private static final TerritorialCoverageCalculator COVERAGE = new TerritorialCoverageCalculator();

  @Test
  void atTheReviewDateAPilotedGroupDueIn2013Covers() {
    List<IndicatorResult> results = COVERAGE.calculate(PLAN, EvaluationContext.asOf(LocalDate.of(2012, 12, 31)));

    assertThat(status(results, "Axe 1", "ARRAGEOIS")).isEqualTo("COVERED");
    assertThat(explanation(results, "Axe 1", "ARRAGEOIS"))
        .contains("« Développer et soutenir l’aide a la parentalité » : pilotage Maison du Département Solidarité");
    // Piloted, but "A définir" as deadline: not covered.
    assertThat(status(results, "Axe 2", "ARTOIS")).isEqualTo("INCOMPLETE");
    // Pilotage "A définir": not covered either.
    assertThat(status(results, "Axe 1", "CommunAupôle LENS/LIEVIN")).isEqualTo("INCOMPLETE");
    assertThat(status(results, "Axe 2", "ARRAGEOIS")).isEqualTo("NO_GROUP");
    assertThat(explanation(results, "Axe 2", "ARRAGEOIS")).contains("1 mention(s)");
  }

  @Test
  void countsAndRatesPerAxisAndForThePlan() {
    List<IndicatorResult> results = COVERAGE.calculate(PLAN, EvaluationContext.asOf(LocalDate.of(2012, 12, 31)));

    // Axe 1: ARRAGEOIS (2013), ARTOIS (2013) and BOULONNAIS (début juin 2013) have a piloted, dated group.
    assertThat(number(results, TerritorialCoverageCalculator.COVERED, Optional.of("Axe 1"))).isEqualTo("3");
    assertThat(number(results, TerritorialCoverageCalculator.RATE, Optional.of("Axe 1"))).isEqualTo("33.3");
    // Axe 2: no territory has both.
    assertThat(number(results, TerritorialCoverageCalculator.COVERED, Optional.of("Axe 2"))).isEqualTo("0");
    // 45 pairs (5 axes, 9 territories): Axe 1: 3, Axe 2: 0, Axe 3: ARRAGEOIS, Axe 4: ARRAGEOIS, Axe 5: ARRAGEOIS, BOULONNAIS.
    assertThat(number(results, TerritorialCoverageCalculator.RATE, Optional.empty())).isEqualTo("15.6");
  }

  @Test
  void aDeadlinePassedMakesTheGroupOverdue() {
    List<IndicatorResult> results = COVERAGE.calculate(PLAN, EvaluationContext.asOf(LocalDate.of(2014, 3, 1)));

    assertThat(status(results, "Axe 1", "ARRAGEOIS")).isEqualTo("OVERDUE");
    // Its second group on axis 5 is due in 2014.
    assertThat(status(results, "Axe 5", "ARRAGEOIS")).isEqualTo("COVERED");
  }

  @Test
  void theRegistryRunsItWithTheBuiltIns() {
    CalculatorRegistry calculators = CalculatorRegistry.builder().strict(true).build();
    assertThat(calculators.ids()).contains(TerritorialCoverageCalculator.ID, "progress");

    IndicatorReport report = calculators.run(PLAN, EvaluationContext.asOf(LocalDate.of(2012, 12, 31)),
        List.of(TerritorialCoverageCalculator.ID));

    assertThat(report.runs()).singleElement().satisfies(run -> assertThat(run.results()).noneMatch(IndicatorResult::isFailure));
  }

  private static IndicatorResult result(List<IndicatorResult> results, String axis, String territory) {
    return results.stream().filter(r -> r.metric().equals(TerritorialCoverageCalculator.STATUS)
        && r.scope().orientation().equals(Optional.of(axis)) && r.scope().territory().equals(Optional.of(territory)))
        .findFirst().orElseThrow();
  }

  private static String status(List<IndicatorResult> results, String axis, String territory) {
    return result(results, axis, territory).code().orElseThrow();
  }

  private static String explanation(List<IndicatorResult> results, String axis, String territory) {
    return result(results, axis, territory).explanation();
  }

  private static String number(List<IndicatorResult> results, String metric, Optional<String> axis) {
    return results.stream().filter(r -> r.metric().equals(metric) && r.scope().orientation().equals(axis)
        && r.scope().territory().isEmpty()).findFirst().orElseThrow().decimal().orElseThrow().toPlainString();
  }
}
