package org.schemadepartemental.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;

/**
 * Reading the corpus's canonical JSON (1, 10 or 101 plans, held in memory as bytes) into the
 * model through the format registry, against two baselines on the same bytes: Jackson's
 * streaming token scan ({@code nextToken()} to the end, the floor of any JSON reading) and
 * Jackson's {@code ObjectMapper.readTree}. Both baselines use Jackson's defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonReadBenchmark {

  /** How many plans of the corpus are read per operation. */
  @Param({"1", "10", "101"})
  public int plans;

  private List<byte[]> documents;
  private FormatRegistry formats;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();

  /** Loads the bytes and resolves the registry once, as an application does. */
  @Setup
  public void load() {
    documents = CorpusLocation.read("json", plans);
    formats = FormatRegistry.discover();
  }

  /** The library: JSON bytes to {@code Schema}. */
  @Benchmark
  public void model(Blackhole blackhole) {
    for (byte[] document : documents) {
      ReadResult result = formats.read(DocumentSource.of("plan.json", document), "json", ReadOptions.defaults());
      blackhole.consume(result.schema());
    }
  }

  /** Baseline (a): every token of the same bytes, nothing built. */
  @Benchmark
  public long tokenScan() throws IOException {
    long tokens = 0;
    for (byte[] document : documents) {
      try (JsonParser parser = factory.createParser(document)) {
        while (parser.nextToken() != null) {
          tokens++;
        }
      }
    }
    return tokens;
  }

  /** Baseline (b): the same bytes as a {@code JsonNode} tree. */
  @Benchmark
  public void readTree(Blackhole blackhole) throws IOException {
    for (byte[] document : documents) {
      blackhole.consume(mapper.readTree(document));
    }
  }
}
