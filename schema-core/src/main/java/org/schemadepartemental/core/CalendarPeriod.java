package org.schemadepartemental.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a plan's calendar at the granularity the plan gives: a year, a semester, a
 * quarter or a month. Its canonical text is {@code 2019}, {@code 2019-S1}, {@code 2019-Q2} or
 * {@code 2019-06}; {@link #parse(String)} reads it back.
 *
 * <p>Periods are ordered by start date, then from the longest to the shortest, so a year
 * sorts before its first semester.
 *
 * @param year the year
 * @param granularity the size of the period
 * @param index 1-based position in the year (always 1 for a year, 1-2 for semesters, 1-4 for
 *     quarters, 1-12 for months)
 */
public record CalendarPeriod(int year, Granularity granularity, int index)
    implements Comparable<CalendarPeriod> {

  private static final Pattern CANONICAL =
      Pattern.compile("(\\d{4})(?:-(?:S([12])|Q([1-4])|(0[1-9]|1[0-2])))?");
  private static final Comparator<CalendarPeriod> ORDER =
      Comparator.comparing(CalendarPeriod::startDate)
          .thenComparing(CalendarPeriod::endDate, Comparator.reverseOrder());

  /** Checks the year and that the index fits the granularity. */
  public CalendarPeriod {
    if (granularity == null) {
      throw new NullPointerException("granularity");
    }
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (index < 1 || index > granularity.perYear()) {
      throw new IllegalArgumentException(
          "index " + index + " invalid for " + granularity + " (1.." + granularity.perYear() + ")");
    }
  }

  /** The whole year. */
  public static CalendarPeriod year(int year) {
    return new CalendarPeriod(year, Granularity.YEAR, 1);
  }

  /** Semester 1 or 2 of a year. */
  public static CalendarPeriod semester(int year, int semester) {
    return new CalendarPeriod(year, Granularity.SEMESTER, semester);
  }

  /** Quarter 1 to 4 of a year. */
  public static CalendarPeriod quarter(int year, int quarter) {
    return new CalendarPeriod(year, Granularity.QUARTER, quarter);
  }

  /** Month 1 to 12 of a year. */
  public static CalendarPeriod month(int year, int month) {
    return new CalendarPeriod(year, Granularity.MONTH, month);
  }

  /** The period of the given granularity that contains a date. */
  public static CalendarPeriod containing(LocalDate date, Granularity granularity) {
    int monthIndex = (date.getMonthValue() - 1) / granularity.months() + 1;
    return new CalendarPeriod(date.getYear(), granularity, monthIndex);
  }

  /**
   * Reads the canonical text ({@code 2019}, {@code 2019-S1}, {@code 2019-Q2}, {@code 2019-06}).
   *
   * @throws IllegalArgumentException when the text is not one of these forms
   */
  public static CalendarPeriod parse(String text) {
    Matcher m = CANONICAL.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a period such as 2019, 2019-S1, 2019-Q2 or 2019-06, got '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return semester(year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return quarter(year, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return month(year, Integer.parseInt(m.group(4)));
    }
    return year(year);
  }

  /** The first day of the period. */
  public LocalDate startDate() {
    return LocalDate.of(year, (index - 1) * granularity.months() + 1, 1);
  }

  /** The last day of the period (inclusive). */
  public LocalDate endDate() {
    return YearMonth.of(year, index * granularity.months()).atEndOfMonth();
  }

  /** Whether the date falls inside the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(CalendarPeriod other) {
    return !other.endDate().isBefore(startDate()) && !other.startDate().isAfter(endDate());
  }

  /** The next period of the same granularity. */
  public CalendarPeriod next() {
    return index == granularity.perYear()
        ? new CalendarPeriod(year + 1, granularity, 1)
        : new CalendarPeriod(year, granularity, index + 1);
  }

  /** The previous period of the same granularity. */
  public CalendarPeriod previous() {
    return index == 1
        ? new CalendarPeriod(year - 1, granularity, granularity.perYear())
        : new CalendarPeriod(year, granularity, index - 1);
  }

  @Override
  public int compareTo(CalendarPeriod other) {
    return ORDER.compare(this, other);
  }

  /** The canonical text, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    return switch (granularity) {
      case YEAR -> Integer.toString(year);
      case SEMESTER -> year + "-S" + index;
      case QUARTER -> year + "-Q" + index;
      case MONTH -> String.format("%d-%02d", year, index);
    };
  }
}
