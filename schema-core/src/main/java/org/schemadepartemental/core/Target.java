package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A value an indicator should reach, e.g. "25 adoptions par an dans un délai de 3 ans": value
 * 25, per {@link Granularity#YEAR}, due at the end of the third year.
 *
 * @param value the value to reach
 * @param type intermediate or final
 * @param due the period by the end of which it should be reached, when stated
 * @param per when the value is a rate per period ("par an"), that period's size
 * @param text the text as printed, when the target came from a document
 */
public record Target(
    BigDecimal value,
    TargetType type,
    Optional<CalendarPeriod> due,
    Optional<Granularity> per,
    Optional<String> text) {

  /** Normalises the value. */
  public Target {
    value = Checks.normalize(Objects.requireNonNull(value, "value"));
    Objects.requireNonNull(type, "type");
    due = Checks.optional(due);
    per = Checks.optional(per);
    text = Checks.optionalText(text);
  }

  /** A final target due at the end of a period. */
  public static Target finalTarget(BigDecimal value, CalendarPeriod due) {
    return new Target(value, TargetType.FINAL, Optional.of(due), Optional.empty(), Optional.empty());
  }

  /** An intermediate target due at the end of a period. */
  public static Target intermediate(BigDecimal value, CalendarPeriod due) {
    return new Target(value, TargetType.INTERMEDIATE, Optional.of(due), Optional.empty(), Optional.empty());
  }
}
