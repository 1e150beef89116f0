package org.schemadepartemental.io.spi.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.calendar.CalendarParser;

/**
 * Recognises the layout noise of extracted documents: page headers and footers (found by how
 * often a short line repeats), page numbers, table-of-contents lines, separator lines, date
 * stamps and stray encoded strings. The predicates are stateless; {@link #scan} classifies every
 * line of a document at once.
 */
public final class PageNoise {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:page|p\\.?)?\\s*[-–—]?\\s*\\d{1,3}\\s*(?:[-–—]|/\\s*\\d{1,3}|sur\\s+\\d{1,3})?\\s*"
          + "|\\d{1,3}(?: \\d{1,3}){1,3}");
  /** The end of a table-of-contents entry: a page reference ("… p.4", "** p.10-11 **"). */
  private static final Pattern TOC_ENTRY_END = Pattern.compile(
      "(?i)(?:\\.{3,}|…+|\\s|\\*)\\s*(?:\\*\\*)?\\s*p\\.?\\s*\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?\\s*(?:\\*\\*)?\\s*\\z");
  /** The end of a dot-leader entry ("Introduction ........ 3"). */
  private static final Pattern DOT_LEADER_END = Pattern.compile("\\S\\s*(?:\\.{4,}|…{2,})\\s*\\d{1,4}\\s*\\z");
  /**
   * How much of the end of a line (white space collapsed) the entry patterns look at: more than
   * their longest match, so the result is the same as over the whole line, in time bounded per line.
   */
  private static final int ENTRY_END_WINDOW = 64;
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
  private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-_=*~.•·#+–—]*");
  private static final Pattern ENCODED_TOKEN = Pattern.compile("[A-Za-z0-9+/]{4,}={0,2}");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2}");

  private final int minRepeats;
  private final int maxHeaderLength;
  private final Predicate<String> structural;

  private PageNoise(int minRepeats, int maxHeaderLength, Predicate<String> structural) {
    this.minRepeats = minRepeats;
    this.maxHeaderLength = maxHeaderLength;
    this.structural = structural;
  }

  /**
   * A scanner: a stripped line of at most {@code maxHeaderLength} characters repeated at least
   * {@code minRepeats} times is a page header, unless {@code structural} says it is one of the
   * layout's own labels ("PRINCIPE", "Objectifs").
   */
  public static PageNoise scanner(int minRepeats, int maxHeaderLength, Predicate<String> structural) {
    if (minRepeats < 2) {
      throw new IllegalArgumentException("minRepeats must be at least 2");
    }
    return new PageNoise(minRepeats, maxHeaderLength, structural == null ? s -> false : structural);
  }

  /** The default scanner: 3 repeats, 80 characters, no structural label. */
  public static PageNoise scanner() {
    return scanner(3, 80, null);
  }

  /**
   * Classifies every line: {@code kinds[n]} is the noise kind of line {@code n} (1-based), null
   * when the line is not noise by these rules. Each line is folded once.
   */
  public NoiseKind[] scan(TextDocument document) {
    String[] keys = new String[document.lineCount() + 1];
    Map<String, Integer> counts = new HashMap<>();
    for (SourceLine l : document.lines()) {
      // Only short lines are counted: a line sure to fold longer (most lines of content) is not folded.
      String key = TextFolding.foldsLongerThan(l.text(), maxHeaderLength) ? null : l.folded();
      keys[l.number()] = key;
      if (key != null && !key.isEmpty() && key.length() <= maxHeaderLength) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    NoiseKind[] kinds = new NoiseKind[document.lineCount() + 1];
    for (SourceLine l : document.lines()) {
      String text = l.stripped();
      if (text.isEmpty()) {
        continue;
      }
      String key = keys[l.number()];
      kinds[l.number()] = classify(text, key == null ? 0 : counts.getOrDefault(key, 0));
    }
    return kinds;
  }

  private NoiseKind classify(String text, int repeats) {
    if (isSeparator(text)) {
      return NoiseKind.SEPARATOR;
    }
    NoiseKind kind = isPageNumber(text) ? NoiseKind.PAGE_NUMBER
        : repeats >= minRepeats && text.length() <= maxHeaderLength ? NoiseKind.PAGE_HEADER
        : isDateStamp(text) ? NoiseKind.DATE_STAMP
        : isStrayEncoded(text) ? NoiseKind.STRAY
        : null;
    // The layout's own labels are never noise; asked only of the lines that would be, since most
    // lines are not and the layout's test is the dearest (it folds and matches a vocabulary).
    return kind == null || structural.test(text) ? null : kind;
  }

  /**
   * A page number alone, or a run of them ("12", "- 12 -", "Page 3", "p. 4", "12 / 40", "3 sur 10",
   * "29 28"); at most three digits, so a year is not one.
   */
  public static boolean isPageNumber(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() <= 16 && PAGE_NUMBER.matcher(s).matches() && s.chars().anyMatch(Character::isDigit);
  }

  /** A line made only of separator characters, at least three ({@code *****}, {@code ---\t--}). */
  public static boolean isSeparator(String line) {
    String s = line.strip();
    return s.length() >= 3 && SEPARATOR.matcher(s).matches() && s.length() - asciiSpaces(s) >= 3;
  }

  /**
   * A table-of-contents entry: text ending with a page reference ("Orientation 1 p.4", "…
   * **p.10-11**") or a dot leader and a number ("Introduction ........ 3").
   */
  public static boolean isTableOfContentsEntry(String line) {
    String s = line.strip();
    if (s.length() <= 3 || s.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    // Only the end of the line can hold the page reference; matching the whole line would retry
    // from every character of a long run of spaces or dots (cubic time on a hostile line).
    String collapsed = WHITE_SPACE_RUN.matcher(s).replaceAll(" ");
    String end = collapsed.substring(Math.max(0, collapsed.length() - ENTRY_END_WINDOW));
    return TOC_ENTRY_END.matcher(end).find() || DOT_LEADER_END.matcher(end).find();
  }

  /** A date alone on a line, as stamped in page footers: "décembre 2017", "12/12/2017". */
  public static boolean isDateStamp(String line) {
    String s = line.strip();
    if (s.length() > 24) {
      return false;
    }
    if (NUMERIC_DATE.matcher(s).matches()) {
      return true;
    }
    var calendar = CalendarParser.standard().parse(s);
    return calendar.form() == CalendarForm.POINT && calendar.start().orElseThrow().granularity() == Granularity.MONTH
        && Character.isLetter(s.charAt(0));
  }

  /**
   * A stray encoded string left by the extraction ("RkJQdWJsaXNoZXIy NzI2MjA="): only tokens of
   * the base64 alphabet, at least 12 characters, with case changes inside a word or padding that
   * no French text has.
   */
  public static boolean isStrayEncoded(String line) {
    String s = line.strip();
    if (s.length() < 12) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isEncodedChar(c) && !TextFolding.isAsciiSpace(c)) {
        return false; // some token is not of the base64 alphabet: no need to split the line
      }
    }
    boolean random = false;
    for (String token : WHITE_SPACE_RUN.split(s)) {
      if (!ENCODED_TOKEN.matcher(token).matches()) {
        return false;
      }
      random |= token.endsWith("=") || caseChanges(token) >= 3 || mixesDigitsAndLetters(token) && token.length() >= 8;
    }
    return random;
  }

  private static boolean isEncodedChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
  }

  private static int asciiSpaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (TextFolding.isAsciiSpace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static int caseChanges(String token) {
    int n = 0;
    for (int i = 1; i < token.length(); i++) {
      if (Character.isLowerCase(token.charAt(i - 1)) && Character.isUpperCase(token.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean mixesDigitsAndLetters(String token) {
    return token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter);
  }
}
