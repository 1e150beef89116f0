package org.schemadepartemental.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;

/** The scaled samples read as n times the sample: n times its fiches (or axes), renumbered. */
class LayoutSampleTest {

  /** The project's samples (the module's tests run in schema-benchmarks/). */
  static final Path SEEDS = Path.of("..", "examples", "seeds");

  private static String sample(LayoutSample layout) throws IOException {
    return Files.readString(SEEDS.resolve(layout.sampleName()), StandardCharsets.UTF_8);
  }

  private static Schema read(LayoutSample layout, String text) {
    return FormatRegistry.discover().read(DocumentSource.ofText(layout.sampleName(), text), layout.formatId(),
        ReadOptions.defaults()).schema();
  }

  @Test
  void onceIsTheSampleItself() throws IOException {
    for (LayoutSample layout : LayoutSample.values()) {
      String text = sample(layout);
      assertThat(layout.scale(text, 1)).isEqualTo(text.endsWith("\n") ? text : text + "\n");
    }
  }

  @Test
  void tenTimesReadsAsTenTimesTheFichesWithNewNumbers() throws IOException {
    Schema once = read(LayoutSample.SUMMARY_TABLE, sample(LayoutSample.SUMMARY_TABLE));
    Schema tenTimes = read(LayoutSample.SUMMARY_TABLE, LayoutSample.SUMMARY_TABLE.scale(sample(LayoutSample.SUMMARY_TABLE), 10));
    assertThat(tenTimes.fiches()).hasSize(10 * once.fiches().size());
    assertThat(tenTimes.fiches().stream().map(f -> f.id()).distinct()).hasSize(tenTimes.fiches().size());

    Schema plan = read(LayoutSample.ACTION_PLAN, sample(LayoutSample.ACTION_PLAN));
    Schema plan10 = read(LayoutSample.ACTION_PLAN, LayoutSample.ACTION_PLAN.scale(sample(LayoutSample.ACTION_PLAN), 10));
    assertThat(plan10.fiches()).hasSize(10 * plan.fiches().size());
    assertThat(plan10.indicators()).hasSize(10 * plan.indicators().size());
    // Each copy's fiches go to their orientation, numbered after the previous copies': 1 to 120.
    assertThat(plan10.fiches().stream().map(f -> Integer.parseInt(f.number())).sorted().toList())
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 10 * plan.fiches().size()).boxed().toList());

    Schema review = read(LayoutSample.PLAN_REVIEW, sample(LayoutSample.PLAN_REVIEW));
    Schema review10 = read(LayoutSample.PLAN_REVIEW, LayoutSample.PLAN_REVIEW.scale(sample(LayoutSample.PLAN_REVIEW), 10));
    assertThat(review10.lineage().orElseThrow().axes()).hasSize(10 * review.lineage().orElseThrow().axes().size());
  }

  @Test
  void numbersWrapWithinWhatTheLayoutPrints() throws IOException {
    String scaled = LayoutSample.PLAN_REVIEW.scale(sample(LayoutSample.PLAN_REVIEW), 20);
    assertThat(scaled).contains("Axe 99 ").doesNotContain("Axe 100 ");
    assertThatThrownBy(() -> LayoutSample.ACTION_PLAN.scale("no body here", 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
