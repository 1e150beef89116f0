package org.schemadepartemental.core;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An inclusive range of calendar years, as plans state their period ("2017-2021").
 *
 * @param first the first year
 * @param last the last year, at least {@code first}
 */
public record YearRange(int first, int last) {

  /** Checks the years are plausible and ordered. */
  public YearRange {
    if (first < 1900 || last > 2200 || last < first) {
      throw new IllegalArgumentException("invalid year range " + first + "-" + last);
    }
  }

  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:-|–|—|à)\\s*");

  /** Parses {@code 2017-2021} (also with an en dash or " à "). */
  public static YearRange parse(String text) {
    String[] parts = SEPARATOR.split(text.strip());
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected a year range such as 2017-2021, got '" + text + "'");
    }
    try {
      return new YearRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a year range such as 2017-2021, got '" + text + "'", e);
    }
  }

  /** Number of years covered. */
  public int length() {
    return last - first + 1;
  }

  /** 1 January of the first year. */
  public LocalDate startDate() {
    return LocalDate.of(first, 1, 1);
  }

  /** 31 December of the last year. */
  public LocalDate endDate() {
    return LocalDate.of(last, 12, 31);
  }

  /** Whether the period (inclusive) covers this date. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /** Whether a calendar period lies entirely within these years. */
  public boolean contains(CalendarPeriod period) {
    return period.year() >= first && period.year() <= last;
  }

  @Override
  public String toString() {
    return first + "-" + last;
  }
}
