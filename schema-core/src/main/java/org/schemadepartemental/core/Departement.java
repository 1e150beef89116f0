package org.schemadepartemental.core;

import java.util.regex.Pattern;
import org.schemadepartemental.core.internal.Checks;

/**
 * A French département, by its INSEE code and name. {@link Departements} lists the 101 of them.
 *
 * @param code the INSEE code: {@code 01}…{@code 95} (no {@code 20}), {@code 2A}, {@code 2B},
 *     {@code 971}…{@code 976}
 * @param name the name ("Pas-de-Calais")
 */
public record Departement(String code, String name) {

  private static final Pattern CODE = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

  /** Checks the code has the INSEE shape. */
  public Departement {
    code = Checks.nonBlank(code, "code").toUpperCase(java.util.Locale.ROOT);
    name = Checks.nonBlank(name, "name");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "not an INSEE département code: '" + code + "' (expected 01-95, 2A, 2B or 971-976)");
    }
  }

  /** Whether {@code code} has the shape of an INSEE département code. */
  public static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
