package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Departements;

/**
 * {@link DocumentFacts#findDepartement} skips what cannot hold a postcode or a name (lookaheads,
 * a digit count, accents removed character by character): it must find what the former
 * implementation, kept here as the reference, found.
 */
class DocumentFactsProperties {
  private static final List<Departement> ORDER;
  private static final Pattern REFERENCE_NAMED;
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<!\\d)(\\d{5})\\s+(\\p{Lu}[\\p{Lu}' -]{2,})(?:\\s+(?i:cedex))?");

  static {
    List<Departement> all = new ArrayList<>(Departements.all());
    all.sort(Comparator.comparingInt((Departement d) -> d.name().length()).reversed());
    StringBuilder names = new StringBuilder();
    for (Departement d : all) {
      String name = plain(d.name()).replace("'", "'\\s*").replace("-", "[- ]");
      names.append(names.length() == 0 ? "" : "|").append('(').append(name).append(')');
    }
    ORDER = List.copyOf(all);
    REFERENCE_NAMED = Pattern.compile("(?i:(?:de\\s+l'|de\\s+la|du|des|de|en|dans\\s+l'|dans\\s+la|dans\\s+le|departement"
        + "|departemental\\s+(?:de\\s+la|de\\s+l'|du|des|de))\\s*)(?:" + names + ")(?![\\p{L}-])");
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('\u2019', '\'');
  }

  /** The former {@code findDepartement}: every line normalised, then scanned by the plain pattern. */
  static Optional<Departement> reference(TextDocument document) {
    for (SourceLine l : document.lines()) {
      Matcher m = POSTCODE.matcher(l.text());
      while (m.find()) {
        String code = m.group(1);
        Optional<Departement> d = code.startsWith("97") ? Departements.byCode(code.substring(0, 3))
            : code.startsWith("20") ? Optional.empty() : Departements.byCode(code.substring(0, 2));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Map<Departement, Integer> counts = new LinkedHashMap<>();
    for (SourceLine l : document.lines()) {
      Matcher m = REFERENCE_NAMED.matcher(plain(l.text()));
      while (m.find()) {
        for (int group = 1; group <= m.groupCount(); group++) {
          String name = m.group(group);
          if (name != null) {
            if (Character.isUpperCase(name.charAt(0))) {
              counts.merge(ORDER.get(group - 1), 1, Integer::sum);
            }
            break;
          }
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** Lines of place words, names as plans print them (accents, hyphens, apostrophes, case), words and postcodes. */
  @Provide
  Arbitrary<String> document() {
    Arbitrary<String> name = Arbitraries.of(Departements.all()).flatMap(d -> Arbitraries.of(
        d.name(), d.name().replace('-', ' '), plain(d.name()), d.name().replace('\'', '\u2019'),
        d.name().toLowerCase(java.util.Locale.ROOT), d.name().toUpperCase(java.util.Locale.ROOT), d.name() + "-Nord"));
    Arbitrary<String> word = Arbitraries.of("de", "de l'", "de la", "du", "des", "en", "dans l'", "dans le", "DU",
        "département", "departemental du", "Départemental de la", "enfance", "Ordre", "dé", "e", "des\u00a0", "au",
        "61016 ALENÇON Cedex", "20000 AJACCIO", "97400 SAINT-DENIS", "75001 Paris", "123456 X", "œuvre", "l’Orne", "ﬁn",
        "2017-2021", ",", "•", "\t");
    Arbitrary<String> token = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, word), net.jqwik.api.Tuple.of(2, name),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
    Arbitrary<String> line = token.list().ofMaxSize(12).map(tokens -> String.join(" ", tokens));
    return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines));
  }

  @Property(tries = 1500, seed = "20261122")
  void theDepartementFoundIsTheOneTheFormerScanFound(@ForAll("document") String text) {
    TextDocument document = TextDocument.of("doc.txt", text);
    assertThat(DocumentFacts.findDepartement(document)).isEqualTo(reference(document));
  }
}
