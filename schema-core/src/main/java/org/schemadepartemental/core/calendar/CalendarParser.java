package org.schemadepartemental.core.calendar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;

/**
 * Reads the French calendar statements plans print into an {@link ActionCalendar}, keeping the
 * original text. Never throws on any text: what it cannot read becomes {@link
 * CalendarForm#UNPARSED}. Stateless and thread-safe.
 *
 * <p>Forms read (case, accents, typographic apostrophes and dashes, extra spaces, a trailing
 * full stop and a leading label such as "Calendrier :" or "ECHEANCE :" ignored):
 *
 * <ul>
 *   <li>empty → {@code NONE}; "A définir", "à déterminer", "à préciser" → {@code TO_BE_DEFINED};
 *       "En cours", "en cours de réalisation", "en continu", "permanent" → {@code IN_PROGRESS};
 *   <li>a period: "2019", "en 2019", "1er semestre 2013", "2ème trimestre 2013", "S2 2019",
 *       "juin 2013", "06/2013", "2019-S1", "2019-Q2", "2019-06", optionally qualified by "début",
 *       "mi-", "fin", "courant", "dans le courant de" → {@code POINT};
 *   <li>"2019-2020", "2019 / 2020", "de 2019 à 2021", "entre 2019 et 2021", "du 1er semestre 2019 au
 *       2ème semestre 2020", "janvier - mars 2019" (the year given once) → {@code RANGE};
 *   <li>"Démarrage en 2019", "à partir de 2019", "à compter du 2ème semestre 2019", "dès 2019" →
 *       {@code FROM};
 *   <li>"d'ici 2020", "d'ici fin 2020", "au plus tard en 2020", "à échéance de 2020" → {@code UNTIL}
 *       2020; "avant 2021" → {@code UNTIL} 2020 (the period before the one named);
 *   <li>"2018-S2, 2019-S1, 2019-S2" (the canonical text of a grid) → {@code GRID}.
 * </ul>
 */
public final class CalendarParser {

  private static final CalendarParser STANDARD = new CalendarParser();

