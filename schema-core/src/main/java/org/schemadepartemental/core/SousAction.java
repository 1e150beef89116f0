package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A sub-action of a fiche ("sous-action", or a line of the fiche's calendar grid).
 *
 * @param id stable id, unique inside the plan (e.g. {@code fa-6.sa2})
 * @param title the title as printed
 * @param calendar its own calendar ({@link ActionCalendar#none()} when none)
 * @param weight its weight in the fiche's progress roll-up, when set (positive)
 * @param location where it was read from, when imported
 */
public record SousAction(
    String id, String title, ActionCalendar calendar, Optional<BigDecimal> weight, Optional<SourceLocation> location) {

  /** Checks id, title and weight. */
  public SousAction {
    id = Checks.nonBlank(id, "id");
    title = Checks.nonBlank(title, "title");
    Objects.requireNonNull(calendar, "calendar");
    weight = Checks.normalize(weight);
    weight.ifPresent(w -> {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight must not be negative: " + w);
      }
    });
    location = Checks.optional(location);
  }

  /** A sous-action with a calendar, no weight and no location. */
  public static SousAction of(String id, String title, ActionCalendar calendar) {
    return new SousAction(id, title, calendar, Optional.empty(), Optional.empty());
  }

  /** The same sous-action with another calendar. */
  public SousAction withCalendar(ActionCalendar newCalendar) {
    return new SousAction(id, title, newCalendar, weight, location);
  }

  /** The same sous-action with another weight. */
  public SousAction withWeight(BigDecimal newWeight) {
    return new SousAction(id, title, calendar, Optional.ofNullable(newWeight), location);
  }
}
