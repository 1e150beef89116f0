package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdsTest {

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', value = {
      "6|fa-6", "FA 6|fa-6", "FA6|fa-6", "fa 6|fa-6", "Fiche action n°6|fa-6", "Fiche-action N° 6|fa-6",
      "FA n°6|fa-6", "Fiche 6|fa-6", "25|fa-25", "12 bis|fa-12-bis", "FA 12 bis|fa-12-bis", "'  7 '|fa-7",
      "Famille 2|fa-famille-2", "FA|fa-fa", "Nouvelle fiche|fa-nouvelle-fiche"})
  void ficheIdsDoNotDependOnHowTheNumberIsPrinted(String number, String id) {
    assertThat(Ids.fiche(number)).isEqualTo(id);
  }

  @Test
  void slugsArePlainLowerCaseAscii() {
    assertThat(Ids.slug("Axe 3 bis")).isEqualTo("axe-3-bis");
    assertThat(Ids.slug("Éducation « nationale »")).isEqualTo("education-nationale");
    assertThat(Ids.slug("Orne 2017-2021")).isEqualTo("orne-2017-2021");
    assertThat(Ids.slug("—")).isEqualTo("x");
    assertThat(Ids.slug("")).isEqualTo("x");
  }

  @Test
  void sousActionAndIndicatorIdsHangOffTheFiche() {
    assertThat(Ids.sousAction("fa-6", 2)).isEqualTo("fa-6.sa2");
    assertThat(Ids.indicator("fa-6", 3)).isEqualTo("fa-6.i3");
    Fiche fiche = Fiche.builder("FA 6", "Titre").addSousAction("A", ActionCalendar.none())
        .addSousAction("B", ActionCalendar.none()).build();
    assertThat(fiche.sousActions()).extracting(SousAction::id).containsExactly("fa-6.sa1", "fa-6.sa2");
    assertThat(fiche.toBuilder().nextIndicatorId()).isEqualTo("fa-6.i1");
  }

  @Test
  void aBuildersDefaultIdFollowsItsNumberAndGivesWayToOneSet() {
    Fiche.Builder b = Fiche.builder("FA 6", "Titre").addSousAction("A", ActionCalendar.none());
    assertThat(b.id()).isEqualTo("fa-6");
    b.number("Fiche action n°7").addSousAction("B", ActionCalendar.none());
    assertThat(b.id()).isEqualTo("fa-7");
    Fiche renumbered = b.build();
    assertThat(renumbered.id()).isEqualTo("fa-7");
    assertThat(renumbered.sousActions()).extracting(SousAction::id).containsExactly("fa-6.sa1", "fa-7.sa2");
    assertThat(renumbered.toBuilder().id("fa-autre").number("8").id()).isEqualTo("fa-autre");
  }
}
