package org.schemadepartemental.core;

import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A cross-reference from one fiche to another, as in "cf. FA 13" or "→ CAF (FA 4)".
 *
 * @param number the number of the fiche referred to, as printed after "FA" ("13")
 * @param context the text around the reference, when useful ("CAF")
 */
public record FicheReference(String number, Optional<String> context) {

  /** Checks the number. */
  public FicheReference {
    number = Checks.nonBlank(number, "number");
    context = Checks.optionalText(context);
  }

  /** A bare reference to a fiche number. */
  public static FicheReference to(String number) {
    return new FicheReference(number, Optional.empty());
  }
}
