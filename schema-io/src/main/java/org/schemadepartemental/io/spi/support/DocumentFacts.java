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
   * Every name after a place word, in one pattern, longest names first: each line is scanned
   * once, not once per département (101 scans per line made this the bulk of an import).
   */
  private static final Pattern NAMED;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Accents removed and apostrophes made plain, character by character for the common text. */
  private static final CharMapping PLAIN = new CharMapping(DocumentFacts::plainSlowly);

  static {
    List<Departement> all = new ArrayList<>(Departements.all());
    all.sort(Comparator.comparingInt((Departement d) -> d.name().length()).reversed());
    StringBuilder names = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    for (Departement d : all) {
      String name = plainSlowly(d.name());
      if (initials.indexOf(name.substring(0, 1)) < 0) {
        initials.append(name.charAt(0));
      }
      names.append(names.length() == 0 ? "" : "|").append('(').append(name.replace("'", "'\\s*").replace("-", "[- ]")).append(')');
    }
    NAMED_ORDER = List.copyOf(all);
    // Every place word starts with d or e, and every name with one of the initials: the lookaheads
    // reject most places at once instead of trying the nine place words, then the 101 names, there.
    NAMED = Pattern.compile("(?=[dDeE])(?i:" + PLACE_WORDS + ")(?=[" + initials + "])(?:" + names + ")(?![\\p{L}-])");
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
      Matcher m = NAMED.matcher(plain(l.text()));
      while (m.find()) {
        for (int group = 1; group <= m.groupCount(); group++) {
          String name = m.group(group);
          if (name != null) {
            if (Character.isUpperCase(name.charAt(0))) {
              counts.merge(NAMED_ORDER.get(group - 1), 1, Integer::sum);
            }
            break;
          }
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
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
