package org.schemadepartemental.io.spi.support;

import java.util.function.UnaryOperator;

/**
 * A mapping of texts that works character by character, computed once per character from the
 * whole-text function it stands for ({@link java.text.Normalizer} and the like), so that the common
 * text of plans is mapped without normalising it. Only the Latin blocks (U+0000 to U+02FF) and
 * general punctuation (U+2000 to U+206F) are tabled: none of their characters is a combining mark
 * or decomposes into marks that could be reordered with a neighbour's, so mapping them one at a
 * time gives what mapping the whole text gives. A text holding any other character goes through
 * the whole-text function. Immutable.
 */
final class CharMapping {
  private static final char LATIN_END = '\u0300';
  private static final char PUNCTUATION_START = '\u2000';
  private static final char PUNCTUATION_END = '\u2070';

  private final UnaryOperator<String> whole;
  private final String[] mapped = new String[LATIN_END + (PUNCTUATION_END - PUNCTUATION_START)];

  /** The table of {@code whole} applied to each tabled character alone. */
  CharMapping(UnaryOperator<String> whole) {
    this.whole = whole;
    for (char c = 0; c < LATIN_END; c++) {
      mapped[c] = whole.apply(String.valueOf(c));
    }
    for (char c = PUNCTUATION_START; c < PUNCTUATION_END; c++) {
      mapped[LATIN_END + c - PUNCTUATION_START] = whole.apply(String.valueOf(c));
    }
  }

  /** What the character alone maps to, or null when it is not tabled (its text must be mapped whole). */
  String of(char c) {
    if (c < LATIN_END) {
      return mapped[c];
    }
    if (c >= PUNCTUATION_START && c < PUNCTUATION_END) {
      return mapped[LATIN_END + c - PUNCTUATION_START];
    }
    return null;
  }

  /** The whole-text function applied to {@code text} (the text itself when nothing changes). */
  String apply(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String m = of(c);
      if (m == null) {
        return whole.apply(text);
      }
      if (sb == null) {
        if (m.length() == 1 && m.charAt(0) == c) {
          continue;
        }
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      sb.append(m);
    }
    return sb == null ? text : sb.toString();
  }
}
