package org.schemadepartemental.benchmarks.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemadepartemental.benchmarks.corpus.CorpusFiles;
import org.schemadepartemental.benchmarks.corpus.CorpusStats;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;

/**
 * The heap the loaded corpus retains, measured in a JVM of its own: the used heap after forced
 * full collections, with the corpus loaded minus the same without it (the bytes of the files
 * are read and dropped before the first measurement, so that only what is built from them is
 * counted). Mode {@code model} holds the plans as {@code Schema}, mode {@code tree} the same JSON
 * as Jackson {@code JsonNode} trees ({@code ObjectMapper.readTree}, Jackson's defaults). Prints
 * one JSON line: {@code {"mode":"model","plans":101,"bytes":…,"measurements":…}}.
 *
 * <p>Run: {@code java -Xms8g -Xmx8g -cp benchmarks.jar
 * org.schemadepartemental.benchmarks.memory.RetainedHeap model CORPUS_DIR [plans]}.
 */
public final class RetainedHeap {

  private RetainedHeap() {}

  /**
   * Measures one mode.
   *
   * @param args {@code model} or {@code tree}, the corpus folder, optionally the number of plans
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    CorpusFiles corpus = CorpusFiles.at(Path.of(args[1]));
    int plans = args.length > 2 ? Integer.parseInt(args[2]) : 101;
    List<Path> files = corpus.files("json", plans);
    FormatRegistry formats = FormatRegistry.discover();
    ObjectMapper mapper = new ObjectMapper();
    // Warm the code paths on one plan, so that classes loaded on first use are in the baseline.
    Object warm = load(mode, List.of(files.get(0)), formats, mapper);
    Reference.reachabilityFence(warm);
    warm = null;
    long before = usedAfterGc();
    List<Object> loaded = load(mode, files, formats, mapper);
    long after = usedAfterGc();
    Reference.reachabilityFence(loaded);
    long measurements = 0;
    for (Object plan : loaded) {
      measurements += plan instanceof Schema schema ? CorpusStats.of(schema).measurements()
          : ((JsonNode) plan).findValues("measurements").stream().mapToLong(JsonNode::size).sum();
    }
    System.out.printf(Locale.ROOT, "{\"mode\":\"%s\",\"plans\":%d,\"bytes\":%d,\"measurements\":%d}%n",
        mode, plans, after - before, measurements);
  }

  private static List<Object> load(String mode, List<Path> files, FormatRegistry formats, ObjectMapper mapper)
      throws Exception {
    List<Object> loaded = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      switch (mode) {
        case "model" -> loaded.add(formats.read(DocumentSource.of(file.getFileName().toString(), bytes), "json",
            ReadOptions.defaults()).schema());
        case "tree" -> {
          JsonNode tree = mapper.readTree(bytes);
          loaded.add(tree);
        }
        default -> throw new IllegalArgumentException("mode must be model or tree, not " + mode);
      }
    }
    return loaded;
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // Several full collections until the figure settles: finalizers and soft caches go in the first.
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
