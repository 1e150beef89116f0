package org.schemadepartemental.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.SchemaReader;

/**
 * The contract of a format's {@link SchemaReader}, on top of {@link FormatProviderContract}:
 *
 * <ul>
 *   <li>each sample given reads, is recognised by {@code sniff}, reads the same twice and the same
 *       from 8 threads at once (readers keep no state), and accounts for at least {@link
 *       #minimumAccountedRatio()} of its text when the reader reports placement;
 *   <li>on arbitrary bytes, arbitrary text and mutations of the samples ({@link InputMutation}:
 *       truncated, lines shuffled, duplicated or deleted, bytes flipped, byte-order marks, mixed
 *       line endings, NUL characters), under various options, the only exception that escapes is
 *       {@link org.schemadepartemental.io.SchemaReadException} with a location naming the source;
 *       every problem reported has a location naming the source; the placement report, when
 *       present, is consistent (about the source, every unplaced character listed with its
 *       line); and each read ends within {@link #timeoutPerRead()}.
 * </ul>
 *
 * @since 0.1
 */
public interface SchemaReaderContract extends FormatProviderContract {

  /**
   * Real inputs of the reader (at least one), read as they are and mutated. Give the documents
   * your reader is written for, with their defects.
   */
  List<ReaderSample> samples();

  /**
   * The least share (0..1) of a sample's non-blank characters the reader must place or classify
   * as noise, when it reports placement; 0 by default (no requirement).
   */
  default double minimumAccountedRatio() {
    return 0.0;
  }

  /** How long one read may take before the reader is deemed stuck; 10 seconds by default. */
  default Duration timeoutPerRead() {
    return Duration.ofSeconds(10);
  }

  /** The reader under test; the provider's by default. */
  default SchemaReader reader() {
    return provider().reader().orElseThrow(() -> new AssertionError(
        "provider " + provider().id() + " has no reader: implement SchemaWriterContract only, or override reader()"));
  }

  /** The samples read without failure, and for document readers account for their text. */
  @Test
  default void samplesRead() {
    List<ReaderSample> samples = samples();
    assertThat(samples).as("samples() must give at least one real input").isNotEmpty();
    for (ReaderSample sample : samples) {
      ReadResult result = readSample(sample);
      result.placement().ifPresent(report -> assertThat(report.accountedRatio())
          .as(sample.name() + ": share of non-blank characters placed or classified as noise; unplaced: "
              + report.unplaced().stream().limit(20).toList())
          .isGreaterThanOrEqualTo(minimumAccountedRatio()));
    }
  }

