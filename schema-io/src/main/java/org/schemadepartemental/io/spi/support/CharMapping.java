package org.schemadepartemental.io.spi.support;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A mapping of texts that works character by character, computed once per character from the
 * whole-text function it stands for ({@link java.text.Normalizer} and the like), so that the common
 * text of plans is mapped without normalising it. Tabled: the Latin blocks (U+0000 to U+02FF),
 * general punctuation and currency signs (U+2000 to U+20CF), arrows (U+2190 to U+21FF), and the
 * shapes, symbols and dingbats plans use as bullets (U+25A0 to U+27BF). None of them is a combining
 * mark or decomposes into a character that could be reordered with a neighbour's, so mapping them
 * one at a time gives what mapping the whole text gives. A text holding any other character goes
 * through the whole-text function. Immutable.
 */
final class CharMapping {
  /** The tabled blocks, as {@code [start, end)} pairs in increasing order. */
  private static final char[] BLOCKS = {'\u0000', '\u0300', '\u2000', '\u20d0', '\u2190', '\u2200', '\u25a0', '\u27c0'};

  private final UnaryOperator<String> whole;
  private final String[][] mapped = new String[BLOCKS.length / 2][];

  /** The table of {@code whole} applied to each tabled character alone. */
  CharMapping(UnaryOperator<String> whole) {
    this.whole = whole;
    for (int b = 0; b < mapped.length; b++) {
      char start = BLOCKS[2 * b];
      mapped[b] = new String[BLOCKS[2 * b + 1] - start];
      for (int i = 0; i < mapped[b].length; i++) {
        mapped[b][i] = whole.apply(String.valueOf((char) (start + i)));
      }
    }
  }

  /**
   * The text mapped character by character without being copied, when each of its characters
   * maps to exactly one: a view whose character {@code i} is the mapping of the text's character
   * {@code i} (so offsets are the same in both). Empty when the text must be mapped whole.
   */
  Optional<CharSequence> view(String text) {
    for (int i = 0; i < text.length(); i++) {
      String m = of(text.charAt(i));
      if (m == null || m.length() != 1) {
        return Optional.empty();
      }
    }
    return Optional.of(new MappedView(text));
  }

  /** A text seen through the table; every character of it maps to one character. */
  private final class MappedView implements CharSequence {
    private final String text;

    MappedView(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      return of(text.charAt(index)).charAt(0);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new MappedView(text.substring(start, end));
    }

    @Override
    public String toString() {
      return apply(text);
    }
  }

  /** What the character alone maps to, or null when it is not tabled (its text must be mapped whole). */
  String of(char c) {
    if (c < BLOCKS[1]) {
      return mapped[0][c];
    }
    for (int b = 1; b < mapped.length; b++) {
      if (c < BLOCKS[2 * b]) {
        return null;
      }
      if (c < BLOCKS[2 * b + 1]) {
        return mapped[b][c - BLOCKS[2 * b]];
      }
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
