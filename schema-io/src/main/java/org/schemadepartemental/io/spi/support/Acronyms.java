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
    if (text == null || text.indexOf('(') < 0) {
      return List.of(); // both forms need a parenthesis
    }
    // What DEFINED.find() does, trying the pattern only at the parentheses (found by indexOf); a
    // match holds no other parenthesis, so the next one is past its end.
    Matcher m = DEFINED.matcher(text);
    for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
      if (!m.region(at, text.length()).lookingAt()) {
        continue;
      }
      String acronym = m.group(1);
      if (out.containsKey(acronym)) {
        continue;
      }
      String expansion = expansion(text, Math.max(0, m.start() - EXPANSION_WINDOW), m.start(), acronym);
      if (expansion != null) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    // "CPO (Centre Psychothérapique de l'Orne)": the expansion after the acronym, all of it.
    // What DEFINED_AFTER.find() does, trying the pattern only at capitals, where it can start (its
    // look-behind sees the character before: transparent bounds).
    Matcher after = DEFINED_AFTER.matcher(text).useTransparentBounds(true);
    int at = 0;
    while (at < text.length()) {
      if (Character.getType(text.codePointAt(at)) != Character.UPPERCASE_LETTER
          || !after.region(at, text.length()).lookingAt()) {
        at++;
        continue;
      }
      at = after.end();
      String acronym = after.group(1);
      String candidate = after.group(2).strip();
      if (out.containsKey(acronym) || !Character.isLetter(candidate.charAt(0))) {
        continue;
      }
      String expansion = expansion(candidate, 0, candidate.length(), acronym);
      if (expansion != null && expansion.equals(TextFolding.trimEnds(candidate, Acronyms::isEdgeJunk))) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The expansion of {@code acronym} that ends the text {@code text[from, to)}: its last words,
   * cut at white space, whose initials spell the acronym, joined by single spaces. The words are
   * cut from the end as the match needs them, not the whole window.
   */
  private static String expansion(String text, int from, int to, String acronym) {
    StringBuilder initials = new StringBuilder(acronym.length());
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (c < '0' || c > '9') {
        initials.append(c); // digits are not initials: "F2A" is spelt by two words
      }
    }
    String letters = initials.toString().toLowerCase(java.util.Locale.ROOT);
    WordsFromEnd words = new WordsFromEnd(text, from, to);
    int first = match(words, 0, letters, letters.length() - 1);
    if (first < 0) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (int k = first; k >= 0; k--) {
      joined.append(words.word(k)).append(k > 0 ? " " : "");
    }
    String expansion = TextFolding.trimEnds(joined.toString(), Acronyms::isEdgeJunk);
    return expansion.isBlank() ? null : expansion;
  }

  /** Punctuation, guillemets and spaces around an expansion. */
  private static boolean isEdgeJunk(int c) {
    return TextFolding.isAsciiPunctuation(c) || TextFolding.isAsciiSpace(c) || c == '«' || c == '»';
  }

  /**
   * Matches the letters {@code 0..letter} against the words ending at the {@code word}-th word from
   * the end, right to left: each word either gives the next letter by its initial (after an
   * elision "d'", "l'") or, when it is an article or preposition, is skipped. Returns the position
   * from the end of the first word, or -1.
   */
  private static int match(WordsFromEnd words, int word, String letters, int letter) {
    if (letter < 0) {
      return word - 1;
    }
    String current = words.word(word);
    if (current == null || letters.length() - letter > 12) {
      return -1;
    }
    String core = TextFolding.trimEnds(current, c -> !Character.isLetter(c));
    int apostrophe = Math.max(core.lastIndexOf('\''), core.lastIndexOf('\u2019'));
    String head = apostrophe >= 0 ? core.substring(apostrophe + 1) : core;
    if (head.isEmpty()) {
      return -1;
    }
    if (TextFolding.fold(head.substring(0, 1)).charAt(0) == letters.charAt(letter)) {
      int found = match(words, word + 1, letters, letter - 1);
      if (found >= 0) {
        return found;
      }
    }
    if (apostrophe < 0 && SKIPPED.contains(TextFolding.fold(core)) && letter < letters.length() - 1) {
      return match(words, word + 1, letters, letter);
    }
    return -1;
  }

  /**
   * The words of {@code text[from, to)} as {@code split("\\s+")} of its stripped text cuts them,
   * found from the end as they are asked for (the text before an acronym is long; its expansion
   * is a few words). Not thread-safe: one per expansion looked for.
   */
  private static final class WordsFromEnd {
    private final String text;
    private final int from;
    /** Where the words not found yet end. */
    private int scan;
    /** Start and end of each word found, from the end. */
    private int[] bounds = new int[16];
    private int found;

    WordsFromEnd(String text, int from, int to) {
      this.text = text;
      int start = from;
      while (start < to && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int end = to;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      this.from = start;
      this.scan = end;
      if (start == end) {
        // An empty text is one empty word, as split gives it.
        bounds[0] = start;
        bounds[1] = start;
        found = 1;
        scan = -1;
      }
    }

    /** The {@code k}-th word from the end (0 is the last), or null when the text has fewer. */
    String word(int k) {
      while (found <= k && scan > from) {
        int end = scan;
        int start = end;
        while (start > from && !TextFolding.isAsciiSpace(text.charAt(start - 1))) {
          start--;
        }
        if (2 * found + 1 >= bounds.length) {
          bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * found] = start;
        bounds[2 * found + 1] = end;
        found++;
        while (start > from && TextFolding.isAsciiSpace(text.charAt(start - 1))) {
          start--;
        }
        scan = start;
      }
      return k < found ? text.substring(bounds[2 * k], bounds[2 * k + 1]) : null;
    }
  }
}
