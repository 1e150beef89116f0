package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatMatch;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;
import org.schemadepartemental.io.spi.ContentSample;

/**
 * One registry, one instance of each reader and writer, shared by eight threads that start
 * together and each run every operation many times: every result equals the one computed
 * single-threaded first (readers, writers and the registry keep no state between calls).
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 12;

  @Test
  void sharedReadersWritersAndRegistryGiveTheSingleThreadedResults() throws Exception {
    FormatRegistry formats = FormatRegistry.discover();
    Schema plan = RichPlans.everyField();
    ReadOptions limited = ReadOptions.builder().limits(ReadLimits.builder().maxFiches(500).build()).build();
    Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
    for (Reader reader : Reader.values()) {
      for (int i = 0; i < reader.samples().size(); i++) {
        byte[] sample = reader.samples().get(i);
        operations.put("read " + reader + " " + i, () -> reader.read(DocumentSource.of("s" + reader, sample),
            ReadOptions.defaults()));
        operations.put("read " + reader + " " + i + " with other limits", () -> reader.read(
            DocumentSource.of("s" + reader, sample), limited));
        operations.put("detect " + reader + " " + i, () -> formats.rank(new ContentSample("s" + reader, sample))
            .stream().map(FormatMatch::toString).toList());
      }
    }
    for (String format : List.of("json", "csv", "markdown")) {
      operations.put("write " + format, () -> write(formats, plan, format, WriteOptions.defaults()));
    }
    operations.put("write measurements", () -> write(formats, plan, "csv",
        WriteOptions.defaults().withProperty("csv.layout", "measurements")));
    operations.put("read detected", () -> formats.read(DocumentSource.of("plan.json", Reader.JSON.samples().get(0)),
        ReadOptions.defaults()));

    Map<String, Object> expected = new LinkedHashMap<>();
    operations.forEach((name, op) -> expected.put(name, op.get()));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<String>> worker = () -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          List<String> names = new ArrayList<>(operations.keySet());
          for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < names.size(); i++) {
              // Each thread walks the operations from another place, so different ones overlap.
              String name = names.get((i + offset * 7 + round) % names.size());
              Object got = operations.get(name).get();
              if (!got.equals(expected.get(name))) {
                mismatches.add(name);
              }
            }
          }
          return mismatches;
        };
        results.add(pool.submit(worker));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get(120, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Byte> write(FormatRegistry formats, Schema plan, String format, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    formats.write(plan, out, format, options);
    List<Byte> bytes = new ArrayList<>();
    for (byte b : out.toByteArray()) {
      bytes.add(b);
    }
    return bytes;
  }
}
