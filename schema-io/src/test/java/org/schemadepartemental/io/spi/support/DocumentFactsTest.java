package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Departements;

/** The département a document names, found by the one combined pattern of every name. */
class DocumentFactsTest {

  private static String code(String text) {
    return DocumentFacts.findDepartement(TextDocument.of("doc.txt", text)).map(d -> d.code()).orElse("none");
  }

  @Test
  void namesAfterPlaceWordsAreFoundWithOrWithoutAccentsAndHyphens() {
    assertThat(code("Le schéma de l'Orne pour 2017-2021")).isEqualTo("61");
    assertThat(code("Les familles en Seine-Saint-Denis")).isEqualTo("93");
    assertThat(code("Conseil départemental du Nord")).isEqualTo("59");
    assertThat(code("Le département de la Côte d’Or")).isEqualTo("21");
    assertThat(code("les enfants du Val de Marne")).isEqualTo("94");
  }

  @Test
  void theLongestNameWinsAndAPartOfANameIsNotAnother() {
    assertThat(code("Le schéma de la Haute-Loire")).isEqualTo("43");
    assertThat(code("Le schéma de Loire-Atlantique")).isEqualTo("44");
    assertThat(code("Le schéma de la Haute-Vienne")).isEqualTo("87");
    assertThat(code("Le schéma de Seine-et-Marne")).isEqualTo("77");
  }

  @Test
  void theMostNamedWinsTheEarliestOnATie() {
    assertThat(code("de l'Orne\nen Seine-Saint-Denis\nen Seine-Saint-Denis")).isEqualTo("93");
    assertThat(code("du Nord\nde l'Orne")).isEqualTo("59");
    assertThat(code("de l'Orne ou du Nord")).isEqualTo("61");
  }

  @Test
  void aLowerCaseWordOrANameWithoutPlaceWordIsNotADepartement() {
    assertThat(code("au nord de la ville")).isEqualTo("none");
    assertThat(code("Orne")).isEqualTo("none");
    assertThat(code("")).isEqualTo("none");
  }

  @Test
  void aPostalAddressComesFirst() {
    assertThat(code("de l'Orne\nHôtel du Département, 62018 ARRAS Cedex 9")).isEqualTo("62");
  }

  @Test
  void everyDepartementIsFoundByItsName() {
    for (var d : Departements.all()) {
      assertThat(code("Le schéma départemental de " + d.name() + " 2020-2024"))
          .as(d.name()).isEqualTo(d.code());
    }
  }
}
