package org.schemadepartemental.io.spi.support;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers texts already read, compared folded ({@link TextFolding#foldWords}), to read a block
 * printed several times only once ("a grid and its indicators printed three times"). Not
 * thread-safe: one per read or per scope (a fiche).
 */
public final class SeenTexts {
  private final Set<String> seen = new HashSet<>();

  /** An empty memory. */
  public SeenTexts() {}

  /** Whether {@code text} is new, remembering it: true the first time, false afterwards. */
  public boolean firstTime(String text) {
    return seen.add(TextFolding.foldWords(text));
  }

  /** Whether {@code text} was seen, without remembering it. */
  public boolean contains(String text) {
    return seen.contains(TextFolding.foldWords(text));
  }
}
