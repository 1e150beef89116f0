package org.schemadepartemental.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A territorial working group ("groupe de travail") on an axis of the plan.
 *
 * @param title its title ("« Autonomisation » des jeunes 16-18 ans")
 * @param axisCode the code of the orientation/axis it works on, when known
 * @param pilotage who pilots it as printed ("Maison du Département Solidarité", "A définir")
 * @param deadline its "échéance" (an {@link ActionCalendar}, possibly {@code TO_BE_DEFINED})
 * @param objectives its objectives
 * @param location where it was read from, when imported
 */
public record WorkingGroup(
    String title,
    Optional<String> axisCode,
    Optional<String> pilotage,
    ActionCalendar deadline,
    List<ListItem> objectives,
    Optional<SourceLocation> location) {

  /** Checks and copies. */
  public WorkingGroup {
    title = Checks.nonBlank(title, "title");
    axisCode = Checks.optionalText(axisCode);
    pilotage = Checks.optionalText(pilotage);
    Objects.requireNonNull(deadline, "deadline");
    objectives = Checks.list(objectives, "objectives");
    location = Checks.optional(location);
  }
}
