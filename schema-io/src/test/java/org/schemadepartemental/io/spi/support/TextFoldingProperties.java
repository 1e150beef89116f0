package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFolding} folds character by character where it can (a table of the Latin blocks and
 * general punctuation): it must give exactly what normalising the whole text gave, which the
 * former implementation, kept here as the reference, did on every call.
 */
class TextFoldingProperties {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  /** The former {@code TextFolding.fold}: the whole text normalised on every call. */
  static String referenceFold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00b4', '\'')
        .replace('\u00ab', '"').replace('\u00bb', '"').replace('\u201c', '"').replace('\u201d', '"')
        .replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= '\u2010' && c <= '\u2015' || c == '\u2212' ? '-' : c);
    }
    return SPACES.matcher(sb).replaceAll(" ").strip();
  }

  static String referenceFoldWords(String text) {
    return NON_WORD.matcher(referenceFold(text)).replaceAll(" ").strip();
  }

  static String referenceCollapseSpaces(String text) {
    return text == null ? "" : SPACES.matcher(text.replace('\u00a0', ' ').replace('\u202f', ' ')).replaceAll(" ").strip();
  }

  /** Plans' text: French letters, the characters around them, and some the table does not hold. */
  @Provide
  Arbitrary<String> planText() {
    Arbitrary<Character> common = Arbitraries.of('\u001c', '\u001f', '\u0085', '\u20d7', '\u219a', '\u2126', '✓', '■', '↳',
        'a', 'e', 'E', 'é', 'É', 'è', 'ê', 'à', 'ç', 'Ç', 'ô', 'î', 'ï', 'ù', 'œ', 'Œ', 'æ', 'ß', 'ÿ', 'Ÿ', 'İ', 'ı',
        'ǅ', 'ǖ', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00a0', '\u202f', '\u2009', '\u2000', '\u2028',
        '\u2019', '\u2018', '`', '´', '«', '»', '“', '”', '–', '—', '\u2010', '\u2212', '…', '•', '-', '\'', '.',
        ':', '0', '7', '°', '€', '➤', '→', '\u0301', '\u0308', '\u0327', 'Σ', 'σ', 'ς', 'Å', 'Å', 'ﬁ', '한', '\ufeff');
    Arbitrary<Character> anyBmp = Arbitraries.chars().range('\u0000', '\uffff');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, common), net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\u0300')),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u2000', '\u2800')), net.jqwik.api.Tuple.of(1, anyBmp))
        .list().ofMaxSize(30)
        .map(chars -> {
          StringBuilder sb = new StringBuilder();
          chars.forEach(sb::append);
          return sb.toString();
        });
  }

  /** Text that is mostly folded already, where the copy starts late or never. */
  @Provide
  Arbitrary<String> nearlyFolded() {
    return Arbitraries.strings().withChars("abcdeéz09 '-").withChars(' ', '\t', '\u00a0', 'E', ':').ofMaxLength(20);
  }

  @Property(tries = 1000, seed = "20261122")
  void nearlyFoldedTextFoldsAsBefore(@ForAll("nearlyFolded") String text) {
    foldGivesWhatNormalisingTheWholeTextGives(text);
  }

  @Property(tries = 2000, seed = "20261122")
  void foldGivesWhatNormalisingTheWholeTextGives(@ForAll("planText") String text) {
    assertThat(TextFolding.fold(text)).isEqualTo(referenceFold(text));
    assertThat(TextFolding.foldWords(text)).isEqualTo(referenceFoldWords(text));
    assertThat(TextFolding.collapseSpaces(text)).isEqualTo(referenceCollapseSpaces(text));
    // The bounds that let callers skip folding a long text never claim more than folding gives.
    for (int limit : new int[] {0, 1, 3, 8, 20}) {
      if (TextFolding.foldsLongerThan(text, limit)) {
        assertThat(referenceFold(text).length()).as("fold of %s longer than %d", text, limit).isGreaterThan(limit);
      }
      if (TextFolding.foldsToMoreWordCharsThan(text, limit)) {
        assertThat(referenceFoldWords(text).replace(" ", "").length()).isGreaterThan(limit);
      }
    }
  }

  @Test
  void everyCharacterAloneAndBetweenLettersFoldsAsBefore() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String text : new String[] {String.valueOf(c), "a" + c + "E", c + " " + c}) {
        assertThat(TextFolding.fold(text)).as("U+%04X", (int) c).isEqualTo(referenceFold(text));
      }
    }
  }

  @Test
  void textAlreadyFoldedIsReturnedItselfWithoutACopy() {
    String folded = "elements de diagnostic : l'accueil - 2019";
    assertThat(TextFolding.fold(folded)).isSameAs(folded);
    String words = "elements de diagnostic 2019";
    assertThat(TextFolding.foldWords(words)).isSameAs(words);
    String collapsed = "Éléments de diagnostic";
    assertThat(TextFolding.collapseSpaces(collapsed)).isSameAs(collapsed);
    assertThat(HtmlFragments.stripTags(collapsed)).isSameAs(collapsed);
  }
}
