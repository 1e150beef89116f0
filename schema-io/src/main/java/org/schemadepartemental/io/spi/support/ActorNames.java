package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;

/**
 * Turns the pilots and partners plans list ("• CAF • PJJ", "Conseil départemental ARS",
 * "Commune, EPCI, CCAS", "Associations familiales (UDAF)") into {@link Actor}s, with the acronym
 * and full name when a glossary knows them. Stateless.
 */
public final class ActorNames {
  private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)$");
  private static final Set<String> JOINING = Set.of("et", "de", "du", "des", "d", "la", "le", "les", "l", "en", "a", "au", "aux", "ou");

  private ActorNames() {}

  /**
   * Splits a run of names: at commas and semicolons when every part is short (at most five
   * words), and where an acronym meets a capitalised word ("Conseil départemental ARS", "CPAM
   * Médecins généralistes").
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String[] byComma = splitAtCommas(text);
    boolean commaList = byComma.length > 1;
    for (String p : byComma) {
      if (p.strip().split("\\s+").length > 5) {
        commaList = false;
      }
    }
    List<String> parts = commaList ? List.of(byComma) : List.of(text);
    for (String part : parts) {
      out.addAll(splitAtAcronyms(TextFolding.collapseSpaces(part)));
    }
    out.removeIf(String::isBlank);
    return out;
  }

  /**
   * What {@code text.split("\\s*[,;]\\s*")} gives, in linear time: that pattern retries from every
   * space of a long run of spaces.
   */
  private static String[] splitAtCommas(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ';') {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (parts.size() == 1) {
      return new String[] {text};
    }
    // The spaces around each comma belong to the delimiter.
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      int from = 0;
      int to = p.length();
      while (i > 0 && from < to && TextFolding.isAsciiSpace(p.charAt(from))) {
        from++;
      }
      while (i < parts.size() - 1 && to > from && TextFolding.isAsciiSpace(p.charAt(to - 1))) {
        to--;
      }
      parts.set(i, p.substring(from, to));
    }
    int size = parts.size();
    while (size > 0 && parts.get(size - 1).isEmpty()) {
      size--; // as String.split, trailing empty strings are dropped
    }
    return parts.subList(0, size).toArray(String[]::new);
  }

  private static List<String> splitAtAcronyms(String text) {
    List<String> out = new ArrayList<>();
    String[] words = text.split(" ");
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        String prev = words[i - 1];
        String w = words[i];
        boolean prevAcronym = Acronyms.isAcronym(prev);
        boolean acronym = Acronyms.isAcronym(w);
        boolean prevLower = !prevAcronym && Character.isLowerCase(prev.charAt(prev.length() - 1))
            && !JOINING.contains(TextFolding.fold(prev));
        boolean capitalised = Character.isUpperCase(w.charAt(0)) && !acronym;
        if (acronym && prevLower || prevAcronym && (capitalised || acronym)) {
          out.add(current.toString().strip());
          current.setLength(0);
        }
      }
      current.append(words[i]).append(' ');
    }
    out.add(current.toString().strip());
    return out;
  }

  /**
   * The actor for a name as printed: an acronym known to the glossary gets its full name; "Full
   * name (ACRONYM)" gets both; a full name the glossary expands from an acronym gets that acronym.
   */
  public static Actor actor(String name, Glossary glossary) {
    String n = TextFolding.collapseSpaces(name);
    if (Acronyms.isAcronym(n)) {
      Optional<GlossaryEntry> e = glossary.lookup(n);
      return new Actor(n, Optional.of(n), e.map(GlossaryEntry::expansion));
    }
    Matcher m = PARENTHESISED_ACRONYM.matcher(n);
    if (m.matches()) {
      return new Actor(n, Optional.of(m.group(2)), Optional.of(m.group(1)));
    }
    String key = TextFolding.foldWords(n);
    for (GlossaryEntry e : glossary.list()) {
      if (TextFolding.foldWords(e.expansion()).equals(key)) {
        return new Actor(n, Optional.of(e.acronym()), Optional.of(e.expansion()));
      }
    }
    return Actor.named(n);
  }

  /** {@link #split} then {@link #actor} for each name. */
  public static List<Actor> actors(String text, Glossary glossary) {
    return split(text).stream().map(s -> actor(s, glossary)).toList();
  }
}
