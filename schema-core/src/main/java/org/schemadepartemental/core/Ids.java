package org.schemadepartemental.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The conventions for the stable ids of fiches, sous-actions and indicators, which measurements,
 * reviews and cross-references point at. Importers and builders use them so that the same
 * fiche gets the same id whatever the format it came from.
 */
public final class Ids {
  // Compiled once: importers make an id for every fiche they read.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");
  /** The prefix must end the word: "Famille 2" is not "FA" followed by "mille 2". */
  private static final Pattern FICHE_PREFIX =
      Pattern.compile("(?iu)^(fiche[- ]?action|fiche|fa)(?!\\p{L})\\s*(n\\s*[°o.]\\s*)?");

  private Ids() {}

  /**
   * A lower-case ASCII slug: accents removed, runs of other characters turned into one hyphen
   * ("FA 6" → "fa-6", "Axe 3 bis" → "axe-3-bis"). Never empty: a text with no letter or digit
   * gives "x".
   */
  public static String slug(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String hyphenated = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    String slug = EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
    return slug.isEmpty() ? "x" : slug;
  }

  /**
   * The id of a fiche from its printed number: "6", "FA 6", "Fiche action n°6" all give
   * {@code fa-6}; a number with letters ("12 bis") keeps them ({@code fa-12-bis}).
   */
  public static String fiche(String number) {
    String n = FICHE_PREFIX.matcher(number.strip()).replaceFirst("");
    return "fa-" + slug(n.isEmpty() ? number : n);
  }

  /** The id of the {@code index}-th (1-based) sous-action of a fiche: {@code fa-6.sa2}. */
  public static String sousAction(String ficheId, int index) {
    return ficheId + ".sa" + index;
  }

  /** The id of the {@code index}-th (1-based) indicator of a fiche: {@code fa-6.i3}. */
  public static String indicator(String ficheId, int index) {
    return ficheId + ".i" + index;
  }
}
