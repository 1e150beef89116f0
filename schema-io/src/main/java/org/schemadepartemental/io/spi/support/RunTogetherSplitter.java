package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits items that an extraction ran together in one cell or paragraph ("Impulser des temps
 * d'échanges entre acteurs Elaborer et partager des outils"): a new item starts where a
 * capitalised infinitive ("Elaborer", "Faire", "S'appuyer") follows a lower-case word that is
 * not an article or a preposition. Text with no such place is returned whole. Stateless.
 */
public final class RunTogetherSplitter {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}(?:'|\u2019)?\\p{Ll}+(?:-\\p{Ll}+)?");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "pour",
      "par", "sur", "dans", "avec", "sans", "sous", "vers", "chez", "entre", "que", "qui", "dont", "ne", "pas",
      "plus", "tres", "se", "sa", "son", "ses", "leur", "leurs", "ce", "cette", "ces", "notre", "votre", "mon",
      "ma", "nos", "vos", "cf", "voir", "dit", "dite", "dits", "dites");

  private RunTogetherSplitter() {}

  /** The items run together in {@code text}, stripped; the text itself when there is one item. */
  public static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return parts;
    }
    Matcher m = WORD.matcher(text);
    String previous = null;
    int start = 0;
    while (m.find()) {
      String word = m.group();
      if (previous != null && startsItem(previous, word)) {
        parts.add(text.substring(start, m.start()).strip());
        start = m.start();
      }
      previous = word;
    }
    parts.add(text.substring(start).strip());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  /** Whether {@code word} after {@code previous} starts a new run-together item. */
  static boolean startsItem(String previous, String word) {
    char last = previous.charAt(previous.length() - 1);
    if (!(Character.isLowerCase(last) || last == ')')) {
      return false;
    }
    if (FUNCTION_WORDS.contains(TextFolding.foldWords(previous))) {
      return false;
    }
    return isCapitalisedInfinitive(word);
  }

  /** Whether a word is a capitalised French infinitive ("Renforcer", "Faire", "S'appuyer", "Réagir"). */
  public static boolean isCapitalisedInfinitive(String word) {
    if (!CAPITALISED.matcher(word).matches()) {
      return false;
    }
    String folded = TextFolding.fold(word);
    int apostrophe = folded.indexOf('\'');
    String verb = apostrophe >= 0 ? folded.substring(apostrophe + 1) : folded;
    return verb.length() >= 4
        && (verb.endsWith("er") || verb.endsWith("ir") || verb.endsWith("re") || verb.endsWith("oir"));
  }
}
