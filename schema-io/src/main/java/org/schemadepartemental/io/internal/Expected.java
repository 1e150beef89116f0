package org.schemadepartemental.io.internal;

/** The "expected …" wording shared by the readers of every format, so that users read the same hints. */
public final class Expected {
  /** What a calendar period looks like. */
  public static final String PERIOD = "a period such as 2019, 2019-S1, 2019-Q2 or 2019-06";
  /** What a date looks like. */
  public static final String DATE = "a date such as 2012-12-31";

  private Expected() {}
}
