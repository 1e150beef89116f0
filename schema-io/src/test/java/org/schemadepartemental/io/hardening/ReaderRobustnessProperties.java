package org.schemadepartemental.io.hardening;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.hardening.HostileInputs.Mutation;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;

/**
 * Every reader of the module (JSON, CSV plan, CSV measurements, summary table, Markdown, action
 * plan, plan review) on arbitrary bytes, arbitrary text and valid files broken in every way a
 * mail server, an editor or an attacker breaks them: it returns, or throws the documented
 * {@link org.schemadepartemental.io.SchemaReadException} naming the source, within {@link
 * HostileInputs#DEADLINE}; never another exception, never an internal error behind the read
 * exception, never a hang. Fixed seeds: the same inputs on every run.
 */
class ReaderRobustnessProperties {

  @Property(tries = 210, seed = "20261122")
  void arbitraryBytes(@ForAll Reader reader, @ForAll @Size(max = 3000) byte[] input) {
    HostileInputs.assertReadOrReadException(reader, input, "bytes.bin", ReadOptions.defaults());
  }

  @Property(tries = 210, seed = "1905")
  void arbitraryText(@ForAll Reader reader, @ForAll("texts") String text) {
    HostileInputs.assertReadOrReadException(reader, text.getBytes(StandardCharsets.UTF_8), "text.txt",
        ReadOptions.defaults());
  }

  @Property(tries = 300, seed = "1789", edgeCases = EdgeCasesMode.NONE)
  void mutatedValidInputs(@ForAll Reader reader, @ForAll Mutation mutation, @ForAll int sample, @ForAll long seed) {
    byte[] valid = reader.samples().get(Math.floorMod(sample, reader.samples().size()));
    HostileInputs.assertReadOrReadException(reader, HostileInputs.mutate(valid, mutation, seed), "mutated.txt",
        ReadOptions.defaults());
  }

  /** Text made of what the layouts look for: labels, numbers, pipes, bullets, tags, line ends. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("| ", " |", "|---|", "\t", "\n", "\r\n", "\r", "\u0000", "\uFEFF", "\u2028", "\"", "\"\"", ",", ";",
            "{", "}", "[", "]", ":", "Axe 1 : ", "Fiche action n° 3 : ", "PRINCIPE", "Objectifs", "Pilote : ",
            "Partenaires : ", "Calendrier", "Indicateurs", "2019", "S1", "X", "• ", "➤ ", "<td>", "</tr>", "<p>", "&amp;",
            "(ASE)", "ASE*", "cf. FA 2", "p.4", "......", "Période : 2017-2021", "Département : Orne (61)",
            "orientationCode,orientationTitle,ficheNumber,ficheTitle", "indicatorId,period,value", "=cmd|", "-1,5",
            "{\"formatVersion\":1,", "\"orientations\":[", "schéma départemental 2018-2022"));
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }
}
