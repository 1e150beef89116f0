package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page-noise scan of a whole document. */
class PageNoiseTest {

  private static TextDocument document(List<String> lines) {
    return TextDocument.of("doc.txt", String.join("\n", lines));
  }

  @Test
  void repeatedShortLinesPageNumbersAndSeparatorsAreNoiseUnlessTheLayoutCallsThemItsOwn() {
    List<String> lines = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      lines.add("Schéma départemental — Orne");
      lines.add("PRINCIPE");
      lines.add("Une phrase du texte de la page " + page + ", qui n'est dite qu'une fois.");
      lines.add(Integer.toString(page));
    }
    lines.add("*****");
    NoiseKind[] kinds = PageNoise.scanner(3, 80, s -> s.equals("PRINCIPE")).scan(document(lines));
    assertThat(kinds[1]).isEqualTo(NoiseKind.PAGE_HEADER);
    assertThat(kinds[2]).isNull();
    assertThat(kinds[3]).isNull();
    assertThat(kinds[4]).isEqualTo(NoiseKind.PAGE_NUMBER);
    assertThat(kinds[13]).isEqualTo(NoiseKind.SEPARATOR);
  }

  @Test
  void theLayoutsLabelTestIsAskedOnlyOfTheLinesThatWouldBeNoise() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add("Ligne de texte numéro " + i + " : une action menée avec les partenaires du territoire.");
    }
    lines.add("En-tête de page");
    lines.add("En-tête de page");
    lines.add("En-tête de page");
    lines.add("12");
    List<String> asked = new ArrayList<>();
    PageNoise.scanner(3, 80, s -> asked.add(s) && false).scan(document(lines));
    // The test folds and matches a vocabulary: 200 lines of prose must not pay for it.
    assertThat(asked).containsExactly("En-tête de page", "En-tête de page", "En-tête de page", "12");
  }
}
