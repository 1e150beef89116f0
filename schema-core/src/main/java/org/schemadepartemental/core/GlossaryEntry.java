package org.schemadepartemental.core;

import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * An acronym and its expansion ("ASE" → "Aide sociale à l'enfance").
 *
 * @param acronym the acronym as written ("ASE", "MECS")
 * @param expansion its expansion
 * @param reference where the expansion can be checked (a public source), when known
 */
public record GlossaryEntry(String acronym, String expansion, Optional<String> reference) {

  /** Checks both texts. */
  public GlossaryEntry {
    acronym = Checks.nonBlank(acronym, "acronym");
    expansion = Checks.nonBlank(expansion, "expansion");
    reference = Checks.optionalText(reference);
  }

  /** An entry with no reference. */
  public static GlossaryEntry of(String acronym, String expansion) {
    return new GlossaryEntry(acronym, expansion, Optional.empty());
  }
}
