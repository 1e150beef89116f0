package org.schemadepartemental.io.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.layouts.actionplan.ActionPlanFormat;

/** Layout 2 on the Orne action plan 2017-2021. */
class OrneActionPlanTest {
  static final String SAMPLE = "orne-plan-2017-2021.txt";
  static ReadResult result;
  static Schema schema;

  @BeforeAll
  static void read() {
    result = LayoutSamples.read(new ActionPlanFormat(), SAMPLE);
    schema = result.schema();
  }

  @Test
  void planFromTitleAndAddress() {
    assertThat(schema.period()).contains(new YearRange(2017, 2021));
    assertThat(schema.departement().map(d -> d.code())).contains("61");
    assertThat(schema.id()).isEqualTo("orne-2017-2021");
    assertThat(schema.title()).isEqualTo("Schéma départemental de l'enfance et de la famille 2017-2021");
  }

  @Test
  void fourOrientationsWithPrinciplesAndTheirFiches() {
    assertThat(schema.orientations()).hasSize(4);
    assertThat(schema.orientations()).allSatisfy(o -> assertThat(o.principle()).isPresent());
    assertThat(schema.orientations().stream().map(o -> o.fiches().size())).containsExactly(3, 2, 5, 2);
    assertThat(schema.orientations().stream().map(Orientation::code)).containsExactly("1", "2", "3", "4");
    assertThat(schema.orientations().get(1).principle().orElseThrow())
        .startsWith("repenser les pratiques pour faire de la prévention une priorité");
    assertThat(schema.fiches().stream().map(Fiche::number))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
  }

  @Test
  void fiftyTwoCalendarLinesAsSousActions() {
    assertThat(schema.fiches().stream().map(f -> f.sousActions().size()))
        .containsExactly(2, 4, 2, 5, 5, 7, 4, 3, 3, 4, 5, 8);
    assertThat(schema.fiches().stream().flatMap(f -> f.sousActions().stream()))
        .allSatisfy(s -> assertThat(s.calendar().semesters()).isNotEmpty()
            .allSatisfy(p -> assertThat(p).isBetween(CalendarPeriod.semester(2018, 1), CalendarPeriod.semester(2021, 2))));
  }

  @Test
  void marksOfAGivenSousAction() {
    SousAction colloque = sousAction("2", "Organisation colloque annuel");
    assertThat(colloque.calendar().semesters()).containsExactly(
        CalendarPeriod.semester(2019, 1), CalendarPeriod.semester(2020, 1), CalendarPeriod.semester(2021, 1));
    SousAction charte = sousAction("3", "Elaboration charte");
    assertThat(charte.calendar().semesters()).containsExactly(CalendarPeriod.semester(2019, 1), CalendarPeriod.semester(2019, 2));
    SousAction lieuDeVie = sousAction("12", "Développer un lieu de vie de 3 places : LV La Sauvagère");
    assertThat(lieuDeVie.calendar().semesters()).containsExactly(CalendarPeriod.semester(2018, 1));
  }

  @Test
  void pilotsAndPartnersAsActors() {
    assertThat(schema.fiches()).allSatisfy(f ->
        assertThat(f.pilots().stream().map(Actor::name)).contains("Conseil départemental"));
    Fiche f1 = schema.ficheByNumber("1").orElseThrow();
    assertThat(f1.partners().stream().map(Actor::name)).containsExactly("Éducation nationale", "CAF", "PJJ", "ARS",
        "Centre psychothérapeutique", "Etablissements", "Associations du secteur habilité");
    Actor caf = f1.partners().get(1);
    assertThat(caf.acronym()).contains("CAF");
    assertThat(caf.fullName()).contains("Caisse d'allocations familiales");
    assertThat(schema.ficheByNumber("7").orElseThrow().pilots().stream().map(Actor::name))
        .containsExactly("Conseil départemental", "ARS");
    assertThat(schema.ficheByNumber("10").orElseThrow().partners().stream().map(Actor::name))
        .containsExactly("CPAM", "Médecins généralistes et hospitaliers");
    // The plan's own definition wins over the built-in glossary: here CPO is a hospital.
    Actor cpo = schema.ficheByNumber("12").orElseThrow().partners().get(1);
    assertThat(cpo.fullName()).contains("Centre Psychothérapique de l'Orne");
    assertThat(schema.glossary().lookup("CPO")).isPresent();
  }

