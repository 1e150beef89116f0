package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TextFolding#foldWords}: the key labels and repeated blocks are compared by. */
class TextFoldingWordsTest {

  @Test
  void accentsCaseLigaturesAndPunctuationFoldToOneKey() {
    assertThat(TextFolding.foldWords("Éléments de diagnostic :")).isEqualTo("elements de diagnostic");
    assertThat(TextFolding.foldWords("ÉLÉMENTS  DE\u00a0DIAGNOSTIC")).isEqualTo("elements de diagnostic");
    assertThat(TextFolding.foldWords("Mise en œuvre – l’accueil « familial »")).isEqualTo("mise en oeuvre l accueil familial");
  }

  @Test
  void onlyLettersAndDigitsAreKept() {
    assertThat(TextFolding.foldWords("FA n°12 (bis) — 2019/2020")).isEqualTo("fa n 12 bis 2019 2020");
    assertThat(TextFolding.foldWords(" ➤ • → ")).isEmpty();
    assertThat(TextFolding.foldWords(null)).isEmpty();
  }
}
