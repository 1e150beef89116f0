package org.schemadepartemental.io.spi.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.GlossaryEntry;

/**
 * Acronyms in plans' text: recognising one, and finding those the text defines itself ("Relais
 * Petite Enfance (RPE)"). The acronyms marked for the glossary ("ASE*") are found by the core's
 * {@link org.schemadepartemental.core.glossary.GlossaryMarks}. Stateless.
 */
public final class Acronyms {
  private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)");
  private static final Pattern DEFINED_AFTER = Pattern.compile(
      "(?<![\\p{L}\\d])(\\p{Lu}[\\p{Lu}\\d]{1,9})\\s*\\(([^()]{3,100})\\)");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
  private static final Set<String> SKIPPED = Set.of(
      "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur", "par");

  /**
   * How much text before "(WOTE)" is searched for its expansion: ten initials and the articles
   * between them fit many times over, and a long text before each parenthesis is not re-read.
   */
  private static final int EXPANSION_WINDOW = 400;

  private Acronyms() {}

  /** Whether the token is an acronym: two to ten capitals or digits, starting with a capital. */
  public static boolean isAcronym(String token) {
    return token.length() >= 2 && token.length() <= 10 && Character.isUpperCase(token.charAt(0))
        && token.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && token.chars().filter(Character::isLetter).count() >= 2;
  }

  /**
   * The acronyms the text defines as "Words Of The Expansion (WOTE)" (the words just before the
   * parenthesis whose initials, skipping articles and prepositions, spell the acronym) or as "WOTE
   * (Words Of The Expansion)" (all the words in the parenthesis). The first definition of an
   * acronym wins.
   */
  public static List<GlossaryEntry> definitions(String text) {
    Map<String, GlossaryEntry> out = new LinkedHashMap<>();
    Matcher m = DEFINED.matcher(text == null ? "" : text);
    while (m.find()) {
      String acronym = m.group(1);
      if (out.containsKey(acronym)) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - EXPANSION_WINDOW), m.start());
      String expansion = expansion(before, acronym);
      if (expansion != null) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    // "CPO (Centre Psychothérapique de l'Orne)": the expansion after the acronym, all of it.
    Matcher after = DEFINED_AFTER.matcher(text == null ? "" : text);
    while (after.find()) {
      String acronym = after.group(1);
      String candidate = after.group(2).strip();
      if (out.containsKey(acronym) || !Character.isLetter(candidate.charAt(0))) {
        continue;
      }
      String expansion = expansion(candidate, acronym);
      if (expansion != null && expansion.equals(TextFolding.trimEnds(candidate, Acronyms::isEdgeJunk))) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    return List.copyOf(out.values());
  }

  private static String expansion(String before, String acronym) {
    String[] words = WHITE_SPACE_RUN.split(before.strip());
    StringBuilder initials = new StringBuilder(acronym.length());
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (c < '0' || c > '9') {
        initials.append(c); // digits are not initials: "F2A" is spelt by two words
      }
    }
    String letters = initials.toString().toLowerCase(java.util.Locale.ROOT);
    int first = match(words, words.length - 1, letters, letters.length() - 1);
    if (first < 0) {
      return null;
    }
    String expansion = TextFolding.trimEnds(
        String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)), Acronyms::isEdgeJunk);
    return expansion.isBlank() ? null : expansion;
  }

  /** Punctuation, guillemets and spaces around an expansion. */
  private static boolean isEdgeJunk(int c) {
    return TextFolding.isAsciiPunctuation(c) || TextFolding.isAsciiSpace(c) || c == '«' || c == '»';
  }

  /**
   * Matches the letters {@code 0..letter} against the words ending at {@code word}, right to left:
   * each word either gives the next letter by its initial (after an elision "d'", "l'") or, when it
   * is an article or preposition, is skipped. Returns the index of the first word, or -1.
   */
  private static int match(String[] words, int word, String letters, int letter) {
    if (letter < 0) {
      return word + 1;
    }
    if (word < 0 || letters.length() - letter > 12) {
      return -1;
    }
    String core = TextFolding.trimEnds(words[word], c -> !Character.isLetter(c));
    int apostrophe = Math.max(core.lastIndexOf('\''), core.lastIndexOf('\u2019'));
    String head = apostrophe >= 0 ? core.substring(apostrophe + 1) : core;
    if (head.isEmpty()) {
      return -1;
    }
    if (TextFolding.fold(head.substring(0, 1)).charAt(0) == letters.charAt(letter)) {
      int found = match(words, word - 1, letters, letter - 1);
      if (found >= 0) {
        return found;
      }
    }
    if (apostrophe < 0 && SKIPPED.contains(TextFolding.fold(core)) && letter < letters.length() - 1) {
      return match(words, word - 1, letters, letter);
    }
    return -1;
  }
}
