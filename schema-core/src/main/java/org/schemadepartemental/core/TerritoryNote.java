package org.schemadepartemental.core;

import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A statement about a territory's work on an axis that is not a working group, e.g. "Cet axe de
 * travail ne fera pas l'objet de travaux territoriaux": the territory has no working group on
 * that axis, and says why.
 *
 * @param axisCode the axis it is about, when known
 * @param text the statement
 * @param location where it was read from, when imported
 */
public record TerritoryNote(Optional<String> axisCode, String text, Optional<SourceLocation> location) {

  /** Checks and normalises. */
  public TerritoryNote {
    axisCode = Checks.optionalText(axisCode);
    text = Checks.nonBlank(text, "text");
    location = Checks.optional(location);
  }
}
