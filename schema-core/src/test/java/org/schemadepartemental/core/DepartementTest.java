package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepartementTest {

  @ParameterizedTest
  @ValueSource(strings = {"01", "2A", "2B", "2a", "62", "93", "95", "971", "972", "973", "974", "976"})
  void acceptsInseeCodes(String code) {
    assertThat(Departement.isValidCode(code)).isTrue();
    assertThat(new Departement(code, "X").code()).isEqualTo(code.toUpperCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20", "96", "00", "2C", "977", "970", "100", "1", "AB", ""})
  void rejectsWhatIsNoDepartementCode(String code) {
    assertThat(Departement.isValidCode(code)).isFalse();
    assertThatThrownBy(() -> new Departement(code, "X")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theErrorSaysWhatIsExpected() {
    assertThatThrownBy(() -> new Departement("20", "Corse"))
        .hasMessageContaining("'20'").hasMessageContaining("2A, 2B");
    assertThat(Departement.isValidCode(null)).isFalse();
  }

  @Test
  void listsTheHundredAndOneDepartements() {
    assertThat(Departements.all()).hasSize(101);
    assertThat(Departements.byCode("62")).get().extracting(Departement::name).isEqualTo("Pas-de-Calais");
    assertThat(Departements.byCode("2a")).get().extracting(Departement::name).isEqualTo("Corse-du-Sud");
    assertThat(Departements.byCode("1")).get().extracting(Departement::name).isEqualTo("Ain");
    assertThat(Departements.byCode("975")).isEmpty();
    assertThat(Departements.byCode("20")).isEmpty();
    assertThat(Departements.byCode(null)).isEmpty();
    assertThat(Departements.byName("pas de calais")).get().extracting(Departement::code).isEqualTo("62");
    assertThat(Departements.byName("SEINE SAINT-DENIS")).get().extracting(Departement::code).isEqualTo("93");
    assertThat(Departements.byName("Cotes d'Armor")).get().extracting(Departement::code).isEqualTo("22");
    assertThat(Departements.byName("Atlantis")).isEmpty();
    assertThat(Departements.byCode("17").get()).hasToString("Charente-Maritime (17)");
  }
}