  @Test
  void indicatorsOfBothKinds() {
    assertThat(schema.fiches()).allSatisfy(f -> {
      assertThat(f.indicators()).anyMatch(i -> i.kind() == IndicatorKind.OUTPUT);
      assertThat(f.indicators()).anyMatch(i -> i.kind() == IndicatorKind.OUTCOME);
    });
    Indicator bilans = indicator("10", "Nombre de bilans médicaux réalisés / nombre d'enfants confiés.");
    assertThat(bilans.kind()).isEqualTo(IndicatorKind.OUTPUT);
    assertThat(bilans.measureType()).isEqualTo(MeasureType.RATIO);
    Indicator sansSolution = indicator("12", "Nombre d'enfants en situation complexe sans solution (objectif : baisse).");
    assertThat(sansSolution.direction()).isEqualTo(Direction.DECREASE);
    assertThat(indicator("7", "Diminution des ruptures et des impacts pour les enfants concernés.").kind())
        .isEqualTo(IndicatorKind.OUTCOME);
  }

  @Test
  void aBlockPrintedThreeTimesIsReadOnce() {
    Fiche f12 = schema.ficheByNumber("12").orElseThrow();
    assertThat(f12.indicators()).hasSize(9);
    assertThat(f12.indicators().stream().map(Indicator::label).distinct()).hasSize(9);
    assertThat(f12.sousActions().stream().map(SousAction::title).distinct()).hasSize(8);
  }

  @Test
  void nestedListsAndCrossReferences() {
    Fiche f1 = schema.ficheByNumber("1").orElseThrow();
    assertThat(f1.diagnostic()).hasSize(2);
    ListItem bilateral = f1.breakdown().get(0);
    assertThat(bilateral.text()).startsWith("Consolider les partenariats bilatéraux");
    assertThat(bilateral.children().stream().map(ListItem::text))
        .containsExactly("CAF (FA 4)", "CPO (FA 7)", "PJJ (FA 6)", "Education nationale (FA 8)");
    assertThat(f1.crossReferences()).contains(new FicheReference("4", java.util.Optional.of("CAF")));
    Fiche f5 = schema.ficheByNumber("5").orElseThrow();
    // ➤ → • - : four levels.
    ListItem first = f5.breakdown().get(0);
    assertThat(first.children().get(0).children().get(2).children()).hasSize(2);
    assertThat(f5.crossReferences().stream().map(FicheReference::number)).contains("11");
    // Fiche 8's objectives have no label: the usual next section is taken.
    assertThat(schema.ficheByNumber("8").orElseThrow().objectives().get(0).text())
        .startsWith("Améliorer la connaissance des problématiques scolaires");
    assertThat(schema.ficheByNumber("3").orElseThrow().vigilance()).isNotEmpty();
  }

  @Test
  void placementReport() {
    PlacementReport report = result.placement().orElseThrow();
    System.out.println(LayoutSamples.describe(report));
    report.unplaced().forEach(u -> System.out.println("  unplaced " + u.location() + ": " + u.text()));
    assertThat(report.accountedRatio()).isGreaterThanOrEqualTo(0.98);
    // Page headers, the table of contents and the repeated blocks are noise, not content.
    assertThat(report.noiseChars()).isGreaterThan(2000);
    assertThat(report.unplaced()).isNotEmpty().allSatisfy(u -> assertThat(u.location().line()).isPositive());
    assertThat(report.unplaced().stream().map(u -> u.text())).contains("www.orne.fr");
  }

  private static SousAction sousAction(String fiche, String title) {
    return schema.ficheByNumber(fiche).orElseThrow().sousActions().stream()
        .filter(s -> s.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no " + title));
  }

  private static Indicator indicator(String fiche, String label) {
    List<Indicator> all = schema.ficheByNumber(fiche).orElseThrow().indicators();
    return all.stream().filter(i -> i.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + all));
  }
}
