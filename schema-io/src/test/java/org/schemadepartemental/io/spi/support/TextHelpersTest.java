package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.YearRange;

/** The small helpers of the support package. */
class TextHelpersTest {

  @Test
  void decodesUtf8WithOrWithoutBomElseWindows1252AndTheGivenCharsetWins() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xA9};
    assertThat(DecodedText.decode(bom, Optional.empty())).satisfies(d -> {
      assertThat(d.text()).isEqualTo("aé");
      assertThat(d.hadBom()).isTrue();
    });
    byte[] ansi = "Échéance".getBytes(DecodedText.WINDOWS_1252);
    assertThat(DecodedText.decode(ansi, Optional.empty()).text()).isEqualTo("Échéance");
    assertThat(DecodedText.decode(ansi, Optional.empty()).charset()).isEqualTo(DecodedText.WINDOWS_1252);
    byte[] utf8 = "Échéance".getBytes(StandardCharsets.UTF_8);
    assertThat(DecodedText.decode(utf8, Optional.of(StandardCharsets.ISO_8859_1)).text()).isEqualTo("Ã\u0089chÃ©ance");
    // A head cut inside a UTF-8 sequence is still UTF-8.
    byte[] cut = java.util.Arrays.copyOf(utf8, 3);
    assertThat(DecodedText.decodeHead(cut, Optional.empty()).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void linesEndWithCrlfCrOrLfAndAreNumberedFromOne() {
    TextDocument d = TextDocument.of("x", "a\r\nb\rc\nd\n");
    assertThat(d.lines()).extracting(SourceLine::text).containsExactly("a", "b", "c", "d");
    assertThat(d.line(3).number()).isEqualTo(3);
    assertThat(d.location(3).toString()).isEqualTo("x:3");
    LineCursor c = d.cursor();
    c.next();
    assertThat(c.peek().map(SourceLine::text)).contains("b");
  }

  @Test
  void labelsMatchByMeaning() {
    enum Col { FICHE, SOUS_ACTION, CALENDAR }
    LabelVocabulary<Col> v = LabelVocabulary.<Col>builder()
        .add(Col.FICHE, "fiche action", "action").add(Col.SOUS_ACTION, "sous action").add(Col.CALENDAR, "echeance").build();
    assertThat(v.match("FICHES-ACTIONS")).contains(Col.FICHE);
    assertThat(v.match("Sous-actions")).contains(Col.SOUS_ACTION);
    assertThat(v.match("ÉCHÉANCES")).contains(Col.CALENDAR);
    assertThat(v.match("<i>Échéance</i> :")).contains(Col.CALENDAR);
    assertThat(v.matchExactly("Actions prioritaires")).isEmpty();
  }

  @Test
  void bulletsNestByKindAndOrder() {
    List<ListItem> items = BulletLists.parse(
        "<ul> ➤ Consolider <ul> → CAF (FA 4) → PJJ • détail ➤ Organiser <p>Une note</p>");
    assertThat(items).extracting(ListItem::text).containsExactly("Consolider", "Organiser", "Une note");
    assertThat(items.get(0).children()).extracting(ListItem::text).containsExactly("CAF (FA 4)", "PJJ");
    assertThat(items.get(0).children().get(1).children()).extracting(ListItem::text).containsExactly("détail");
    // An arrow first, then a ➤: the ➤ goes above, not below.
    assertThat(BulletLists.parse("→ a ➤ b → c")).extracting(ListItem::text).containsExactly("a", "b");
    // "ASE*" and "CAF - PMI" are text, not bullets.
    assertThat(BulletLists.parse("L'ASE* et la CAF - PMI")).extracting(ListItem::text).containsExactly("L'ASE* et la CAF - PMI");
    assertThat(BulletLists.parse("<ul><li>un</li><li>deux<ul><li>trois</li></ul></li></ul>").get(1).children())
        .extracting(ListItem::text).containsExactly("trois");
  }

  @Test
  void runTogetherItemsSplitAtCapitalisedInfinitives() {
    assertThat(RunTogetherSplitter.split("Soutenir le recrutement en accueil familial Renforcer l'accompagnement"))
        .containsExactly("Soutenir le recrutement en accueil familial", "Renforcer l'accompagnement");
    assertThat(RunTogetherSplitter.split("Accueillir en Loire Atlantique les Faire")).hasSize(1);
    assertThat(RunTogetherSplitter.split("le Projet Pour l'Enfant S'appuyer sur")).hasSize(2);
  }

  @Test
  void htmlTableRowsLineUpWithColspan() {
    List<List<String>> rows = HtmlFragments.tableRows(
        "<table><tr><th colspan=\"2\"></th><th colspan=\"2\">2018</th></tr><tr><td>Label</td><td>X</td></tr></table>");
    assertThat(rows).containsExactly(List.of("", "", "2018", ""), List.of("Label", "X"));
    assertThat(HtmlFragments.stripTags("<p>A &amp; B&nbsp;<i>c</i></p>")).isEqualTo("A & B c");
  }

  @Test
  void noiseIsRecognised() {
    assertThat(PageNoise.isPageNumber("- 12 -")).isTrue();
    assertThat(PageNoise.isPageNumber("29 28")).isTrue();
    assertThat(PageNoise.isPageNumber("2018")).isFalse();
    assertThat(PageNoise.isSeparator("*****")).isTrue();
    assertThat(PageNoise.isSeparator("---\t--")).isTrue();
    assertThat(PageNoise.isTableOfContentsEntry("Orientation 1 p.4")).isTrue();
    assertThat(PageNoise.isTableOfContentsEntry("1. Coordonner les actions **p.4-5**")).isTrue();
    assertThat(PageNoise.isTableOfContentsEntry("Cahier N°5 - Page 12")).isFalse();
    assertThat(PageNoise.isDateStamp("décembre 2017")).isTrue();
    assertThat(PageNoise.isStrayEncoded("RkJQdWJsaXNoZXIy NzI2MjA=")).isTrue();
    assertThat(PageNoise.isStrayEncoded("Schéma départemental")).isFalse();
    TextDocument d = TextDocument.of("d", "EN-TÊTE\na\nEN-TÊTE\nb\nEN-TÊTE\nPRINCIPE\nPRINCIPE\nPRINCIPE");
    NoiseKind[] kinds = PageNoise.scanner(3, 80, s -> s.equals("PRINCIPE")).scan(d);
    assertThat(kinds[1]).isEqualTo(NoiseKind.PAGE_HEADER);
    assertThat(kinds[2]).isNull();
    assertThat(kinds[6]).isNull();
  }

  @Test
  void factsActorsReferencesIndicatorsAcronyms() {
    assertThat(DocumentFacts.findPeriod("Schéma 2017-2021")).contains(new YearRange(2017, 2021));
    assertThat(DocumentFacts.departementOfAddress("BP541 - 61016 ALENÇON Cedex").map(d -> d.name())).contains("Orne");
    assertThat(DocumentFacts.findDepartement(TextDocument.of("d", "accueil familial en Seine-Saint-Denis")).map(d -> d.code()))
        .contains("93");
    assertThat(ActorNames.split("Conseil départemental ARS")).containsExactly("Conseil départemental", "ARS");
    assertThat(ActorNames.split("Commune, EPCI, CCAS")).containsExactly("Commune", "EPCI", "CCAS");
    assertThat(ActorNames.split("Gendarmerie et Police nationale")).containsExactly("Gendarmerie et Police nationale");
    assertThat(FicheReferences.find("→ CAF (FA 4) et voir fiche action n° 12"))
        .containsExactly(new FicheReference("4", Optional.of("CAF")), new FicheReference("12", Optional.empty()));
    assertThat(IndicatorTexts.kindOfHeading("Réalisation")).contains(IndicatorKind.OUTPUT);
    assertThat(IndicatorTexts.kindOfHeading("Impact")).contains(IndicatorKind.OUTCOME);
    assertThat(IndicatorTexts.measureType("Taux d'accueil")).isEqualTo(MeasureType.PERCENTAGE);
    assertThat(IndicatorTexts.measureType("Réalisation du protocole")).isEqualTo(MeasureType.MILESTONE);
    assertThat(IndicatorTexts.direction("Délais raccourcis de prise en charge")).isEqualTo(Direction.DECREASE);
    assertThat(Acronyms.definitions("le Projet Pour l'Enfant (PPE) et la Commission Départementale d’Accès à l’Autonomie (CDAA)"))
        .extracting(e -> e.acronym() + "=" + e.expansion())
        .containsExactly("PPE=Projet Pour l'Enfant", "CDAA=Commission Départementale d’Accès à l’Autonomie");
  }
}
