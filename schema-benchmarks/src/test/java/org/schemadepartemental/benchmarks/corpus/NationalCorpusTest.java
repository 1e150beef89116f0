package org.schemadepartemental.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.validation.SchemaValidator;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;

/** The generator: reproducible, shaped like the samples, valid, and exactly what its JSON reads back as. */
class NationalCorpusTest {

  private static final long SEED = NationalCorpus.DEFAULT_SEED;

  @Test
  void aPlanDependsOnlyOnTheSeedAndItsDepartement() {
    assertThat(NationalCorpus.plan(SEED, 5)).isEqualTo(NationalCorpus.plan(SEED, 5));
    assertThat(NationalCorpus.plans(SEED, 3).get(2)).isEqualTo(NationalCorpus.plan(SEED, 2));
    assertThat(NationalCorpus.plan(SEED + 1, 5)).isNotEqualTo(NationalCorpus.plan(SEED, 5));
    assertThat(NationalCorpus.plan(SEED, 0).departement().orElseThrow().code()).isEqualTo("01");
    assertThat(NationalCorpus.plan(SEED, NationalCorpus.PLAN_COUNT - 1).departement().orElseThrow().code())
        .isEqualTo("976");
  }

  @Test
  void plansHaveTheShapeOfTheSamples() {
    for (Schema plan : NationalCorpus.plans(SEED, 4)) {
      assertThat(plan.orientations()).hasSizeBetween(4, 8);
      assertThat(plan.fiches()).hasSizeBetween(40, 80);
      assertThat(plan.reviews()).hasSizeBetween(1, 3);
      assertThat(plan.territories()).hasSizeBetween(4, 8);
      for (Fiche fiche : plan.fiches()) {
        assertThat(fiche.sousActions()).hasSizeBetween(3, 8);
        assertThat(fiche.indicators()).hasSizeBetween(4, 10);
        for (Indicator indicator : fiche.indicators()) {
          if (indicator.formula().isPresent()) {
            continue;
          }
          Set<Integer> years = indicator.measurements().stream().map(m -> m.period().year()).collect(Collectors.toSet());
          assertThat(years).as(indicator.id()).hasSizeBetween(5, 10);
          assertThat(years).contains(plan.period().orElseThrow().last());
        }
      }
      Set<CalendarForm> forms = plan.fiches().stream().flatMap(f -> f.sousActions().stream())
          .map(s -> s.calendar().form()).collect(Collectors.toSet());
      assertThat(forms).contains(CalendarForm.GRID, CalendarForm.RANGE, CalendarForm.FROM, CalendarForm.POINT);
      assertThat(plan.indicators().stream().flatMap(i -> i.measurements().stream()).map(Measurement::territory))
          .anyMatch(t -> t.isPresent());
    }
  }

  @Test
  void theFullCorpusHasTheNationalFigures() {
    // Counted without keeping the plans: about 6,000 fiches, 30,000 sous-actions, 50,000 indicators, 1,000,000 measurements.
    java.util.concurrent.atomic.AtomicReference<CorpusStats> total = new java.util.concurrent.atomic.AtomicReference<>(
        CorpusStats.EMPTY);
    NationalCorpus.forEachPlan(SEED, NationalCorpus.PLAN_COUNT, p -> total.accumulateAndGet(CorpusStats.of(p),
        CorpusStats::plus));
    CorpusStats stats = total.get();
    assertThat(stats.plans()).isEqualTo(101);
    assertThat(stats.fiches()).isBetween(5_500L, 6_500L);
    assertThat(stats.sousActions()).isBetween(28_000L, 36_000L);
    assertThat(stats.indicators()).isBetween(45_000L, 55_000L);
    assertThat(stats.measurements()).isBetween(900_000L, 1_100_000L);
  }

  @Test
  void plansValidateWithoutErrorsAndReadBackFromJsonAsTheyWere() {
    FormatRegistry formats = FormatRegistry.discover();
    for (Schema plan : List.of(NationalCorpus.plan(SEED, 0), NationalCorpus.plan(SEED, 60))) {
      assertThat(SchemaValidator.standard().validate(plan).hasErrors()).isFalse();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      formats.write(plan, out, "json", WriteOptions.defaults().withPretty(false));
      Schema back = formats.read(DocumentSource.of("plan.json", out.toByteArray()), "json", ReadOptions.defaults()).schema();
      assertThat(back).isEqualTo(plan);
    }
  }

  @Test
  void theSmallPlanValidatesCleanly() {
    Schema small = CorpusFiles.smallPlan(NationalCorpus.plan(SEED, 0));
    assertThat(small.fiches()).hasSize(3);
    assertThat(SchemaValidator.standard().validate(small).problems()).isEmpty();
    assertThat(new String(small.title().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Ain");
  }
}