  /** Detection finds the samples: the provider recognises its own files. */
  @Test
  default void samplesAreRecognised() {
    for (ReaderSample sample : samples()) {
      byte[] bytes = sample.bytes();
      byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, ContentSample.HEAD_SIZE));
      assertThat(provider().sniff(new ContentSample(sample.name(), head)))
          .as("sniff of its own sample " + sample.name())
          .isGreaterThan(0.0);
    }
  }

  /** A reader keeps no state: the same input gives the same result, also read from 8 threads at once. */
  @Test
  default void readsTheSameEveryTimeAndFromManyThreads() throws Exception {
    List<ReaderSample> samples = samples();
    List<ReadResult> expected = new ArrayList<>();
    for (ReaderSample sample : samples) {
      expected.add(readSample(sample));
    }
    for (int i = 0; i < samples.size(); i++) {
      assertThat(readSample(samples.get(i))).as("second read of " + samples.get(i).name()).isEqualTo(expected.get(i));
    }
    List<List<ReadResult>> perThread = Concurrently.run(8, thread -> {
      List<ReadResult> results = new ArrayList<>();
      for (ReaderSample sample : samples) {
        results.add(readSample(sample));
      }
      return results;
    }, timeoutPerRead().multipliedBy(4L * samples.size()));
    for (List<ReadResult> results : perThread) {
      assertThat(results).as("results read concurrently").isEqualTo(expected);
    }
  }

  /** Arbitrary bytes: refused with a located SchemaReadException or read consistently. */
  @Property(tries = 60, seed = "62031212")
  default void arbitraryBytesAreReadOrRefusedCleanly(
      @ForAll("contractFileNames") String fileName, @ForAll("contractBytes") byte[] bytes,
      @ForAll("contractReadOptions") ReadOptions options) {
    ReadChecks.readWithinLimits(reader(), fileName, bytes, options, timeoutPerRead());
  }

  /** Arbitrary text in any script, with control characters and odd line breaks. */
  @Property(tries = 60, seed = "20112016")
  default void arbitraryTextIsReadOrRefusedCleanly(
      @ForAll("contractText") String text, @ForAll("contractReadOptions") ReadOptions options) {
    String name = "arbitrary" + provider().extensions().stream().findFirst().map(e -> "." + e).orElse("");
    ReadChecks.readWithinLimits(reader(), name, text.getBytes(StandardCharsets.UTF_8), options, timeoutPerRead());
  }

  /** Damaged copies of the samples: what real files look like after copies, exports and extractions. */
  @Property(tries = 30, seed = "30052011")
  default void mutatedSamplesAreReadOrRefusedCleanly(
      @ForAll("contractMutations") List<InputMutation> mutations, @ForAll long seed,
      @ForAll("contractReadOptions") ReadOptions options) {
    List<ReaderSample> samples = samples();
    ReaderSample sample = samples.get(Math.floorMod(seed, samples.size()));
    byte[] bytes = sample.bytes();
    long step = seed;
    for (InputMutation mutation : mutations) {
      bytes = mutation.applyTo(bytes, step);
      step = step * 6364136223846793005L + 1442695040888963407L;
    }
    ReadChecks.readWithinLimits(reader(), sample.name(), bytes, options, timeoutPerRead());
  }

  /** One to three mutations, in any order. */
  @Provide
  default Arbitrary<List<InputMutation>> contractMutations() {
    return Arbitraries.of(InputMutation.class).list().ofMinSize(1).ofMaxSize(3);
  }

  /** Bytes of any value, empty to a few kilobytes. */
  @Provide
  default Arbitrary<byte[]> contractBytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(4096),
        Arbitraries.just(new byte[0]));
  }

  /** Text of any characters, lines of layout-looking tokens, or both. */
  @Provide
  default Arbitrary<String> contractText() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(3000);
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("·", "•", "-", "*", ":", "\t", "|", "***", "N°", "2012", "2011-2016", "31/12/2012",
            "AXE 1", "Fiche action", "Point bilan", "Perspectives 2013", "OBJECTIFS :", "PILOTAGE :", "A définir",
            "{", "}", "[", "]", "\"", ",", ";", "<td>", "</tr>", "\u00a0", "\ufeff", "\u0000", "\r"));
    Arbitrary<String> line = token.list().ofMaxSize(12).map(tokens -> String.join(" ", tokens));
    Arbitrary<String> lines = line.list().ofMaxSize(60).map(l -> String.join("\n", l));
    return Arbitraries.oneOf(any, lines);
  }

  /** The defaults, and options a user may give: a charset, a département and period, strictness, properties. */
  @Provide
  default Arbitrary<ReadOptions> contractReadOptions() {
    Arbitrary<Optional<Charset>> charset = Arbitraries.of(
        Optional.<Charset>empty(), Optional.of(StandardCharsets.UTF_8), Optional.of(StandardCharsets.ISO_8859_1),
        Optional.of(StandardCharsets.UTF_16LE));
    Arbitrary<ReadOptions.UnknownFields> unknown = Arbitraries.of(ReadOptions.UnknownFields.class);
    Arbitrary<Boolean> facts = Arbitraries.of(false, true);
    Arbitrary<Optional<String>> property = Arbitraries.of(Optional.<String>empty(), Optional.of("document.maxBytes"),
        Optional.of("csv.layout"), Optional.of("x.unknown"));
    return Arbitraries.oneOf(
        Arbitraries.just(ReadOptions.defaults()),
        Combinators.combine(charset, unknown, facts, property).as((c, u, f, p) -> {
          ReadOptions.Builder b = ReadOptions.builder().unknownFields(u);
          c.ifPresent(b::charset);
          if (f) {
            b.departement(Departements.byCode("62").orElseThrow()).period(new YearRange(2011, 2016)).planId("plan-x");
          }
          p.ifPresent(name -> b.property(name, "not-a-valid-value"));
          return b.build();
        }));
  }

  private ReadResult readSample(ReaderSample sample) {
    Optional<ReadResult> result = ReadChecks.readWithinLimits(
        reader(), sample.name(), sample.bytes(), ReadOptions.defaults(), timeoutPerRead());
    if (result.isEmpty()) {
      // Read again to show why: the checks above only assert the refusal was well formed.
      try {
        reader().read(sample.source(), ReadOptions.defaults());
      } catch (RuntimeException e) {
        fail("the sample " + sample.name() + " must read, but the reader refused it: " + e.getMessage(), e);
      }
    }
    return result.orElseThrow();
  }
}
