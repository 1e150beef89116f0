package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.testing.SchemaArbitraries;

/** Builders and {@code withX} copies give back equal values, so tools can copy without losing anything. */
class CopiesPreserveEqualityTest {

  @Provide
  Arbitrary<Schema> schemas() {
    return SchemaArbitraries.schemas();
  }

  @Provide
  Arbitrary<Fiche> fiches() {
    return SchemaArbitraries.fiches();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return SchemaArbitraries.indicators();
  }

  @Provide
  Arbitrary<Measurement> measurements() {
    return SchemaArbitraries.measurements();
  }

  @Provide
  Arbitrary<ReviewEntry> entries() {
    return SchemaArbitraries.reviewEntries();
  }

  @Property(tries = 200, seed = "42")
  void schemaCopies(@ForAll("schemas") Schema schema) {
    assertEqualCopy(schema, schema.toBuilder().build());
    assertEqualCopy(schema, schema.withOrientations(schema.orientations()));
    assertEqualCopy(schema, schema.mapIndicators(UnaryOperator.identity()));
    for (Orientation o : schema.orientations()) {
      assertEqualCopy(o, o.toBuilder().build());
      assertEqualCopy(o, o.withFiches(o.fiches()));
    }
    assertThat(schema.fiches()).allSatisfy(f -> assertThat(schema.fiche(f.id())).contains(f));
    assertThat(schema.indicators()).allSatisfy(i -> assertThat(schema.indicator(i.id())).contains(i));
  }

  @Property(tries = 200, seed = "43")
  void ficheCopies(@ForAll("fiches") Fiche fiche) {
    assertEqualCopy(fiche, fiche.toBuilder().build());
    assertEqualCopy(fiche, fiche.withTitle(fiche.title()));
    assertEqualCopy(fiche, fiche.withIndicators(fiche.indicators()));
    assertEqualCopy(fiche, fiche.withSousActions(fiche.sousActions()));
    assertEqualCopy(fiche, fiche.withLifecycle(fiche.lifecycle()));
    for (SousAction sa : fiche.sousActions()) {
      assertEqualCopy(sa, sa.withCalendar(sa.calendar()));
      assertEqualCopy(sa, sa.withWeight(sa.weight().orElse(null)));
      assertEqualCopy(sa.calendar(), sa.calendar().withText(sa.calendar().text()));
    }
    Fiche retitled = fiche.withTitle("Autre titre");
    assertThat(retitled.title()).isEqualTo("Autre titre");
    assertThat(retitled.toBuilder().title(fiche.title()).build()).isEqualTo(fiche);
  }

  @Property(tries = 200, seed = "44")
  void indicatorAndMeasurementCopies(@ForAll("indicators") Indicator indicator, @ForAll("measurements") Measurement m) {
    assertEqualCopy(indicator, indicator.toBuilder().build());
    assertEqualCopy(indicator, indicator.withMeasurements(indicator.measurements()));
    assertEqualCopy(m, m.toBuilder().build());
    assertEqualCopy(m, m.withTerritory(m.territory().orElse(null)));
  }

  @Property(tries = 200, seed = "45")
  void reviewEntryCopies(@ForAll("entries") ReviewEntry entry) {
    assertEqualCopy(entry, entry.toBuilder().build());
    assertEqualCopy(entry, entry.withStatus(entry.status().orElse(null)));
  }

  private static <T> void assertEqualCopy(T original, T copy) {
    assertThat(copy).isEqualTo(original);
    assertThat(copy.hashCode()).isEqualTo(original.hashCode());
  }
}
