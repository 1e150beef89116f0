package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass key of ASCII names is the key the general (decomposing) path gives. */
class ActorKeyTest {

  private static String reference(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("aZz09 .-'_\t()Ééœ\u00a0").ofMaxLength(12);
  }

  @Property(tries = 500, seed = "20250106")
  void sameKeyAsTheGeneralPath(@ForAll("names") String text) {
    assertThat(Actor.normalizeKey(text)).as(text).isEqualTo(reference(text));
  }

  @Test
  void examples() {
    assertThat(Actor.normalizeKey("  C.A.F. ")).isEqualTo("C A F");
    assertThat(Actor.normalizeKey("Conseil départemental")).isEqualTo("CONSEIL DEPARTEMENTAL");
    assertThat(Actor.normalizeKey("Education--nationale")).isEqualTo("EDUCATION NATIONALE");
    assertThat(Actor.normalizeKey("...")).isEmpty();
  }
}