  private static final String[] MONTHS = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre"
  };
  private static final String MONTH_ALTERNATION = String.join("|", MONTHS);
  private static final String ORDINAL =
      "(1|2|3|4|premier|1er|1ere|second|seconde|deuxieme|2nd|2nde|2e|2eme|2ieme|troisieme|3e|3eme|3ieme"
          + "|quatrieme|4e|4eme|4ieme)";
  private static final String YEAR = "((?:19|20|21)\\d{2})";
  private static final int FIRST_YEAR = 1900; // the first year YEAR matches, and CalendarPeriod allows

  // What normalize, point and the grid use, compiled once: an import parses every calendar it meets.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern LEADING_LABEL = Pattern.compile(
      "^(calendrier( previsionnel| de mise en oeuvre)?|echeancier|echeance|delai( de mise en oeuvre)?"
      + "|periode)\\s*:\\s*");
  private static final Pattern ORDINAL_SPACE = Pattern.compile("(\\d)\\s+(er|ere|e|eme|ieme|nd|nde)\\b");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:,!]+$");
  private static final Pattern TRAILING_POINT_PUNCTUATION = Pattern.compile("[.;:,]+$");
  private static final Pattern GRID_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern TO_BE_DEFINED =
      Pattern.compile("(a|au)\\s*(definir|determiner|preciser|venir|confirmer)|non (defini|determine|precise)|nc|tbd");
  private static final Pattern IN_PROGRESS =
      Pattern.compile("en cours(?: de realisation| de mise en oeuvre)?|en continu|permanent|continu"
          + "|tout au long du schema|sur la duree du schema");
  private static final Pattern GRID =
      Pattern.compile(YEAR + "-s[12](\\s*[,;]\\s*" + YEAR + "-s[12])*");
  private static final Pattern FROM = Pattern.compile(
      "(?:demarrage|debut|lancement|mise en oeuvre|mise en place)\\s+(?:en|au|a|le|la|des|des le|a partir de|a partir du)\\s+(.+)"
          + "|(?:a partir|a compter)\\s+(?:de l'|d'|de la|du|de|des)\\s*(.+)|des\\s+(?:le\\s+|la\\s+)?(.+)");
  private static final Pattern UNTIL = Pattern.compile(
      "(d'ici|d ici|avant|au plus tard|a echeance|echeance|jusqu'|jusqu)\\s*"
          // the article must end at a space or an apostrophe, or "d'ici avril" would lose the "a" of "avril"
          + "(?:(?:a la|au|a|en|le|la|de|du)\\s+|a l'|l'|d')?(.+)");
  private static final Pattern RANGE_DE_A = Pattern.compile(
      "(?:de|du|entre)\\s+(.+?)\\s+(?:a|au|et|jusqu'a|jusqu'au)\\s+(.+)");
  // Every place the text can be cut is tried: "janvier - mars 2019" must not be cut at the "a" of "janvier".
  private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|/)\\s*|\\s+a\\s+");

  private static final Pattern QUALIFIER = Pattern.compile(
      "(debut|fin|mi|courant|dans le courant|au cours|durant|pendant)\\s*(?:-\\s*)?"
          // as above: "début décembre" must not read as "début de cembre"
          + "(?:(?:de la|du|des|de|en)\\s+|de l'|d')?(.+)");
  private static final Pattern P_YEAR = Pattern.compile("(?:en |l'annee |annee |l'an |an )?" + YEAR);
  private static final Pattern P_SEMESTER = Pattern.compile(
      "(?:le |au |du )?" + ORDINAL + "\\s*semestre\\s*(?:de l'annee |de |du |en )?" + YEAR
          + "|s\\s*([12])\\s*" + YEAR + "|" + YEAR + "\\s*[- ]?\\s*s\\s*([12])");
  private static final Pattern P_QUARTER = Pattern.compile(
      "(?:le |au |du )?" + ORDINAL + "\\s*trimestre\\s*(?:de l'annee |de |du |en )?" + YEAR
          + "|[tq]\\s*([1-4])\\s*" + YEAR + "|" + YEAR + "\\s*[- ]?\\s*[tq]\\s*([1-4])");
  private static final Pattern P_MONTH = Pattern.compile(
      "(?:le mois de |mois de |en )?(" + MONTH_ALTERNATION + ")\\s*(?:de l'annee |de |du )?" + YEAR
          + "|(0?[1-9]|1[0-2])\\s*/\\s*" + YEAR + "|" + YEAR + "-(0[1-9]|1[0-2])");

  /**
   * Longer statements are not parsed (they are {@code UNPARSED}, text kept): a calendar is a short
   * phrase, a 40-semester grid is 360 characters, and the forms are tried at every cut of the text,
   * which would take quadratic time on a hostile cell of a hundred thousand characters.
   */
  public static final int MAX_PARSED_LENGTH = 500;

  private CalendarParser() {}

  /** The parser for the French forms listed above. */
  public static CalendarParser standard() {
    return STANDARD;
  }

  /** Reads {@code text}; never throws, never returns null. A null text reads as empty. */
  public ActionCalendar parse(String text) {
    String original = text == null ? "" : text;
    if (original.length() > MAX_PARSED_LENGTH) {
      return ActionCalendar.state(original, CalendarForm.UNPARSED);
    }
    String s = normalize(original);
    if (s.isEmpty()) {
      return original.isEmpty() ? ActionCalendar.none() : ActionCalendar.state(original, CalendarForm.NONE);
    }
    if (TO_BE_DEFINED.matcher(s).matches()) {
      return ActionCalendar.state(original, CalendarForm.TO_BE_DEFINED);
    }
    if (IN_PROGRESS.matcher(s).matches()) {
      return ActionCalendar.state(original, CalendarForm.IN_PROGRESS);
    }
    if (GRID.matcher(s).matches()) {
      List<CalendarPeriod> semesters = new ArrayList<>();
      for (String part : GRID_SEPARATOR.split(s)) {
        semesters.add(CalendarPeriod.parse(part.toUpperCase(Locale.ROOT)));
      }
      return ActionCalendar.grid(original, semesters);
    }
    Optional<Point> point = point(s);
    if (point.isPresent()) {
      return ActionCalendar.point(original, point.get().period, point.get().approximation);
    }
    Matcher m = FROM.matcher(s);
    if (m.matches()) {
      Optional<Point> p = point(firstNonNull(m.group(1), m.group(2), m.group(3)));
      if (p.isPresent()) {
        return ActionCalendar.from(original, p.get().period);
      }
    }
    m = UNTIL.matcher(s);
    if (m.matches()) {
      Optional<Point> p = point(m.group(2));
      // "avant 2021" is by the end of 2020; "d'ici 2021" and "jusqu'en 2021" include 2021.
      boolean before = m.group(1).equals("avant");
      if (p.isPresent() && !(before && p.get().period.year() == FIRST_YEAR && p.get().period.index() == 1)) {
        return ActionCalendar.until(original, before ? p.get().period.previous() : p.get().period);
      }
    }
    m = RANGE_DE_A.matcher(s);
    if (m.matches()) {
      Optional<ActionCalendar> r = range(original, m.group(1), m.group(2));
      if (r.isPresent()) {
        return r.get();
      }
    }
    m = RANGE_SEPARATOR.matcher(s);
    while (m.find()) {
      if (m.start() > 0 && m.end() < s.length()) {
        Optional<ActionCalendar> r = range(original, s.substring(0, m.start()), s.substring(m.end()));
        if (r.isPresent()) {
          return r.get();
        }
      }
    }
    return ActionCalendar.state(original, CalendarForm.UNPARSED);
  }

  private static Optional<ActionCalendar> range(String original, String left, String right) {
    Optional<Point> end = point(right);
    if (end.isEmpty()) {
      return Optional.empty();
    }
    Optional<Point> start = point(left);
    if (start.isEmpty()) {
      // "1er semestre - 2ème semestre 2019", "juin - septembre 2019": the year is given once, at the end.
      start = point(left + " " + end.get().period.year());
    }
    if (start.isEmpty()
        || start.get().approximation != Approximation.EXACT && start.get().approximation != Approximation.EARLY
        || end.get().period.startDate().isBefore(start.get().period.startDate())) {
      return Optional.empty();
    }
    return Optional.of(ActionCalendar.range(original, start.get().period, end.get().period));
  }

  private record Point(CalendarPeriod period, Approximation approximation) {}

  private static Optional<Point> point(String s) {
    s = TRAILING_POINT_PUNCTUATION.matcher(s.strip()).replaceAll("").strip();
    Optional<CalendarPeriod> exact = period(s);
    if (exact.isPresent()) {
      return Optional.of(new Point(exact.get(), Approximation.EXACT));
    }
    Matcher q = QUALIFIER.matcher(s);
    if (q.matches()) {
      Optional<CalendarPeriod> p = period(q.group(2));
      if (p.isPresent()) {
        Approximation a = switch (q.group(1)) {
          case "debut" -> Approximation.EARLY;
          case "fin" -> Approximation.LATE;
          case "mi" -> Approximation.MID;
          default -> Approximation.DURING;
        };
        return Optional.of(new Point(p.get(), a));
      }
    }
    return Optional.empty();
  }

  private static Optional<CalendarPeriod> period(String s) {
    s = s.strip();
    Matcher m = P_YEAR.matcher(s);
    if (m.matches()) {
      return Optional.of(CalendarPeriod.year(Integer.parseInt(m.group(1))));
    }
    m = P_SEMESTER.matcher(s);
    if (m.matches()) {
      if (m.group(1) != null) {
        int n = ordinal(m.group(1));
        return n <= 2 ? Optional.of(CalendarPeriod.semester(Integer.parseInt(m.group(2)), n)) : Optional.empty();
      }
      if (m.group(3) != null) {
        return Optional.of(CalendarPeriod.semester(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3))));
      }
      return Optional.of(CalendarPeriod.semester(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
    }
    m = P_QUARTER.matcher(s);
    if (m.matches()) {
      if (m.group(1) != null) {
        return Optional.of(CalendarPeriod.quarter(Integer.parseInt(m.group(2)), ordinal(m.group(1))));
      }
      if (m.group(3) != null) {
        return Optional.of(CalendarPeriod.quarter(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3))));
      }
      return Optional.of(CalendarPeriod.quarter(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
    }
    m = P_MONTH.matcher(s);
    if (m.matches()) {
      if (m.group(1) != null) {
        return Optional.of(CalendarPeriod.month(Integer.parseInt(m.group(2)), monthIndex(m.group(1))));
      }
      if (m.group(3) != null) {
        return Optional.of(CalendarPeriod.month(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3))));
      }
      return Optional.of(CalendarPeriod.month(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
    }
    return Optional.empty();
  }

  private static int ordinal(String word) {
    return switch (word) {
      case "1", "premier", "1er", "1ere" -> 1;
      case "2", "second", "seconde", "deuxieme", "2nd", "2nde", "2e", "2eme", "2ieme" -> 2;
      case "3", "troisieme", "3e", "3eme", "3ieme" -> 3;
      default -> 4;
    };
  }

  /** 1-based month number of a French month name written without accents. */
  static int monthIndex(String name) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(name)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /**
   * Lower case, no accents, typographic apostrophes and dashes made plain, "1 er" joined, spaces
   * collapsed, a leading label such as "Calendrier :" or "Échéance :" removed.
   */
  static String normalize(String text) {
    // NFKD also turns "1ᵉʳ" into "1er"; it leaves œ alone: "mise en œuvre" must read as "mise en oeuvre".
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
        .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    s = s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    s = DASHES.matcher(s).replaceAll("-").replace('\u00a0', ' ').replace('\u202f', ' ');
    s = WHITE_SPACE_RUN.matcher(s).replaceAll(" ").strip();
    s = LEADING_LABEL.matcher(s).replaceAll("");
    s = ORDINAL_SPACE.matcher(s).replaceAll("$1$2");
    s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    return s;
  }
}
