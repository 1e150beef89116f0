package org.schemadepartemental.core.calendar;

import java.util.stream.Collectors;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Granularity;

/**
 * Writes the meaning of an {@link ActionCalendar} as canonical French text, which {@link
 * CalendarParser} reads back to the same meaning. Stateless and thread-safe.
 *
 * <p>Examples: "2019", "1er semestre 2013", "début juin 2013", "2019-2020", "Démarrage en 2019",
 * "À partir du 2ème semestre 2019", "D'ici 2020", "2018-S2, 2019-S1", "A définir", "En cours".
 */
public final class CalendarFormatter {

  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };

  private CalendarFormatter() {}

  /**
   * The canonical French text of the calendar's meaning; for {@code UNPARSED} and {@code NONE},
   * the original text.
   */
  public static String format(ActionCalendar calendar) {
    return switch (calendar.form()) {
      case NONE, UNPARSED -> calendar.text();
      case TO_BE_DEFINED -> "A définir";
      case IN_PROGRESS -> "En cours";
      case GRID -> calendar.semesters().stream().map(CalendarPeriod::toString).collect(Collectors.joining(", "));
      case POINT -> switch (calendar.approximation()) {
        case EXACT -> period(calendar.start().orElseThrow());
        case EARLY -> "début " + period(calendar.start().orElseThrow());
        case MID -> "mi-" + period(calendar.start().orElseThrow());
        case LATE -> "fin " + period(calendar.start().orElseThrow());
        case DURING -> "courant " + period(calendar.start().orElseThrow());
      };
      case RANGE -> range(calendar.start().orElseThrow(), calendar.end().orElseThrow());
      case FROM -> from(calendar.start().orElseThrow());
      case UNTIL -> "D'ici " + withArticle(calendar.end().orElseThrow());
    };
  }

  /**
   * The French text of one period: "2019", "1er semestre 2019", "2ème trimestre 2019", "juin 2019".
   */
  public static String period(CalendarPeriod p) {
    return switch (p.granularity()) {
      case YEAR -> Integer.toString(p.year());
      case SEMESTER -> ordinal(p.index()) + " semestre " + p.year();
      case QUARTER -> ordinal(p.index()) + " trimestre " + p.year();
      case MONTH -> MONTHS[p.index() - 1] + " " + p.year();
    };
  }

  private static String range(CalendarPeriod start, CalendarPeriod end) {
    if (start.granularity() == Granularity.YEAR && end.granularity() == Granularity.YEAR) {
      return start.year() + "-" + end.year();
    }
    return "de " + period(start) + " à " + period(end);
  }

  private static String from(CalendarPeriod start) {
    if (start.granularity() == Granularity.YEAR) {
      return "Démarrage en " + start.year();
    }
    return "À partir " + (start.granularity() == Granularity.MONTH ? "de " : "du ") + period(start);
  }

  private static String withArticle(CalendarPeriod p) {
    return switch (p.granularity()) {
      case YEAR, MONTH -> period(p);
      case SEMESTER, QUARTER -> "le " + period(p);
    };
  }

  private static String ordinal(int n) {
    return n == 1 ? "1er" : n + "ème";
  }
}
