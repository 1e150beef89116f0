package org.schemadepartemental.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.schemadepartemental.core.internal.Checks;

/**
 * An organisation that pilots a fiche or is a partner of it: the Conseil départemental, the CAF,
 * the PJJ, Éducation nationale, an association… The same partner is recognised across fiches
 * and plans by its {@link #key()}.
 *
 * @param name the name as printed ("CAF", "Éducation nationale", "Conseil départemental")
 * @param acronym the acronym, when known ("CAF")
 * @param fullName the expanded name, when known ("Caisse d'allocations familiales")
 */
public record Actor(String name, Optional<String> acronym, Optional<String> fullName) {

  /** Compiled once: keys are computed for every actor and every territory of measurements loaded. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_KEY = Pattern.compile("[^A-Z0-9]+");

  private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]");
  private static final java.util.regex.Pattern DOTTED_ACRONYM =
      java.util.regex.Pattern.compile("(?:\\p{L}\\.\\s?){2,}\\p{L}?\\.?");

  /** Checks the name and normalises blank optionals to empty. */
  public Actor {
    name = Checks.nonBlank(name, "name");
    acronym = Checks.optionalText(acronym);
    fullName = Checks.optionalText(fullName);
  }

  /** An actor known only by the name printed in the document. */
  public static Actor named(String name) {
    return new Actor(name, Optional.empty(), Optional.empty());
  }

  /** An actor with its acronym and full name. */
  public static Actor of(String acronym, String fullName) {
    return new Actor(acronym, Optional.of(acronym), Optional.of(fullName));
  }

  /**
   * The identity used to recognise the same actor across fiches and plans: the acronym when
   * known, else the name, upper-cased without accents, punctuation or extra spaces. "Éducation
   * nationale" and "EDUCATION  NATIONALE" have the same key; so have "C.A.F." and "CAF". Never
   * blank: a name with no letter nor digit is its own key.
   */
  public String key() {
    String text = acronym.orElse(name);
    // "C.A.F." is the CAF: a dotted acronym loses its dots before comparison.
    if (DOTTED_ACRONYM.matcher(text.strip()).matches()) {
      text = DOTS_AND_SPACES.matcher(text).replaceAll("");
    }
    String key = normalizeKey(text);
    // A name with no letter nor digit ("«»", "—") keys on itself rather than on the empty string.
    return key.isEmpty() ? text.strip() : key;
  }

  /** The normalisation behind {@link #key()}, for callers that match free text against actors. */
  public static String normalizeKey(String text) {
    String ascii = asciiKey(text);
    if (ascii != null) {
      return ascii;
    }
    String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NON_KEY.matcher(decomposed.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * The key of an ASCII text in one pass (the same as the general path gives, which has nothing
   * to decompose there), or null when the text has other characters.
   */
  private static String asciiKey(String text) {
    StringBuilder key = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean kept = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
      if (!kept) {
        gap = true;
        continue;
      }
      if (gap && key.length() > 0) {
        key.append(' ');
      }
      gap = false;
      key.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return key.toString();
  }
}
