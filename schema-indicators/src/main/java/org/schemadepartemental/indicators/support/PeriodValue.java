package org.schemadepartemental.indicators.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.CalendarPeriod;

/**
 * The value of an indicator for one period, combined from the measurements of that period
 * (one per territory, or the département-wide one), or computed from the indicator's formula.
 *
 * @param period the period
 * @param value the value, when the measurements give one
 * @param numerator the sum of the numerators, when every measurement combined has one
 * @param denominator the sum of the denominators, when every measurement combined has one
 * @param territories the territories combined (empty for a département-wide value)
 * @param how how the value was obtained, for explanations
 * @since 0.1
 */
public record PeriodValue(
    CalendarPeriod period,
    Optional<BigDecimal> value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    List<String> territories,
    String how) {

  /** Checks and copies. */
  public PeriodValue {
    Objects.requireNonNull(period, "period");
    value = value == null ? Optional.empty() : value;
    numerator = numerator == null ? Optional.empty() : numerator;
    denominator = denominator == null ? Optional.empty() : denominator;
    territories = List.copyOf(territories);
    Objects.requireNonNull(how, "how");
  }

  /** Whether the period has a value. */
  public boolean isDefined() {
    return value.isPresent();
  }

  /** Whether numerator and denominator are both known. */
  public boolean hasRatio() {
    return numerator.isPresent() && denominator.isPresent();
  }
}
