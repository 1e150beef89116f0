package org.schemadepartemental.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
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
import org.schemadepartemental.benchmarks.corpus.LayoutSample;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;

/**
 * Importing the document layouts at 1, 10 and 100 times the size of their samples (fiches
 * repeated with new numbers, see {@link LayoutSample}), placement report included. The figure
 * that matters is the time per megabyte, which should not grow with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DocumentImportBenchmark {

  /** The layout, by format id. */
  @Param({"summary-table", "action-plan", "plan-review"})
  public String layout;

  /** How many times the sample's body is repeated. */
  @Param({"1", "10", "100"})
  public int times;

  private byte[] document;
  private String name;
  private FormatRegistry formats;

  /** Reads the scaled document into memory. */
  @Setup
  public void load() throws IOException {
    LayoutSample sample = java.util.Arrays.stream(LayoutSample.values())
        .filter(s -> s.formatId().equals(layout)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no layout sample " + layout));
    var file = CorpusLocation.corpus().layout(sample, times);
    document = Files.readAllBytes(file);
    name = file.getFileName().toString();
    formats = FormatRegistry.discover();
  }

  /** The library: the document read in its layout, with its placement report. */
  @Benchmark
  public ReadResult read() {
    return formats.read(DocumentSource.of(name, document), layout, ReadOptions.defaults());
  }
}
