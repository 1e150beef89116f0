package org.schemadepartemental.benchmarks.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;

/**
 * Every built-in calculator ({@code CalculatorRegistry.runAll}) over the plans (1, 10 or 101,
 * already read), as of 30 June 2022; its baseline is {@link JsonReadBenchmark#model} at the same
 * size: computing the indicators should not cost more than reading the plans.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CalculatorBenchmark {

  /** How many plans are computed per operation. */
  @Param({"1", "10", "101"})
  public int plans;

  private List<Schema> models;
  private CalculatorRegistry calculators;
  private final EvaluationContext context = EvaluationContext.asOf(LocalDate.of(2022, 6, 30));

  /** Reads the plans; discovers the calculators once. */
  @Setup
  public void load() {
    FormatRegistry formats = FormatRegistry.discover();
    models = new ArrayList<>();
    for (byte[] document : CorpusLocation.read("json", plans)) {
      models.add(formats.read(DocumentSource.of("plan.json", document), "json", ReadOptions.defaults()).schema());
    }
    calculators = CalculatorRegistry.discover();
  }

  /** The library: all calculators over every plan. */
  @Benchmark
  public void runAll(Blackhole blackhole) {
    for (Schema plan : models) {
      blackhole.consume(calculators.runAll(plan, context));
    }
  }
}
