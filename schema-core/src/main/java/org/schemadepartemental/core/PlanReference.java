package org.schemadepartemental.core;

import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A pointer to another plan, typically the predecessor whose final review feeds this one.
 *
 * @param id the other plan's id when it is known in the same system, else a descriptive key
 * @param title its title, when known
 * @param period its period, when known
 */
public record PlanReference(String id, Optional<String> title, Optional<YearRange> period) {

  /** Checks the id. */
  public PlanReference {
    id = Checks.nonBlank(id, "id");
    title = Checks.optionalText(title);
    period = Checks.optional(period);
  }
}
