package org.schemadepartemental.core;

/** The size of a {@link CalendarPeriod}: what a plan's calendar says, no more precise. */
public enum Granularity {
  /** A whole year, written {@code 2019}. */
  YEAR(1),
  /** A half year, written {@code 2019-S1} or {@code 2019-S2}. */
  SEMESTER(2),
  /** A quarter, written {@code 2019-Q1} … {@code 2019-Q4}. */
  QUARTER(4),
  /** A month, written {@code 2019-06}. */
  MONTH(12);

  private final int perYear;

  Granularity(int perYear) {
    this.perYear = perYear;
  }

  /** How many periods of this size make a year. */
  public int perYear() {
    return perYear;
  }

  /** How many months one period of this size lasts. */
  public int months() {
    return 12 / perYear;
  }
}
