package org.schemadepartemental.io;

import java.util.Objects;

/**
 * An input went past one of the {@link ReadLimits}: the message names the limit and its value,
 * and where the input went past it ({@code plan.csv:40213:1: too many sous-actions: more than
 * maxSousActions = 100000 (expected at most 100000 sous-actions; raise ReadLimits.maxSousActions
 * to read more)}).
 *
 * @since 0.1
 */
public class LimitExceededException extends SchemaReadException {
  private static final long serialVersionUID = 1L;

  private final String limitName;
  private final long limit;

  /**
   * An input past a limit.
   *
   * @param location where the input went past it
   * @param limitName the limit's name, as in {@link ReadLimits} ({@link ReadLimits#MAX_FICHES} …)
   * @param limit the limit's value
   * @param what what there was too much of ("too many fiches", "line too long")
   * @param unit what the limit counts ("fiches", "characters")
   */
  public LimitExceededException(InputLocation location, String limitName, long limit, String what, String unit) {
    this(location, limitName, limit, what, unit, null);
  }

  /** An input past a limit, with the cause (a parser's own limit error). */
  public LimitExceededException(InputLocation location, String limitName, long limit, String what, String unit,
      Throwable cause) {
    super(location, what + ": more than " + limitName + " = " + limit,
        "at most " + limit + " " + unit + "; raise ReadLimits." + limitName + " to read more", cause);
    this.limitName = Objects.requireNonNull(limitName, "limitName");
    this.limit = limit;
  }

  /** The name of the limit, as in {@link ReadLimits} ({@code maxFiches}, {@code maxInputBytes} …). */
  public String limitName() {
    return limitName;
  }

  /** The value of the limit that was passed. */
  public long limit() {
    return limit;
  }
}
