package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.GlossaryEntry;

/**
 * Acronyms in plans' text: those marked for the glossary ("ASE*", "MNA*") and those the text
 * defines itself ("Relais Petite Enfance (RPE)"). Stateless.
 */
public final class Acronyms {
  private static final Pattern MARKED = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{Lu}\\d]{1,9})\\*");
  private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)");
  private static final Set<String> SKIPPED = Set.of(
      "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur", "par");

  private Acronyms() {}

  /** The acronyms marked with an asterisk, each once, in order of first appearance. */
  public static List<String> marked(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = MARKED.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return List.copyOf(out);
  }

  /** Whether the token is an acronym: two to ten capitals or digits, starting with a capital. */
  public static boolean isAcronym(String token) {
    return token.length() >= 2 && token.length() <= 10 && Character.isUpperCase(token.charAt(0))
        && token.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && token.chars().filter(Character::isLetter).count() >= 2;
  }

  /**
   * The acronyms the text defines as "Words Of The Expansion (WOTE)": the words just before the
   * parenthesis whose initials, skipping articles and prepositions, spell the acronym. The first
   * definition of an acronym wins.
   */
  public static List<GlossaryEntry> definitions(String text) {
    Map<String, GlossaryEntry> out = new LinkedHashMap<>();
    Matcher m = DEFINED.matcher(text == null ? "" : text);
    while (m.find()) {
      String acronym = m.group(1);
      if (out.containsKey(acronym)) {
        continue;
      }
      String before = text.substring(0, m.start());
      String expansion = expansion(before, acronym);
      if (expansion != null) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    return List.copyOf(out.values());
  }

  private static String expansion(String before, String acronym) {
    String[] words = before.strip().split("\\s+");
    String letters = acronym.replaceAll("\\d", "");
    int need = letters.length() - 1;
    List<String> taken = new ArrayList<>();
    for (int i = words.length - 1; i >= 0 && need >= 0 && taken.size() < letters.length() * 3; i--) {
      String w = words[i];
      String core = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      int apostrophe = Math.max(core.lastIndexOf('\''), core.lastIndexOf('\u2019'));
      String head = apostrophe >= 0 ? core.substring(apostrophe + 1) : core;
      if (head.isEmpty()) {
        return null;
      }
      char initial = TextFolding.fold(head.substring(0, 1)).charAt(0);
      if (Character.toLowerCase(letters.charAt(need)) != initial) {
        if (SKIPPED.contains(TextFolding.fold(core)) && apostrophe < 0) {
          taken.add(0, w); // an article or preposition inside the expansion
          continue;
        }
        return null;
      }
      taken.add(0, w);
      need--;
    }
    if (need >= 0) {
      return null;
    }
    String expansion = String.join(" ", taken).replaceAll("^[\\p{Punct}«»\\s]+|[\\p{Punct}«»\\s]+$", "");
    return expansion.isBlank() ? null : expansion;
  }
}
