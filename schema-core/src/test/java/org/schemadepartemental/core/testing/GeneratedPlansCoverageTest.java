package org.schemadepartemental.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Schema;

/** The generated plans exercise every part of the model often enough for round trips to mean something. */
class GeneratedPlansCoverageTest {

  private static final Map<String, Predicate<Schema>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("review entries", s -> s.reviews().stream().anyMatch(r -> !r.entries().isEmpty()));
    PARTS.put("figures of indicators", s -> s.reviews().stream().flatMap(r -> r.entries().stream())
        .flatMap(e -> e.measurements().stream()).anyMatch(m -> m.indicatorId().isPresent()));
    PARTS.put("formulas", s -> fiches(s).flatMap(f -> f.indicators().stream()).anyMatch(i -> i.formula().isPresent()));
    PARTS.put("merged or replaced fiches", s -> fiches(s).anyMatch(f -> !f.lifecycle().related().isEmpty()));
    PARTS.put("cross-references", s -> fiches(s).anyMatch(f -> !f.crossReferences().isEmpty()));
    PARTS.put("semester grids", s -> fiches(s).flatMap(f -> f.sousActions().stream())
        .anyMatch(sa -> sa.calendar().form() == CalendarForm.GRID));
    PARTS.put("territories", s -> !s.territories().isEmpty());
    PARTS.put("line breaks in list items", s -> fiches(s).flatMap(f -> f.diagnostic().stream())
        .anyMatch(i -> i.text().contains("\n")));
    PARTS.put("texts starting with = + - @", s -> fiches(s)
        .anyMatch(f -> f.title().matches("^[=+\\-@].*")));
  }

  private final Map<String, Integer> seen = new LinkedHashMap<>();
  private int plans;

  private static java.util.stream.Stream<Fiche> fiches(Schema s) {
    return s.fiches().stream();
  }

  @Provide
  Arbitrary<Schema> schemas() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 200, seed = "20240613")
  void countParts(@ForAll("schemas") Schema schema) {
    plans++;
    PARTS.forEach((name, present) -> seen.merge(name, present.test(schema) ? 1 : 0, Integer::sum));
  }

  @AfterProperty
  void everyPartIsInAtLeastOnePlanInTen() {
    for (String name : List.copyOf(PARTS.keySet())) {
      assertThat(seen.getOrDefault(name, 0) * 10).as(name + " in " + plans + " plans").isGreaterThanOrEqualTo(plans);
    }
  }
}
