package org.schemadepartemental.indicators.support;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.indicators.former.FormerPlanIndex;

/** The index lists the plan and makes every scope once, each the one it used to make on every call. */
class PlanIndexProperties {

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 200, seed = "20261122")
  void everyScopeIsTheOneTheFormerIndexMadeAndIsMadeOnce(@ForAll("plans") Schema plan) {
    PlanIndex index = PlanIndex.of(plan);
    FormerPlanIndex former = FormerPlanIndex.of(plan);
    assertThat(index.plan()).isEqualTo(former.plan());
    assertThat(index.fiches()).isEqualTo(plan.fiches()).isSameAs(index.fiches());
    assertThat(index.indicators()).isEqualTo(plan.indicators()).isSameAs(index.indicators());
    for (Orientation o : plan.orientations()) {
      assertThat(index.orientation(o)).isEqualTo(former.orientation(o)).isSameAs(index.orientation(o));
      for (Fiche f : o.fiches()) {
        assertThat(index.fiche(f)).isEqualTo(former.fiche(f)).isSameAs(index.fiche(f));
        for (SousAction sa : f.sousActions()) {
          assertThat(index.sousAction(sa)).isEqualTo(former.sousAction(sa)).isSameAs(index.sousAction(sa));
        }
        for (Indicator i : f.indicators()) {
          assertThat(index.indicator(i)).isEqualTo(former.indicator(i)).isSameAs(index.indicator(i));
        }
      }
    }
    // Elements of another plan still get a scope, made on the spot.
    Fiche stranger = Fiche.builder("999", "Fiche d'un autre plan").addSousAction("Une action", org.schemadepartemental.core.ActionCalendar.none())
        .addIndicator(Indicator.builder("fa-999.i1", "Indicateur").build()).build();
    assertThat(index.fiche(stranger)).isEqualTo(former.fiche(stranger));
    assertThat(index.sousAction(stranger.sousActions().get(0))).isEqualTo(former.sousAction(stranger.sousActions().get(0)));
    assertThat(index.indicator(stranger.indicators().get(0))).isEqualTo(former.indicator(stranger.indicators().get(0)));
  }
}
