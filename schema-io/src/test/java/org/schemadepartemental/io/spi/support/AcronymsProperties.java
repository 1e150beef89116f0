package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.schemadepartemental.core.GlossaryEntry;

/**
 * {@link Acronyms#definitions} cuts the words before "(ACRONYM)" from the end as it needs them,
 * instead of splitting the whole window before it: it must find what the former implementation,
 * kept here as the reference, found.
 */
class AcronymsProperties {
  private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)");
  private static final Pattern DEFINED_AFTER = Pattern.compile(
      "(?<![\\p{L}\\d])(\\p{Lu}[\\p{Lu}\\d]{1,9})\\s*\\(([^()]{3,100})\\)");
  private static final Set<String> SKIPPED = Set.of(
      "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur", "par");

  static List<GlossaryEntry> reference(String text) {
    Map<String, GlossaryEntry> out = new LinkedHashMap<>();
    Matcher m = DEFINED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (out.containsKey(acronym)) {
        continue;
      }
      String expansion = expansion(text.substring(Math.max(0, m.start() - 400), m.start()), acronym);
      if (expansion != null) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    Matcher after = DEFINED_AFTER.matcher(text);
    while (after.find()) {
      String acronym = after.group(1);
      String candidate = after.group(2).strip();
      if (out.containsKey(acronym) || !Character.isLetter(candidate.charAt(0))) {
        continue;
      }
      String expansion = expansion(candidate, acronym);
      if (expansion != null && expansion.equals(TextFolding.trimEnds(candidate, AcronymsProperties::isEdgeJunk))) {
        out.put(acronym, GlossaryEntry.of(acronym, expansion));
      }
    }
    return List.copyOf(out.values());
  }

  private static String expansion(String before, String acronym) {
    String[] words = before.strip().split("\\s+");
    String letters = acronym.replaceAll("\\d", "").toLowerCase(java.util.Locale.ROOT);
    int first = match(words, words.length - 1, letters, letters.length() - 1);
    if (first < 0) {
      return null;
    }
    String expansion = TextFolding.trimEnds(
        String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)), AcronymsProperties::isEdgeJunk);
    return expansion.isBlank() ? null : expansion;
  }

  private static boolean isEdgeJunk(int c) {
    return TextFolding.isAsciiPunctuation(c) || TextFolding.isAsciiSpace(c) || c == '«' || c == '»';
  }

  private static int match(String[] words, int word, String letters, int letter) {
    if (letter < 0) {
      return word + 1;
    }
    if (word < 0 || letters.length() - letter > 12) {
      return -1;
    }
    String core = TextFolding.trimEnds(words[word], c -> !Character.isLetter(c));
    int apostrophe = Math.max(core.lastIndexOf('\''), core.lastIndexOf('\u2019'));
    String head = apostrophe >= 0 ? core.substring(apostrophe + 1) : core;
    if (head.isEmpty()) {
      return -1;
    }
    if (TextFolding.fold(head.substring(0, 1)).charAt(0) == letters.charAt(letter)) {
      int found = match(words, word - 1, letters, letter - 1);
      if (found >= 0) {
        return found;
      }
    }
    if (apostrophe < 0 && SKIPPED.contains(TextFolding.fold(core)) && letter < letters.length() - 1) {
      return match(words, word - 1, letters, letter);
    }
    return -1;
  }

  /** Words, articles, white space of every kind and acronyms in parentheses, before or after their expansion. */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> word = Arbitraries.of("Relais", "Petite", "Enfance", "de", "la", "l'Aide", "d’Accueil", "Sociale",
        "à", "Enfance", "Projet", "Pour", "l'Enfant", "et", "des", "Centre", "Psychothérapique", "Orne", "«Maison»",
        "Départementale", "Personnes", "Handicapées", "(", ")", ",", "2", "F2A", "Écoute", "-", "œuvre");
    Arbitrary<String> acronym = Arbitraries.of("(RPE)", "(ASE)", "(PPE)", "(CPO)", "(MDPH)", "(F2A)", "(DPE)", "(EPP)",
        "RPE (Relais Petite Enfance)", "CPO (Centre Psychothérapique de l'Orne)", "(AB)", "(ÉPÉ)",
        "Relais Petite Enfance (RPE)", "Aide Sociale à l'Enfance (ASE)", "Projet  Pour\tl’Enfant (PPE)",
        "Maison Départementale des Personnes Handicapées (MDPH)", "« Écoute Parents Enfants » (EPE)",
        "dCPO (Centre Psychothérapique de l'Orne)", "«CPO (Centre Psychothérapique de l'Orne)", "2RPE (Relais Petite Enfance)");
    Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", " \u2003 ");
    Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(6, word), Tuple.of(2, acronym));
    return Arbitraries.entries(token, space).list().ofMaxSize(60)
        .map(parts -> {
          StringBuilder sb = new StringBuilder();
          parts.forEach(e -> sb.append(e.getKey()).append(e.getValue()));
          return sb.toString();
        });
  }

  @Property(tries = 1000, seed = "20261122")
  void theDefinitionsFoundAreThoseTheFormerSplitFound(@ForAll("text") String text) {
    assertThat(Acronyms.definitions(text)).isEqualTo(reference(text));
  }
}
