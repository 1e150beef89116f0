package org.schemadepartemental.io.hardening;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;

/**
 * A line just within the line length limit, made of what the layout rules look for (runs of
 * spaces, dots, pipes, tabs, digits, headings, tags, acronym definitions, with a line separator
 * the patterns do not take for an end), is read in bounded time by every document layout: no
 * rule retries from every character of the line.
 */
class LongLineProperties {
  private static final Duration DEADLINE = Duration.ofSeconds(8);

  @Property(tries = 40, seed = "100000")
  void aLineAtTheLimitIsReadInBoundedTime(@ForAll("documentReaders") Reader reader,
      @ForAll("prefixes") String prefix, @ForAll("units") String unit, @ForAll("suffixes") String suffix) {
    int room = ReadLimits.DEFAULT_MAX_LINE_LENGTH - prefix.length() - suffix.length();
    String line = prefix + unit.repeat(room / unit.length()) + suffix;
    HostileInputs.assertReadOrReadException(reader, (line + "\n").getBytes(StandardCharsets.UTF_8), "line.txt",
        ReadOptions.defaults(), DEADLINE);
  }

  @Provide
  Arbitrary<Reader> documentReaders() {
    return Arbitraries.of(Reader.SUMMARY_TABLE, Reader.ACTION_PLAN, Reader.PLAN_REVIEW, Reader.CSV_PLAN);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "Axe 1 ", "Fiche action n° 1 : ", "PRINCIPE : ", "Période : ", "| ", "• ", "1. ",
        "Pilote : ", "<p>");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of(" ", ".", ". ", "| ", "\t", "1", "1 ", "2019 ", "Axe 1 ", "<", "< ", "(AB) ", "…", "* ",
        "a ", "A ", ", ", " ; ", "de ", "cf. FA 1 ", "\u00a0");
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("", "x", "\u2028", "\u0085x");
  }
}
