package org.schemadepartemental.core;

import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * An axis of a previous plan, as reviewed for the next one, with the stakes ("enjeux") carried
 * forward.
 *
 * @param code the axis code as printed ("Axe 1")
 * @param title its title
 * @param stakes the stakes for the next plan
 * @param location where it was read from, when imported
 */
public record LineageAxis(String code, String title, List<ListItem> stakes, Optional<SourceLocation> location) {

  /** Checks and copies. */
  public LineageAxis {
    code = Checks.nonBlank(code, "code");
    title = Checks.nonBlank(title, "title");
    stakes = Checks.list(stakes, "stakes");
    location = Checks.optional(location);
  }
}
