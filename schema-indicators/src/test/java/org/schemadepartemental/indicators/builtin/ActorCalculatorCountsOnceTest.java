package org.schemadepartemental.indicators.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;

/** An actor written twice in one fiche counts that fiche once; equal fiches are still two fiches. */
class ActorCalculatorCountsOnceTest {

  @Test
  void anActorNamedTwiceInAFicheCountsItOnce() {
    Fiche twice = Fiche.builder("1", "Accueil").addPilot(Actor.named("ASE"), Actor.named("Ase"))
        .addPartner(Actor.named("CAF"), Actor.named("Caf")).build();
    Fiche other = Fiche.builder("2", "Prévention").addPilot(Actor.named("ASE")).build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe").addFiche(twice, other).build())
        .build();
    List<IndicatorResult> r = new ActorCalculator().calculate(plan, EvaluationContext.asOf(LocalDate.of(2020, 1, 1)));

    IndicatorResult ase = r.stream().filter(x -> x.metric().equals(ActorCalculator.PILOTED)
        && x.scope().subjectId().equals("ASE")).findFirst().orElseThrow();
    assertThat(ase.value().display()).isEqualTo("2");
    assertThat(ase.explanation()).isEqualTo("ASE pilots 2 fiche(s): FA 1, FA 2");
    IndicatorResult caf = r.stream().filter(x -> x.metric().equals(ActorCalculator.PARTNERED)
        && x.scope().subjectId().equals("CAF")).findFirst().orElseThrow();
    assertThat(caf.value().display()).isEqualTo("1");
  }
}
