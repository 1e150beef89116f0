package org.schemadepartemental.io.spi.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.YearRange;

/**
 * Finds the facts a plan states about itself in free text: its period ("2017-2021") and its
 * département (from a postal address, or from a phrase such as "de l'Orne", "en
 * Seine-Saint-Denis", "Conseil départemental du Nord"). Stateless.
 */
public final class DocumentFacts {
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\s*(?:-|–|—|/|à|au)\\s*((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<!\\d)(\\d{5})\\s+(\\p{Lu}[\\p{Lu}' -]{2,})(?:\\s+(?i:cedex))?");
  private static final String PLACE_WORDS =
      "(?:de\\s+l'|de\\s+la|du|des|de|en|dans\\s+l'|dans\\s+la|dans\\s+le|departement|departemental\\s+(?:de\\s+la|de\\s+l'|du|des|de))\\s*";
  /** The départements in the order of {@link #NAMED}'s groups: group {@code i + 1} is {@code NAMED_ORDER.get(i)}. */
  private static final List<Departement> NAMED_ORDER;
  /**
   * Every name after a place word, in one pattern, longest names first among those of the same
   * initial: each line is scanned once, not once per département (101 scans per line made this
   * the bulk of an import).
   */
  private static final Pattern NAMED;
  /** The first letters of the names, plain. */
  private static final String INITIALS;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Accents removed and apostrophes made plain, character by character for the common text. */
  private static final CharMapping PLAIN = new CharMapping(DocumentFacts::plainSlowly);

  static {
    List<Departement> all = new ArrayList<>(Departements.all());
    all.sort(Comparator.comparingInt((Departement d) -> d.name().length()).reversed());
    // The names grouped by initial, longest first within each group: names of different initials
    // never match at the same place, so only their own group's order matters, and a place whose
    // initial is not a group's is passed over by one lookahead instead of by every name of it.
    Map<Character, List<Departement>> byInitial = new LinkedHashMap<>();
    for (Departement d : all) {
      byInitial.computeIfAbsent(plainSlowly(d.name()).charAt(0), k -> new ArrayList<>()).add(d);
    }
    List<Departement> order = new ArrayList<>();
    StringBuilder groups = new StringBuilder();
    for (Map.Entry<Character, List<Departement>> initial : byInitial.entrySet()) {
      groups.append(groups.length() == 0 ? "" : "|").append("(?=").append(initial.getKey()).append(")(?:");
      String separator = "";
      for (Departement d : initial.getValue()) {
        String name = plainSlowly(d.name()).replace("'", "'\\s*").replace("-", "[- ]");
        groups.append(separator).append('(').append(name).append(')');
        separator = "|";
        order.add(d);
      }
      groups.append(')');
    }
    StringBuilder initials = new StringBuilder();
    byInitial.keySet().forEach(initials::append);
    INITIALS = initials.toString();
    NAMED_ORDER = List.copyOf(order);
    // Every place word starts with d or e, and every name with one of the initials: the lookaheads
    // reject most places at once instead of trying the nine place words, then the names, there.
    NAMED = Pattern.compile("(?=[dDeE])(?i:" + PLACE_WORDS + ")(?=[" + INITIALS + "])(?:" + groups + ")(?![\\p{L}-])");
  }

  private DocumentFacts() {}

  /** The first year range in the text spanning 1 to 10 years ("2017-2021", "2018 à 2022"). */
  public static Optional<YearRange> findPeriod(String text) {
    Matcher m = YEAR_RANGE.matcher(text == null ? "" : text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int last = Integer.parseInt(m.group(2));
      if (last > first && last - first <= 10) {
        return Optional.of(new YearRange(first, last));
      }
    }
    return Optional.empty();
  }

  /** Where the first period found by {@link #findPeriod} is: {@code [start, end)} offsets, if any. */
  public static Optional<int[]> findPeriodSpan(String text) {
    Matcher m = YEAR_RANGE.matcher(text == null ? "" : text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int last = Integer.parseInt(m.group(2));
      if (last > first && last - first <= 10) {
        return Optional.of(new int[] {m.start(), m.end()});
      }
    }
    return Optional.empty();
  }

  /**
   * The département of a postal address in the line ("61016 ALENÇON Cedex" → Orne), when the
   * line has a five-digit postcode followed by a town in capitals.
   */
  public static Optional<Departement> departementOfAddress(String line) {
    if (line == null || !hasFiveDigits(line)) {
      return Optional.empty(); // no postcode: the pattern need not look at every character
    }
    Matcher m = POSTCODE.matcher(line);
    while (m.find()) {
      String code = m.group(1);
      Optional<Departement> d = code.startsWith("97") ? Departements.byCode(code.substring(0, 3))
          : code.startsWith("20") ? Optional.empty() : Departements.byCode(code.substring(0, 2));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The département a document names: a postal address first, else the département most often
   * named after a place word ("de l'Orne", "en Seine-Saint-Denis"), the earliest on a tie.
   */
  public static Optional<Departement> findDepartement(TextDocument document) {
    for (SourceLine l : document.lines()) {
      Optional<Departement> d = departementOfAddress(l.text());
      if (d.isPresent()) {
        return d;
      }
    }
    Map<Departement, Integer> counts = new LinkedHashMap<>();
    for (SourceLine l : document.lines()) {
      // Seen plain through the table rather than copied plain: most lines hold no name at all.
      CharSequence text = PLAIN.view(l.text()).orElseGet(() -> plain(l.text()));
      Matcher m = null;
      // What NAMED.find() does, trying the pattern only where a place word followed by an
      // initial starts: the other places cannot match, and most characters of a text are those.
      int at = 0;
      while (at < text.length()) {
        if (!placeWordBeforeInitial(text, at)) {
          at++;
          continue;
        }
        m = m == null ? NAMED.matcher(text) : m;
        m.region(at, text.length());
        if (!m.lookingAt()) {
          at++;
          continue;
        }
        for (int group = 1; group <= m.groupCount(); group++) {
          if (m.start(group) >= 0) {
            if (Character.isUpperCase(text.charAt(m.start(group)))) {
              counts.merge(NAMED_ORDER.get(group - 1), 1, Integer::sum);
            }
            break;
          }
        }
        at = m.end();
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /**
   * Whether one of NAMED's place words (ignoring case) can start at {@code at} and be followed,
   * after white space, by a name's initial: true wherever NAMED can match, and false at almost
   * every other place (it may say true where NAMED does not match, never the other way).
   */
  static boolean placeWordBeforeInitial(CharSequence text, int at) {
    char c = text.charAt(at);
    if (c == 'e' || c == 'E') {
      return isLetter(text, at + 1, 'n') && initialAfterSpaces(text, at + 2); // en
    }
    if (c != 'd' && c != 'D') {
      return false;
    }
    if (isLetter(text, at + 1, 'u')) {
      return initialAfterSpaces(text, at + 2); // du
    }
    if (isLetter(text, at + 1, 'a')) {
      return startsIgnoringCase(text, at, "dans") && articleBeforeInitial(text, at + 4); // dans l', la, le
    }
    if (!isLetter(text, at + 1, 'e')) {
      return false;
    }
    return initialAfterSpaces(text, at + 2) // de
        || isLetter(text, at + 2, 's') && initialAfterSpaces(text, at + 3) // des
        || articleBeforeInitial(text, at + 2) // de l', de la
        || startsIgnoringCase(text, at, "departement"); // departement, departemental …: left to NAMED
  }

  /** White space, then "l'", "la" or "le" (ignoring case), then a name's initial after white space. */
  private static boolean articleBeforeInitial(CharSequence text, int at) {
    int i = at;
    while (i < text.length() && TextFolding.isAsciiSpace(text.charAt(i))) {
      i++;
    }
    if (i == at || !isLetter(text, i, 'l') || i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    return (next == '\'' || next == 'a' || next == 'A' || next == 'e' || next == 'E') && initialAfterSpaces(text, i + 2);
  }

  private static boolean initialAfterSpaces(CharSequence text, int at) {
    int i = at;
    while (i < text.length() && TextFolding.isAsciiSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && INITIALS.indexOf(text.charAt(i)) >= 0;
  }

  /** Whether the character at {@code at} is the ASCII letter {@code lower} in either case, as (?i) compares it. */
  private static boolean isLetter(CharSequence text, int at, char lower) {
    return at < text.length() && (text.charAt(at) == lower || text.charAt(at) == Character.toUpperCase(lower));
  }

  /** Whether {@code text} has the lower-case ASCII {@code word} at {@code at}, ignoring case. */
  private static boolean startsIgnoringCase(CharSequence text, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!isLetter(text, at + i, word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasFiveDigits(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 5) {
        return true;
      }
    }
    return false;
  }

  /** Accents removed, typographic apostrophes plain, case kept; the text itself when it has none. */
  private static String plain(String text) {
    return PLAIN.apply(text);
  }

  private static String plainSlowly(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
  }
}
