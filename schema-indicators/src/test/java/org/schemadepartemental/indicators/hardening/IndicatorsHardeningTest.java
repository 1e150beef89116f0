package org.schemadepartemental.indicators.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.NoClassNameTyping;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.IndicatorsException;
import org.schemadepartemental.indicators.MeasurementLoader;
import org.schemadepartemental.indicators.Plans;
import org.schemadepartemental.indicators.ResultsJson;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.csv.MeasurementCsv;

/**
 * The indicators module on hostile input and under load: results JSON with numbers, nesting or
 * strings made to exhaust memory is refused with the module's exception; measurement files obey
 * the read limits; one calculator registry serves eight threads with the single-threaded results;
 * no polymorphic typing by class name.
 */
class IndicatorsHardeningTest {
  private static final Duration FAST = Duration.ofSeconds(5);
  private static final EvaluationContext CONTEXT = EvaluationContext.builder(LocalDate.of(2020, 6, 30)).build();

  @Test
  void resultsJsonRefusesNumbersNestingAndStringsMadeToExhaustMemory() {
    String valid = ResultsJson.write(CalculatorRegistry.discover().runAll(Plans.orneReviewed(), CONTEXT));
    String hugeExponent = valid.replaceFirst("\"value\" : -?[0-9.]+", "\"value\" : 1e999999999");
    assertThat(hugeExponent).isNotEqualTo(valid);
    assertThatThrownBy(() -> ResultsJson.read(hugeExponent, "r.json")).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("r.json#/calculators/").hasMessageContaining("at most 1000 digits");
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> ResultsJson.read(deep, "deep.json"))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("deep.json").hasMessageContaining("nesting depth"));
    String longNumber = valid.replaceFirst("\"value\" : -?[0-9.]+", "\"value\" : " + "9".repeat(1_000));
    assertThatThrownBy(() -> ResultsJson.read(longNumber, "n.json")).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void aMeasurementFileObeysTheReadLimits() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementCsv.write(Plans.orneReviewed(), out, WriteOptions.defaults());
    long rows = MeasurementCsv.read(DocumentSource.of("m.csv", out.toByteArray()), ReadOptions.defaults()).rows().size();
    assertThat(rows).isGreaterThan(1);
    ReadOptions tight = ReadOptions.builder().limits(ReadLimits.builder().maxMeasurements((int) rows - 1).build()).build();
    assertThatThrownBy(() -> MeasurementLoader.load(Plans.orneReviewed(), DocumentSource.of("m.csv", out.toByteArray()), tight))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxMeasurements = " + (rows - 1));
  }

  @Test
  void oneRegistryServesEightThreadsWithTheSingleThreadedResults() throws Exception {
    CalculatorRegistry registry = CalculatorRegistry.discover();
    List<Schema> plans = List.of(Plans.orne(), Plans.orneReviewed());
    List<IndicatorReport> expected = plans.stream().map(p -> registry.runAll(p, CONTEXT)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CyclicBarrier start = new CyclicBarrier(8);
      List<Future<Integer>> mismatches = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        Callable<Integer> worker = () -> {
          start.await();
          int wrong = 0;
          for (int i = 0; i < 20; i++) {
            int k = (i + offset) % plans.size();
            if (!registry.runAll(plans.get(k), CONTEXT).equals(expected.get(k))) {
              wrong++;
            }
          }
          return wrong;
        };
        mismatches.add(pool.submit(worker));
      }
      for (Future<Integer> m : mismatches) {
        assertThat(m.get(120, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void noPolymorphicTypingByClassName() {
    assertThat(NoClassNameTyping.problems(CalculatorRegistry.class)).isEmpty();
  }
}
