package org.schemadepartemental.core;

import java.time.LocalDate;
import java.time.YearMonth;

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
    // By hand, not with a regex: every measurement read from JSON or CSV has a period.
    String s = text == null ? "" : text.strip();
    int length = s.length();
    if ((length == 4 || length == 7) && digit(s, 0) && digit(s, 1) && digit(s, 2) && digit(s, 3)) {
      int year = (s.charAt(0) - '0') * 1000 + (s.charAt(1) - '0') * 100 + (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
      if (length == 4) {
        return year(year);
      }
      char kind = s.charAt(5);
      char last = s.charAt(6);
      if (s.charAt(4) == '-') {
        if (kind == 'S' && (last == '1' || last == '2')) {
          return semester(year, last - '0');
        }
        if (kind == 'Q' && last >= '1' && last <= '4') {
          return quarter(year, last - '0');
        }
        if (digit(s, 5) && digit(s, 6)) {
          int month = (kind - '0') * 10 + (last - '0');
          if (month >= 1 && month <= 12) {
            return month(year, month);
          }
        }
      }
    }
    throw new IllegalArgumentException(
        "expected a period such as 2019, 2019-S1, 2019-Q2 or 2019-06, got '" + text + "'");
  }

  private static boolean digit(String s, int at) {
    char c = s.charAt(at);
    return c >= '0' && c <= '9';
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

  /**
   * By start, then the longest first; compared on months rather than dates, as calculators sort
   * every indicator's measurements by period.
   */
  @Override
  public int compareTo(CalendarPeriod other) {
    int byStart = Integer.compare(firstMonth(), other.firstMonth());
    return byStart != 0 ? byStart : Integer.compare(other.granularity.months(), granularity.months());
  }

  /** The months since year 0 to the period's first month. */
  private int firstMonth() {
    return year * 12 + (index - 1) * granularity.months();
  }

  /** The canonical text, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    return switch (granularity) {
      case YEAR -> Integer.toString(year);
      case SEMESTER -> year + "-S" + index;
      case QUARTER -> year + "-Q" + index;
      case MONTH -> year + (index < 10 ? "-0" : "-") + index;
    };
  }
}
