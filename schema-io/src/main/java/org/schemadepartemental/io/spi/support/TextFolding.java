package org.schemadepartemental.io.spi.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Folds French text for matching by meaning rather than by exact string: lower case, accents
 * removed, ligatures opened (œ → oe), typographic apostrophes, quotes and dashes made plain,
 * spaces (including no-break spaces) collapsed. "Échéance", "ECHEANCE" and "échéance " fold to
 * the same key.
 */
public final class TextFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Each character of the Latin blocks and general punctuation folded once, the rest folded slowly. */
  private static final CharMapping FOLDED = new CharMapping(TextFolding::foldSlowly);

  private TextFolding() {}

  /** The folded form of {@code text} (never null; null folds to ""); the text itself when already folded. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int length = text.length();
    StringBuilder sb = null;
    boolean space = false; // whether the last character given out is ASCII white space
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String folded = FOLDED.of(c);
      if (folded == null) {
        return SPACES.matcher(foldSlowly(text)).replaceAll(" ").strip();
      }
      if (sb == null) {
        if (folded.length() == 1 && folded.charAt(0) == c && !(isAsciiSpace(c) && (space || c != ' '))) {
          space = c == ' ';
          continue;
        }
        sb = new StringBuilder(length + 8).append(text, 0, i);
      }
      // Runs of ASCII white space become one space, as SPACES does on the slow way.
      for (int k = 0; k < folded.length(); k++) {
        char f = folded.charAt(k);
        if (isAsciiSpace(f)) {
          if (!space) {
            sb.append(' ');
          }
          space = true;
        } else {
          sb.append(f);
          space = false;
        }
      }
    }
    return (sb == null ? text : sb.toString()).strip();
  }

  /**
   * Whether {@link #fold} of the text is sure to be longer than {@code limit}, known without
   * folding it: by counting, until past the limit, its characters that fold to something other
   * than white space (those this class folds one by one; the others may fold to nothing). For
   * skipping texts too long to be what a caller looks for.
   */
  static boolean foldsLongerThan(String text, int limit) {
    return text.length() > limit && foldedCharsExceed(text, limit, false);
  }

  /** Whether {@link #foldWords} of the text is sure to keep more than {@code limit} letters and digits (as above). */
  static boolean foldsToMoreWordCharsThan(String text, int limit) {
    return text.length() > limit / 2 && foldedCharsExceed(text, limit, true);
  }

  private static boolean foldedCharsExceed(String text, int limit, boolean wordChars) {
    int n = 0;
    for (int i = 0; i < text.length() && n <= limit; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += (wordChars ? isWordChar(c) || c >= 'A' && c <= 'Z' : !Character.isWhitespace(c)) ? 1 : 0; // ASCII folds to itself, lower case
        continue;
      }
      String folded = FOLDED.of(c);
      if (folded != null) {
        for (int k = 0; k < folded.length(); k++) {
          char f = folded.charAt(k);
          if (wordChars ? isWordChar(f) : !isAsciiSpace(f) && !Character.isWhitespace(f)) {
            n++;
          }
        }
      }
    }
    return n > limit;
  }

  /**
   * The folding itself, without the spaces collapsed: ligatures opened, canonical decomposition
   * with the marks dropped, lower case, typographic quotes, spaces and dashes made plain.
   */
  private static String foldSlowly(String text) {
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
    return sb.toString();
  }

  /**
   * The folded form with every character other than letters and digits turned into one space: the
   * words, each separated by one space. The folded text itself when it is already so.
   */
  public static String foldWords(String text) {
    String folded = fold(text);
    if (isWords(folded)) {
      return folded;
    }
    StringBuilder sb = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isWordChar(c)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  /** Whether the text is words of letters and digits separated by single spaces (or empty). */
  private static boolean isWords(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!isWordChar(c) && (c != ' ' || i == 0 || i == length - 1 || !isWordChar(text.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /**
   * Collapses runs of white space (including no-break spaces) into one space and strips; the text
   * itself when nothing changes.
   */
  public static String collapseSpaces(String text) {
    if (text == null) {
      return "";
    }
    int length = text.length();
    StringBuilder sb = null;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean white = isAsciiSpace(c) || c == '\u00a0' || c == '\u202f';
      if (sb == null) {
        if (!white || c == ' ' && !space) {
          space = white;
          continue;
        }
        sb = new StringBuilder(length).append(text, 0, i);
      }
      if (white) {
        if (!space) {
          sb.append(' ');
        }
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    return (sb == null ? text : sb.toString()).strip();
  }

  /** Whether the text holds an ASCII digit (what {@code .*\\d.*} tests, in one pass). */
  public static boolean containsDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without the code points {@code junk} accepts at its start and end. A loop rather than
   * {@code replaceAll("^[…]+|[…]+$", "")}, which retries from every character of a long run (quadratic).
   */
  public static String trimEnds(String text, IntPredicate junk) {
    int start = 0;
    int end = text.length();
    while (start < end && junk.test(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && junk.test(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** Whether the code point is ASCII white space, as {@code \\s} in a pattern. */
  public static boolean isAsciiSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether the code point is ASCII punctuation, as {@code \\p{Punct}} in a pattern. */
  public static boolean isAsciiPunctuation(int c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  /** The number of characters of {@code text} that are not white space. */
  public static int nonBlankLength(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Whether a character counts as blank in placement counts (white space, no-break spaces, BOM). */
  public static boolean isBlank(char c) {
    if (c > ' ' && c < '\u007f') {
      return false; // printable ASCII, most of any text: none of the tests below holds
    }
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\ufeff' || Character.isSpaceChar(c);
  }
}
