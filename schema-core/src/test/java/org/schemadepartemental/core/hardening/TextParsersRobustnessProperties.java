package org.schemadepartemental.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.core.glossary.BuiltInGlossary;
import org.schemadepartemental.core.glossary.GlossaryMarks;
import org.schemadepartemental.core.text.FrenchDates;
import org.schemadepartemental.core.text.FrenchNumbers;

/**
 * The core's text parsers run on every cell and line an importer reads, hostile ones included:
 * whatever the text (any characters, or a run of sixty thousand spaces, slashes or dots), they
 * return without throwing, within a second.
 */
class TextParsersRobustnessProperties {

  static final Duration DEADLINE = Duration.ofSeconds(2);

  @Property(tries = 250, seed = "20261122")
  void theParsersReturnQuicklyWhateverTheText(@ForAll("hostileTexts") String text) {
    parseAll(text);
  }

  /** Parses with every parser within the deadline; a result is always given. */
  static void parseAll(String text) {
    assertTimeoutPreemptively(DEADLINE, () -> {
      assertThat(CalendarParser.standard().parse(text).text()).isEqualTo(text);
      assertThat(FrenchNumbers.read(text)).isNotNull();
      assertThat(FrenchDates.parse(text)).isNotNull();
      assertThat(GlossaryMarks.find(text, BuiltInGlossary.glossary())).isNotNull();
      assertThat(GlossaryMarks.strip(text)).isNotNull();
    }, () -> "parsing " + text.length() + " characters took more than " + DEADLINE);
  }

  @Provide
  Arbitrary<String> hostileTexts() {
    Arbitrary<String> units = Arbitraries.of(" ", "/", ".", "-", "2019 ", "S1 ", "1er semestre ", "A définir ", "de ",
        "à ", "ASE* ", "(", "1 000 ", "janvier ", "\u00a0", "\t", "%");
    Arbitrary<String> runs = Combinators.combine(Arbitraries.of("", "2019 ", "Démarrage en ", "d'ici "), units,
        Arbitraries.integers().between(1, 60_000), Arbitraries.of("", "x", "\u2028", "\u0085x", "%"))
        .as((prefix, unit, n, suffix) -> prefix + unit.repeat(Math.max(1, n / unit.length())) + suffix);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(300)),
        net.jqwik.api.Tuple.of(1, runs));
  }
}
