package org.schemadepartemental.core.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;

/**
 * Finds the acronyms a plan marks with an asterisk to send the reader to its glossary ("l'ASE*",
 * "des MNA*", then "* Voir glossaire p. 118") and links them to glossary entries. Stateless.
 */
public final class GlossaryMarks {

  // Capitals (accented too) and digits, at least two, not glued to a word before, then '*'.
  private static final Pattern MARK = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\p{N}]{1,11})\\*");

  private GlossaryMarks() {}

  /**
   * One marked acronym in a text.
   *
   * @param acronym the acronym, without the asterisk ("ASE")
   * @param start the index of its first character in the text
   * @param end the index just after the asterisk
   * @param entry the glossary entry it links to, when the glossary has one
   */
  public record Mark(String acronym, int start, int end, Optional<GlossaryEntry> entry) {

    /** Checks the range. */
    public Mark {
      Objects.requireNonNull(acronym, "acronym");
      Objects.requireNonNull(entry, "entry");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad range " + start + ".." + end);
      }
    }
  }

  /** Every marked acronym of the text, in order, linked to {@code glossary} (lookup ignores case as a fallback). */
  public static List<Mark> find(String text, Glossary glossary) {
    Objects.requireNonNull(glossary, "glossary");
    List<Mark> marks = new ArrayList<>();
    if (text == null) {
      return marks;
    }
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      marks.add(new Mark(m.group(1), m.start(), m.end(), glossary.lookup(m.group(1))));
    }
    return List.copyOf(marks);
  }

  /** The distinct marked acronyms the glossary does not know, in order of first appearance. */
  public static Set<String> unknown(String text, Glossary glossary) {
    Set<String> out = new LinkedHashSet<>();
    for (Mark mark : find(text, glossary)) {
      if (mark.entry().isEmpty()) {
        out.add(mark.acronym());
      }
    }
    return out;
  }

  /** The text with the marks' asterisks removed ("l'ASE* et les MNA*" → "l'ASE et les MNA"). */
  public static String strip(String text) {
    return text == null ? null : MARK.matcher(text).replaceAll("$1");
  }
}
