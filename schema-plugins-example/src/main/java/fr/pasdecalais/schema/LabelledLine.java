package fr.pasdecalais.schema;

import java.util.Map;
import java.util.Optional;
import org.schemadepartemental.io.spi.support.LabelVocabulary;

/**
 * A line that starts with a label of the layout, and the content after it: "PILOTAGE : A définir"
 * gives the pilotage label and "A définir"; "GROUPE DE TRAVAIL Développer…" (no colon) gives the
 * group label and its title.
 *
 * @param key what the label stands for
 * @param content the text after the label and its colon, possibly empty
 * @param <K> the keys of the vocabulary
 */
record LabelledLine<K>(K key, String content) {

  /**
   * The label at the start of {@code line}, if the vocabulary knows one there. The content
   * starts after as many words as the label took ({@link LabelVocabulary#matchStart}), then any
   * colon, dash or space.
   */
  static <K> Optional<LabelledLine<K>> of(LabelVocabulary<K> labels, String line) {
    String s = ReviewText.clean(line);
    if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0))) {
      return Optional.empty(); // a bullet item is content, whatever its first words
    }
    Optional<Map.Entry<K, Integer>> match = labels.matchStart(s);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    int i = skipWords(s, match.get().getValue());
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || ":：-–—".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return Optional.of(new LabelledLine<>(match.get().getKey(), s.substring(i).strip()));
  }

  /** The offset after {@code words} words, as {@link LabelVocabulary#words} cuts them (letters and digits). */
  private static int skipWords(String s, int words) {
    int i = 0;
    for (int w = 0; w < words; w++) {
      while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
    }
    return i;
  }
}
