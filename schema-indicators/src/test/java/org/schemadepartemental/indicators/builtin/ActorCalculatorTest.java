package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.Plans;
import org.schemadepartemental.indicators.ScopeLevel;

class ActorCalculatorTest {
  private final ActorCalculator calculator = new ActorCalculator();

  private static Map<String, String> perActor(List<IndicatorResult> r, String metric) {
    return r.stream().filter(x -> x.metric().equals(metric))
        .collect(Collectors.toMap(x -> x.scope().subjectId(), x -> x.value().display()));
  }

  @Test
  void countsFichesPerPilotAndPartnerRecognisingTheSameActorWrittenDifferently() {
    Fiche withoutPilot = Fiche.builder("12", "Sans pilote").addPartner(Actor.named("EDUCATION  NATIONALE")).build();
    Fiche education = Fiche.builder("8", "Scolarité").addPilot(Actor.named("Conseil départemental"))
        .addPartner(Actor.named("Éducation nationale")).build();
    Schema plan = Plans.orne().toBuilder()
        .addOrientation(Orientation.builder("5", "Autre").addFiche(withoutPilot, education).build()).build();
    List<IndicatorResult> r = calculator.calculate(plan, EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));

    assertThat(perActor(r, ActorCalculator.PILOTED)).containsEntry("CONSEIL DEPARTEMENTAL", "4").containsEntry("ARS", "1")
        .containsEntry("EDUCATION NATIONALE", "0");
    assertThat(perActor(r, ActorCalculator.PARTNERED)).containsEntry("EDUCATION NATIONALE", "2").containsEntry("ARS", "1")
        .containsEntry("CONSEIL DEPARTEMENTAL", "0");
    // Partners only; ARS pilots FA 7, so it is not one. Names as first printed.
    assertThat(perActor(r, ActorCalculator.NEVER_PILOT)).containsEntry("EDUCATION NATIONALE", "EDUCATION  NATIONALE")
        .containsEntry("CPAM", "CPAM").doesNotContainKey("ARS");
    assertThat(perActor(r, ActorCalculator.NO_PILOT)).containsOnlyKeys("fa-12");
    IndicatorResult cd = r.stream().filter(x -> x.metric().equals(ActorCalculator.PILOTED)).findFirst().orElseThrow();
    assertThat(cd.scope().level()).isEqualTo(ScopeLevel.ACTOR);
    assertThat(cd.explanation()).isEqualTo("Conseil départemental pilots 4 fiche(s): FA 7, FA 10, FA 11, FA 8");
    Map<String, String> plan2 = r.stream().filter(x -> x.scope().level() == ScopeLevel.PLAN)
        .collect(Collectors.toMap(IndicatorResult::metric, x -> x.value().display()));
    assertThat(plan2).containsEntry("fiches-without-pilot", "1").containsEntry("actors", "12")
        .containsEntry("partners-never-piloting", "10");
  }
}
