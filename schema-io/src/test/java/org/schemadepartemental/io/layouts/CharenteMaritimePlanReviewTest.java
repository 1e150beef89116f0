package org.schemadepartemental.io.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.Lineage;
import org.schemadepartemental.core.LineageAxis;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.layouts.review.PlanReviewFormat;

/** Layout 3 on the Charente-Maritime review of its 2018-2022 plan. */
class CharenteMaritimePlanReviewTest {
  static final String SAMPLE = "charente-maritime-bilan-2018-2022.txt";
  static ReadResult result;
  static Schema schema;

  @BeforeAll
  static void read() {
    result = LayoutSamples.read(new PlanReviewFormat(), SAMPLE);
    schema = result.schema();
  }

  @Test
  void sixAxesWithTwentySixStakes() {
    Lineage lineage = schema.lineage().orElseThrow();
    assertThat(lineage.axes().stream().map(LineageAxis::code))
        .containsExactly("Axe 1", "Axe 2", "Axe 3", "Axe 4", "Axe 5", "Axe 6");
    assertThat(lineage.axes().stream().map(a -> a.stakes().size())).containsExactly(6, 3, 2, 8, 1, 6);
    assertThat(lineage.stakeCount()).isEqualTo(26);
    assertThat(lineage.axes().get(0).title()).isEqualTo("Actualiser la politique de prévention");
    assertThat(lineage.axes().get(4).stakes().get(0).text()).startsWith("Faire aboutir et animer le protocole de suivi");
  }

  @Test
  void planAndThePlanReviewed() {
    assertThat(schema.period()).contains(new YearRange(2025, 2029));
    assertThat(schema.title()).isEqualTo("Le schéma départemental 2025-2029");
    assertThat(schema.predecessor().orElseThrow().period()).contains(new YearRange(2018, 2022));
    assertThat(schema.predecessor().orElseThrow().title().orElseThrow())
        .isEqualTo("Schéma départemental de prévention et de protection de l'enfance 2018-2022");
    // The excerpt does not name the département: nothing is invented, the options supply it.
    assertThat(schema.departement()).isEmpty();
    Schema withOptions = LayoutSamples.read(new PlanReviewFormat(), SAMPLE,
        ReadOptions.builder().departement(Departements.byCode("17").orElseThrow()).build()).schema();
    assertThat(withOptions.departement().map(d -> d.name())).contains("Charente-Maritime");
    assertThat(withOptions.id()).isEqualTo("charente-maritime-2025-2029");
    assertThat(withOptions.predecessor().orElseThrow().id()).isEqualTo("charente-maritime-2018-2022");
  }

  @Test
  void glossaryMarksAreLinked() {
    assertThat(schema.glossary().lookup("ASE").map(GlossaryEntry::expansion)).contains("Aide sociale à l'enfance");
    assertThat(schema.glossary().lookup("MNA")).isPresent();
    assertThat(schema.glossary().lookup("TDC")).isPresent();
    // Acronyms the text defines itself.
    assertThat(schema.glossary().lookup("RPE").map(GlossaryEntry::expansion)).contains("Relais Petite Enfance");
    assertThat(schema.glossary().lookup("CDAA").map(GlossaryEntry::expansion))
        .contains("Commission Départementale d’Accès à l’Autonomie");
  }

  @Test
  void placementReport() {
    PlacementReport report = result.placement().orElseThrow();
    System.out.println(LayoutSamples.describe(report));
    assertThat(report.accountedRatio()).isGreaterThanOrEqualTo(0.98);
    assertThat(report.unplaced()).isEmpty();
    // Exactly the noise: the table header printed again, the two glossary footnotes, the page
    // numbers "29 28" and the encoded string; the first header and everything else is placed.
    String header = "Axe du précédent Schéma Enjeux pour le prochain Schéma, soulevés dans le cadre du bilan/état des lieux";
    String footnote = "* Voir glossaire p. 118";
    long expected = nonBlank(header) + 2 * nonBlank(footnote) + nonBlank("29 28") + nonBlank("RkJQdWJsaXNoZXIy NzI2MjA=");
    assertThat(report.noiseChars()).isEqualTo(expected);
  }

  private static long nonBlank(String s) {
    return s.chars().filter(c -> !Character.isWhitespace(c)).count();
  }
}
