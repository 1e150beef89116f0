package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.glossary.BuiltInGlossary;

/**
 * Turns the pilots and partners plans list ("• CAF • PJJ", "Conseil départemental ARS",
 * "Commune, EPCI, CCAS", "Associations familiales (UDAF)") into {@link Actor}s, with the acronym
 * and full name when a glossary knows them.
 *
 * <p>An instance is the names read against one glossary, whose expansions it folds once when made
 * (not once per name read): make it once per glossary ({@link #builtIn()} for the core's built-in
 * glossary, {@link #over} for a plan's own definitions laid over it) and ask it for every name.
 * Immutable and thread-safe; the static methods make one per call.
 *
 * @since 0.1
 */
public final class ActorNames {
  private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)$");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
  private static final Set<String> JOINING = Set.of("et", "de", "du", "des", "d", "la", "le", "les", "l", "en", "a", "au", "aux", "ou");
  private static final ActorNames BUILT_IN = of(BuiltInGlossary.glossary());

  private final Glossary glossary;
  /** Each entry's expansion, folded ({@link TextFolding#foldWords}). */
  private final Map<GlossaryEntry, String> foldedExpansions;
  /** A folded expansion → the first entry with it, in the glossary's order. */
  private final Map<String, GlossaryEntry> byExpansion;

  private ActorNames(Glossary glossary, Map<GlossaryEntry, String> foldedExpansions) {
    this.glossary = glossary;
    this.foldedExpansions = Map.copyOf(foldedExpansions);
    Map<String, GlossaryEntry> index = new HashMap<>();
    for (GlossaryEntry e : glossary.entries().values()) {
      index.putIfAbsent(foldedExpansions.get(e), e);
    }
    this.byExpansion = Map.copyOf(index);
  }

  /** Names read against {@code glossary}, its expansions folded once here. */
  public static ActorNames of(Glossary glossary) {
    Map<GlossaryEntry, String> folded = new HashMap<>();
    for (GlossaryEntry e : glossary.entries().values()) {
      folded.put(e, TextFolding.foldWords(e.expansion()));
    }
    return new ActorNames(glossary, folded);
  }

  /** Names read against the core's built-in glossary ({@link BuiltInGlossary}): one instance, made once. */
  public static ActorNames builtIn() {
    return BUILT_IN;
  }

  /**
   * Names read against {@code plan} laid over this glossary ({@code plan.merge(glossary())}: the
   * plan's entries win), folding only the expansions this one has not folded already.
   */
  public ActorNames over(Glossary plan) {
    if (plan.entries().isEmpty()) {
      return this;
    }
    Glossary merged = plan.merge(glossary);
    Map<GlossaryEntry, String> folded = new HashMap<>();
    for (GlossaryEntry e : merged.entries().values()) {
      String known = foldedExpansions.get(e);
      folded.put(e, known != null ? known : TextFolding.foldWords(e.expansion()));
    }
    return new ActorNames(merged, folded);
  }

  /** The glossary names are read against. */
  public Glossary glossary() {
    return glossary;
  }

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
      if (WHITE_SPACE_RUN.split(p.strip()).length > 5) {
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
   * name (ACRONYM)" gets both; a full name the glossary expands from an acronym gets that acronym
   * (the first such entry, in acronym order).
   */
  public Actor actor(String name) {
    String n = TextFolding.collapseSpaces(name);
    if (Acronyms.isAcronym(n)) {
      Optional<GlossaryEntry> e = glossary.lookup(n);
      return new Actor(n, Optional.of(n), e.map(GlossaryEntry::expansion));
    }
    Matcher m = PARENTHESISED_ACRONYM.matcher(n);
    if (m.matches()) {
      return new Actor(n, Optional.of(m.group(2)), Optional.of(m.group(1)));
    }
    GlossaryEntry e = byExpansion.get(TextFolding.foldWords(n));
    return e != null ? new Actor(n, Optional.of(e.acronym()), Optional.of(e.expansion())) : Actor.named(n);
  }

  /** {@link #split} then {@link #actor} for each name. */
  public List<Actor> actors(String text) {
    return split(text).stream().map(this::actor).toList();
  }

  /** {@link #actor(String)} against {@code glossary}; better made once with {@link #of} when several names are read. */
  public static Actor actor(String name, Glossary glossary) {
    return of(glossary).actor(name);
  }

  /** {@link #actors(String)} against {@code glossary}. */
  public static List<Actor> actors(String text, Glossary glossary) {
    return of(glossary).actors(text);
  }
}
