package org.schemadepartemental.benchmarks.jmh;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
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
import org.schemadepartemental.indicators.MeasurementLoad;
import org.schemadepartemental.indicators.MeasurementLoader;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;

/**
 * Loading each plan's measurements CSV (the {@code measurements} layout the library writes)
 * into that plan, against Jackson CSV reading the same bytes into string arrays. The library's
 * path is the one a user has: {@code MeasurementLoader.load} (the CSV read by {@code
 * MeasurementCsv}, every row checked and applied) into the plan held without its measurements
 * and without its period, so that the history rows before the plan's first year are applied
 * rather than refused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MeasurementCsvBenchmark {

  /** How many plans' CSV files are loaded per operation. */
  @Param({"1", "10", "101"})
  public int plans;

  private List<byte[]> csv;
  private List<Schema> targets;
  private final CsvMapper csvMapper = new CsvMapper();

  /** Reads the CSV bytes and the plans to load them into. */
  @Setup
  public void load() throws IOException {
    csv = CorpusLocation.read("csv-measurements", plans);
    FormatRegistry formats = FormatRegistry.discover();
    targets = new ArrayList<>();
    for (byte[] document : CorpusLocation.read("json", plans)) {
      Schema plan = formats.read(DocumentSource.of("plan.json", document), "json", ReadOptions.defaults()).schema();
      targets.add(plan.mapIndicators(i -> i.withMeasurements(List.of())).toBuilder().period(null).build());
    }
  }

  /** The library: CSV rows applied to the plans. */
  @Benchmark
  public void model(Blackhole blackhole) {
    for (int i = 0; i < csv.size(); i++) {
      MeasurementLoad load = MeasurementLoader.load(targets.get(i),
          DocumentSource.of("measurements.csv", csv.get(i)), ReadOptions.defaults());
      blackhole.consume(load);
    }
  }

  /** Baseline: the same bytes as string arrays, with Jackson CSV. */
  @Benchmark
  public long stringArrays() throws IOException {
    long count = 0;
    for (byte[] document : csv) {
      count += stringRows(document);
    }
    return count;
  }

  private long stringRows(byte[] document) throws IOException {
    long count = 0;
    try (MappingIterator<String[]> it = csvMapper.readerForArrayOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(document)) {
      while (it.hasNext()) {
        if (it.next().length > 0) {
          count++;
        }
      }
    }
    return count;
  }
}
