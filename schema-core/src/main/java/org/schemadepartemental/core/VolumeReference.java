package org.schemadepartemental.core;

import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A reference to another volume of the plan, as in "Cahier N°5 - Page 12" or "Cahier N°5 -
 * Pages 15, 16 et 17".
 *
 * @param volume the volume ("Cahier N°5", "Tome 1")
 * @param pages the pages as printed ("12", "15, 16 et 17"), when given
 * @param text the whole reference as printed
 */
public record VolumeReference(String volume, Optional<String> pages, String text) {

  /** Checks volume and text. */
  public VolumeReference {
    volume = Checks.nonBlank(volume, "volume");
    pages = Checks.optionalText(pages);
    text = Checks.nonBlank(text, "text");
  }
}
