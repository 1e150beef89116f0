package org.schemadepartemental.io.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.layouts.actionplan.ActionPlanFormat;
import org.schemadepartemental.io.layouts.review.PlanReviewFormat;
import org.schemadepartemental.io.layouts.summary.SummaryTableFormat;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;

/**
 * Whatever is done to a sample (lines shuffled, deleted, duplicated, truncated, bytes cut), every
 * reader either reads it, with a placement report that adds up, or throws the documented
 * {@link SchemaReadException}; never anything else.
 */
class MutatedSamplesTest {
  private static final List<String> SAMPLES = List.of(
      "seine-saint-denis-tableau.txt", "orne-plan-2017-2021.txt", "charente-maritime-bilan-2018-2022.txt");
  private static final List<FormatProvider> PROVIDERS = List.of(
      new SummaryTableFormat(), new ActionPlanFormat(), new PlanReviewFormat());

  enum Mutation { SHUFFLE, DELETE, DUPLICATE, TRUNCATE_LINES, CUT_BYTES, SWAP_LINES }

  @Provide
  Arbitrary<byte[]> mutated() {
    return Combinators.combine(Arbitraries.of(SAMPLES), Arbitraries.of(Mutation.class), Arbitraries.longs())
        .as(MutatedSamplesTest::mutate);
  }

  @Property(tries = 60, seed = "20261122")
  void readersOnlyThrowTheReadException(@ForAll("mutated") byte[] input, @ForAll("readers") FormatProvider provider) {
    SchemaReader reader = provider.reader().orElseThrow();
    try {
      ReadResult r = reader.read(DocumentSource.of("mutated.txt", input), ReadOptions.defaults());
      var report = r.placement().orElseThrow();
      assertThat(report.placedChars() + report.noiseChars() + report.unplacedChars()).isEqualTo(report.totalChars());
    } catch (SchemaReadException e) {
      assertThat(e.location().source()).isEqualTo("mutated.txt");
    }
  }

  @Provide
  Arbitrary<FormatProvider> readers() {
    return Arbitraries.of(PROVIDERS);
  }

  static byte[] mutate(String sample, Mutation mutation, long seed) {
    Random random = new Random(seed);
    byte[] bytes = LayoutSamples.bytes(sample);
    List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    switch (mutation) {
      case SHUFFLE -> Collections.shuffle(lines, random);
      case DELETE -> {
        for (int i = 0; i < 1 + lines.size() / 5 && lines.size() > 1; i++) {
          lines.remove(random.nextInt(lines.size()));
        }
      }
      case DUPLICATE -> {
        for (int i = 0; i < 1 + lines.size() / 10; i++) {
          int at = random.nextInt(lines.size());
          lines.add(random.nextInt(lines.size()), lines.get(at));
        }
      }
      case TRUNCATE_LINES -> {
        for (int i = 0; i < lines.size(); i++) {
          String l = lines.get(i);
          if (!l.isEmpty() && random.nextInt(3) == 0) {
            lines.set(i, l.substring(0, random.nextInt(l.length())));
          }
        }
      }
      case CUT_BYTES -> {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case SWAP_LINES -> {
        for (int i = 0; i < 1 + lines.size() / 4; i++) {
          Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        }
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
