package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises the labels of a layout (section headings, table headers) by meaning: "ÉCHÉANCE",
 * "Échéancier :" and "échéances" all match the phrase "echeance"; "FICHES-ACTIONS" matches
 * "fiche action". Labels and phrases are compared as sequences of folded words (accents, case,
 * punctuation and a plural s/x ignored); a label matches a phrase when it contains the phrase's
 * words in order, and the longest phrase found wins, so "Sous-actions" goes to "sous action"
 * rather than to "action". Immutable and thread-safe.
 *
 * <pre>{@code
 * enum Column { AXIS, FICHE, SOUS_ACTION, CALENDAR }
 * LabelVocabulary<Column> headers = LabelVocabulary.<Column>builder()
 *     .add(Column.AXIS, "axe", "orientation")
 *     .add(Column.FICHE, "fiche action", "action")
 *     .add(Column.SOUS_ACTION, "sous action")
 *     .add(Column.CALENDAR, "calendrier", "echeance", "delai")
 *     .build();
 * headers.match("CALENDRIER DE MISE EN ŒUVRE"); // Optional[CALENDAR]
 * }</pre>
 *
 * @param <K> the keys labels stand for
 */
public final class LabelVocabulary<K> {
  private final List<Phrase<K>> phrases;
  private final int maxWords;
  /**
   * The most letters and digits a text made exactly of a phrase can hold: the longest phrase's,
   * plus one per word for a plural s or x dropped.
   */
  private final int maxPhraseChars;

  private record Phrase<K>(K key, List<String> words) {}

  private LabelVocabulary(List<Phrase<K>> phrases, int maxWords) {
    this.phrases = List.copyOf(phrases);
    this.maxWords = maxWords;
    int longest = 0;
    for (Phrase<K> p : phrases) {
      int chars = 0;
      for (String w : p.words) {
        chars += w.length() + 1;
      }
      longest = Math.max(longest, chars);
    }
    this.maxPhraseChars = longest;
  }

  /** A builder. */
  public static <K> Builder<K> builder() {
    return new Builder<>();
  }

  /**
   * The key of the longest phrase the label contains, when the label is short enough to be a
   * label (at most the builder's word limit) and contains one. HTML tags are ignored.
   */
  public Optional<K> match(String label) {
    return matchWords(words(HtmlFragments.stripTags(label)));
  }

  /**
   * {@link #match} of a label already cut into {@link #words}: for a caller that tests the same
   * words several ways, so that they are folded once.
   */
  public Optional<K> matchWords(List<String> words) {
    if (words.isEmpty() || words.size() > maxWords) {
      return Optional.empty();
    }
    return longest(words, false);
  }

  /** The key of the longest phrase the label is made of exactly (no other word). */
  public Optional<K> matchExactly(String label) {
    String text = HtmlFragments.stripTags(label);
    if (TextFolding.foldsToMoreWordCharsThan(text, maxPhraseChars)) {
      return Optional.empty(); // longer than any phrase: a paragraph is not folded to learn that
    }
    return matchWordsExactly(words(text));
  }

  /** {@link #matchExactly} of a label already cut into {@link #words}. */
  public Optional<K> matchWordsExactly(List<String> words) {
    return words.isEmpty() ? Optional.empty() : longest(words, true);
  }

  /**
   * The key of the longest phrase that {@code text} starts with, and how many of its words the
   * phrase took (for labels followed by content on the same line: "Échéance : 2019").
   */
  public Optional<Map.Entry<K, Integer>> matchStart(String text) {
    List<String> words = words(HtmlFragments.stripTags(text));
    Phrase<K> best = null;
    for (Phrase<K> p : phrases) {
      if (words.size() >= p.words.size() && words.subList(0, p.words.size()).equals(p.words)
          && (best == null || p.words.size() > best.words.size())) {
        best = p;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best.key, best.words.size()));
  }

  private Optional<K> longest(List<String> words, boolean exact) {
    Phrase<K> best = null;
    for (Phrase<K> p : phrases) {
      boolean found = exact ? words.equals(p.words) : indexOf(words, p.words) >= 0;
      if (found && (best == null || p.words.size() > best.words.size())) {
        best = p;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.key);
  }

  private static int indexOf(List<String> words, List<String> phrase) {
    outer:
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      for (int j = 0; j < phrase.size(); j++) {
        if (!words.get(i + j).equals(phrase.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The folded words of a text as this class compares them (plural s/x dropped). */
  public static List<String> words(String text) {
    String folded = TextFolding.foldWords(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : folded.split(" ")) {
      out.add(w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  /**
   * Builder of {@link LabelVocabulary}.
   *
   * @param <K> the keys
   */
  public static final class Builder<K> {
    private final Map<List<String>, Phrase<K>> phrases = new LinkedHashMap<>();
    private int maxWords = 8;

    private Builder() {}

    /** Adds phrases (written plainly, e.g. "elements de diagnostic") standing for {@code key}. */
    public Builder<K> add(K key, String... texts) {
      Objects.requireNonNull(key, "key");
      for (String t : Arrays.asList(texts)) {
        List<String> w = words(t);
        if (w.isEmpty()) {
          throw new IllegalArgumentException("blank phrase for " + key);
        }
        phrases.put(w, new Phrase<>(key, w));
      }
      return this;
    }

    /** The longest text (in words) taken as a label by {@link #match}; 8 by default. */
    public Builder<K> maxWords(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxWords must be positive");
      }
      this.maxWords = n;
      return this;
    }

    /** Builds the vocabulary. */
    public LabelVocabulary<K> build() {
      return new LabelVocabulary<>(new ArrayList<>(phrases.values()), maxWords);
    }
  }
}
