package org.schemadepartemental.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.calendar.CalendarParser;

/** The generators keep their promises: other modules' round-trip properties rely on them. */
class SchemaArbitrariesTest {

  @Provide
  Arbitrary<Schema> schemas() {
    return SchemaArbitraries.schemas();
  }

  @Provide
  Arbitrary<ActionCalendar> calendars() {
    return SchemaArbitraries.calendars();
  }

  @Property(tries = 200, seed = "20240611")
  void generatedPlansHaveUniqueConventionalIds(@ForAll("schemas") Schema schema) {
    List<Fiche> fiches = schema.fiches();
    assertThat(fiches).extracting(Fiche::id).doesNotHaveDuplicates();
    assertThat(fiches).allSatisfy(f -> assertThat(f.id()).isEqualTo(Ids.fiche(f.number())));
    assertThat(schema.orientations()).extracting(o -> o.code()).doesNotHaveDuplicates();
    Set<String> itemIds = new HashSet<>();
    for (Fiche f : fiches) {
      for (int i = 0; i < f.sousActions().size(); i++) {
        SousAction sa = f.sousActions().get(i);
        assertThat(sa.id()).isEqualTo(Ids.sousAction(f.id(), i + 1));
        assertThat(itemIds.add(sa.id())).isTrue();
      }
      for (int i = 0; i < f.indicators().size(); i++) {
        Indicator ind = f.indicators().get(i);
        assertThat(ind.id()).isEqualTo(Ids.indicator(f.id(), i + 1));
        assertThat(itemIds.add(ind.id())).isTrue();
      }
    }
    assertThat(schema.orientations().size()).isLessThanOrEqualTo(4);
    assertThat(schema.orientations()).allSatisfy(o -> assertThat(o.fiches().size()).isBetween(1, 4));
  }

  @Property(tries = 300, seed = "20240611")
  void generatedCalendarsReadBackFromTheirText(@ForAll("calendars") ActionCalendar calendar) {
    assertThat(CalendarParser.standard().parse(calendar.text())).isEqualTo(calendar);
  }

  @Property(tries = 100, seed = "20240611")
  void textsAreNeverBlankNorPadded(@ForAll("texts") String text) {
    assertThat(text).isNotBlank().isEqualTo(text.strip());
  }

  @Provide
  Arbitrary<Fiche> fichesAmongOthers() {
    return SchemaArbitraries.fiche("FA 12 bis", new org.schemadepartemental.core.YearRange(2025, 2029),
        List.of("FA 3", "FA 4"));
  }

  @Property(tries = 100, seed = "20240612")
  void aFicheAmongOthersPointsAtThemAndStaysInItsPeriod(@ForAll("fichesAmongOthers") Fiche fiche) {
    assertThat(fiche.id()).isEqualTo("fa-12-bis");
    assertThat(fiche.crossReferences()).allSatisfy(r -> assertThat(r.number()).isIn("3", "4"));
    assertThat(fiche.lifecycle().related()).allSatisfy(id -> assertThat(id).isIn("fa-3", "fa-4"));
    assertThat(fiche.sousActions()).allSatisfy(sa -> sa.calendar().start()
        .ifPresent(p -> assertThat(p.year()).isBetween(2025, 2029)));
    assertThat(fiche.indicators()).allSatisfy(i -> i.formula()
        .ifPresent(f -> assertThat(f).startsWith("fa-12-bis.i").doesNotContain(i.id() + " ")));
  }

  @Provide
  Arbitrary<String> texts() {
    return SchemaArbitraries.texts();
  }
}
