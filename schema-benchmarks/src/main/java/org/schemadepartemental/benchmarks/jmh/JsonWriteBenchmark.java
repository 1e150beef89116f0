package org.schemadepartemental.benchmarks.jmh;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
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
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;

/**
 * Writing plans (1, 10 or 101, held in memory) as compact canonical JSON, against writing the
 * same content held as {@code JsonNode} trees (read from the same JSON, decimals kept exact as
 * the model keeps them, written plain as the library writes them). Both write into the same
 * reused in-memory buffer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class JsonWriteBenchmark {

  /** How many plans are written per operation. */
  @Param({"1", "10", "101"})
  public int plans;

  private List<Schema> models;
  private List<JsonNode> trees;
  private FormatRegistry formats;
  private final WriteOptions compact = WriteOptions.defaults().withPretty(false);
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(64 << 20);

  /** Reads the plans both ways. */
  @Setup
  public void load() throws IOException {
    formats = FormatRegistry.discover();
    models = new ArrayList<>();
    trees = new ArrayList<>();
    for (byte[] document : CorpusLocation.read("json", plans)) {
      models.add(formats.read(DocumentSource.of("plan.json", document), "json", ReadOptions.defaults()).schema());
      trees.add(mapper.readTree(document));
    }
  }

  /** The library: {@code Schema} to JSON bytes. */
  @Benchmark
  public long model() {
    long written = 0;
    for (Schema plan : models) {
      sink.reset();
      formats.write(plan, sink, "json", compact);
      written += sink.size();
    }
    return written;
  }

  /** Baseline: the same content as a tree, written by Jackson. */
  @Benchmark
  public long tree() throws IOException {
    long written = 0;
    for (JsonNode tree : trees) {
      sink.reset();
      mapper.writeValue(sink, tree);
      written += sink.size();
    }
    return written;
  }
}
