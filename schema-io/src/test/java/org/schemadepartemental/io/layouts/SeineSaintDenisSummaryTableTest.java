package org.schemadepartemental.io.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.layouts.summary.SummaryTableFormat;

/** Layout 1 on the Seine-Saint-Denis summary table. */
class SeineSaintDenisSummaryTableTest {
  static final String SAMPLE = "seine-saint-denis-tableau.txt";
  static ReadResult result;
  static Schema schema;

  @BeforeAll
  static void read() {
    result = LayoutSamples.read(new SummaryTableFormat(), SAMPLE);
    schema = result.schema();
  }

  @Test
  void eightAxesTwoTransversalSixStrategic() {
    assertThat(schema.orientations()).hasSize(8);
    assertThat(schema.orientations().stream().map(Orientation::kind))
        .containsExactly(OrientationKind.TRANSVERSAL, OrientationKind.TRANSVERSAL, OrientationKind.STRATEGIC,
            OrientationKind.STRATEGIC, OrientationKind.STRATEGIC, OrientationKind.STRATEGIC, OrientationKind.STRATEGIC,
            OrientationKind.STRATEGIC);
    // An axis title repeated on consecutive rows is one axis: fiches 13 to 16 share it.
    Orientation health = schema.orientations().get(6);
    assertThat(health.title()).startsWith("Mieux répondre aux besoins de santé");
    assertThat(health.fiches().stream().map(Fiche::number)).containsExactly("13", "14", "15", "16");
  }

  @Test
  void nineteenFichesNumberedInOrderAndFortyNineSousActions() {
    assertThat(schema.fiches().stream().map(Fiche::number))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 19).mapToObj(Integer::toString).toList());
    assertThat(schema.fiches().stream().mapToInt(f -> f.sousActions().size()).sum()).isEqualTo(49);
    assertThat(schema.fiches().stream().map(f -> f.sousActions().size()))
        .containsExactly(2, 1, 3, 2, 2, 2, 1, 2, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1);
  }

  @Test
  void runTogetherSousActionsAreSplitAtCapitalisedInfinitives() {
    Fiche f1 = schema.ficheByNumber("1").orElseThrow();
    assertThat(f1.sousActions().stream().map(s -> s.title())).containsExactly(
        "Impulser des temps d'échanges au niveau local et départemental entre acteur-rices",
        "Elaborer et partager des outils favorisant une meilleure connaissance des ressources");
  }

  @Test
  void rowsShiftedLeftLandInTheirColumns() {
    Fiche f10 = schema.ficheByNumber("10").orElseThrow();
    assertThat(f10.title()).isEqualTo("Prévenir les ruptures dans les parcours d'accueil");
    assertThat(f10.calendar().text()).isEqualTo("Démarrage en 2020");
    assertThat(f10.sousActions().get(1).title())
        .isEqualTo("Mieux articuler l'intervention des acteur-rices autour des situations complexes");
    assertThat(schema.orientations().get(4).fiches().stream().map(Fiche::number)).containsExactly("9", "10", "11");
  }

  @Test
  void everyFicheCalendarIsParsedAndHtmlIsDropped() {
    assertThat(schema.fiches()).allSatisfy(f -> assertThat(f.calendar().isDated()).isTrue());
    Fiche f5 = schema.ficheByNumber("5").orElseThrow();
    assertThat(f5.calendar().form()).isEqualTo(CalendarForm.RANGE);
    assertThat(f5.calendar().start()).contains(CalendarPeriod.year(2020));
    assertThat(f5.calendar().end()).contains(CalendarPeriod.year(2021));
    Fiche f12 = schema.ficheByNumber("12").orElseThrow();
    assertThat(f12.calendar().text()).isEqualTo("Démarrage en 2020");
    assertThat(f12.calendar().form()).isEqualTo(CalendarForm.FROM);
    assertThat(schema.ficheByNumber("6").orElseThrow().calendar().form()).isEqualTo(CalendarForm.RANGE);
  }

  @Test
  void departementFromTheTextAndNoInventedPeriod() {
    assertThat(schema.departement().map(d -> d.code())).contains("93");
    assertThat(schema.period()).isEmpty();
    assertThat(schema.title()).isEqualTo("TABLEAU RÉCAPITULATIF DES AXES, FICHES-ACTIONS ET SOUS-ACTIONS");
  }

  @Test
  void placementReport() {
    PlacementReport report = result.placement().orElseThrow();
    System.out.println(LayoutSamples.describe(report));
    assertThat(report.accountedRatio()).isGreaterThanOrEqualTo(0.98);
    assertThat(report.noiseChars()).isPositive(); // the delimiter rows
    assertThat(report.unplaced()).allSatisfy(u -> assertThat(u.location().line()).isPositive());
    assertThat(List.copyOf(report.unplaced())).hasSizeLessThan(5);
  }
}
