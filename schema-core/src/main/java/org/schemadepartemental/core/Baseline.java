package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * The reference value an indicator starts from ("situation de départ").
 *
 * @param value the value
 * @param period when it was measured, when known
 * @param text the text as printed, when the baseline came from a document
 */
public record Baseline(BigDecimal value, Optional<CalendarPeriod> period, Optional<String> text) {

  /** Normalises the value so that equal quantities compare equal. */
  public Baseline {
    value = Checks.normalize(Objects.requireNonNull(value, "value"));
    period = Checks.optional(period);
    text = Checks.optionalText(text);
  }

  /** A baseline value measured in a period. */
  public static Baseline of(BigDecimal value, CalendarPeriod period) {
    return new Baseline(value, Optional.of(period), Optional.empty());
  }
}
