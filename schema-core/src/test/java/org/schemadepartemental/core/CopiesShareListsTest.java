package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.schemadepartemental.core.testing.SchemaArbitraries;

/**
 * A {@code withX} copy shares the lists it does not change (they are immutable): loading
 * measurements into a national corpus makes such copies of every fiche and plan.
 */
class CopiesShareListsTest {

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 50, seed = "20250105")
  void copiesShareTheListsTheyKeep(@ForAll("plans") Schema plan) {
    Schema copy = plan.withOrientations(List.copyOf(plan.orientations()));
    assertThat(copy.reviews()).isSameAs(plan.reviews());
    assertThat(copy.territories()).isSameAs(plan.territories());
    assertThat(copy.notes()).isSameAs(plan.notes());
    for (Fiche fiche : plan.fiches()) {
      for (Fiche same : List.of(fiche.withIndicators(List.copyOf(fiche.indicators())),
          fiche.withSousActions(List.copyOf(fiche.sousActions())), fiche.withLifecycle(fiche.lifecycle()),
          fiche.withTitle(fiche.title()))) {
        assertThat(same).isEqualTo(fiche);
        assertThat(same.objectives()).isSameAs(fiche.objectives());
        assertThat(same.partners()).isSameAs(fiche.partners());
        assertThat(same.notes()).isSameAs(fiche.notes());
      }
    }
  }
}
