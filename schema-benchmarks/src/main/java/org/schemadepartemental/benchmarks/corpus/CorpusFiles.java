package org.schemadepartemental.benchmarks.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.csv.CsvLayout;

/**
 * The corpus on disk, as the benchmarks read it:
 *
 * <pre>
 * corpus/json/000-01.json …             canonical JSON (compact), one plan per file, INSEE order
 * corpus/csv-plan/000-01.csv …          CSV, plan layout
 * corpus/csv-measurements/000-01.csv …  CSV, measurements layout
 * corpus/markdown/000-01.md …           Markdown
 * corpus/layouts/action-plan-10x.txt …  the layout samples at 1×, 10× and 100×
 * corpus/small-plan.json                one orientation of the first plan, for the command line
 * corpus/manifest.json                  seed, counts, sizes, data rows of each measurements CSV
 * </pre>
 *
 * <p>The first {@code n} files of a folder, in name order, are the first {@code n} plans.
 */
public final class CorpusFiles {

  /** The layout scales written. */
  public static final List<Integer> LAYOUT_SCALES = List.of(1, 10, 100);

  /** The folder names per format, in the order of {@link #FORMATS}. */
  private static final Map<String, String> FORMATS = Map.of(
      "json", "json", "csv-plan", "csv", "csv-measurements", "csv", "markdown", "md");

  private final Path root;

  private CorpusFiles(Path root) {
    this.root = root;
  }

  /** The corpus under {@code root} (such as {@code target/corpus}). */
  public static CorpusFiles at(Path root) {
    return new CorpusFiles(root);
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  /** The first {@code count} files of a folder ({@code json}, {@code csv-measurements}…), in plan order. */
  public List<Path> files(String folder, int count) {
    try (Stream<Path> files = Files.list(root.resolve(folder))) {
      List<Path> sorted = files.sorted().toList();
      if (sorted.size() < count) {
        throw new IllegalStateException(root.resolve(folder) + " holds " + sorted.size() + " files, not " + count
            + ": generate the corpus first (benchmarks/run, or CorpusMain)");
      }
      return sorted.subList(0, count);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root.resolve(folder) + ": generate the corpus first", e);
    }
  }

  /** The layout sample at a scale. */
  public Path layout(LayoutSample layout, int times) {
    return root.resolve("layouts").resolve(layout.formatId() + "-" + times + "x.txt");
  }

  /** The small plan for the command line benchmark. */
  public Path smallPlan() {
    return root.resolve("small-plan.json");
  }

  /** The manifest. */
  public Path manifest() {
    return root.resolve("manifest.json");
  }

  /**
   * Generates and writes the first {@code count} plans of the seed in every format, the scaled
   * layout samples read from {@code seeds}, the small plan and the manifest; returns the counts.
   */
  public CorpusStats write(long seed, int count, Path seeds) throws IOException {
    FormatRegistry formats = FormatRegistry.discover();
    for (String folder : FORMATS.keySet()) {
      Path dir = Files.createDirectories(root.resolve(folder));
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Map<String, AtomicLong> bytes = new LinkedHashMap<>();
    FORMATS.keySet().stream().sorted().forEach(f -> bytes.put(f, new AtomicLong()));
    AtomicReference<CorpusStats> stats = new AtomicReference<>(CorpusStats.EMPTY);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Map<String, Long> csvRows = new java.util.concurrent.ConcurrentSkipListMap<>();
    NationalCorpus.forEachPlan(seed, count, plan -> {
      try {
        String name = fileName(plan);
        bytes.get("json").addAndGet(write(formats, plan, "json", WriteOptions.defaults().withPretty(false),
            root.resolve("json").resolve(name + ".json")));
        bytes.get("csv-plan").addAndGet(write(formats, plan, "csv", WriteOptions.defaults(),
            root.resolve("csv-plan").resolve(name + ".csv")));
        bytes.get("csv-measurements").addAndGet(write(formats, plan, "csv",
            WriteOptions.defaults().withProperty(CsvLayout.PROPERTY, CsvLayout.MEASUREMENTS.id()),
            root.resolve("csv-measurements").resolve(name + ".csv")));
        bytes.get("markdown").addAndGet(write(formats, plan, "markdown", WriteOptions.defaults(),
            root.resolve("markdown").resolve(name + ".md")));
        stats.accumulateAndGet(CorpusStats.of(plan), CorpusStats::plus);
        // One row per measurement, and one to fill in per indicator without any.
        csvRows.put(name, plan.indicators().stream().mapToLong(i -> Math.max(1, i.measurements().size())).sum());
      } catch (IOException | RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    });
    if (failure.get() != null) {
      throw new IOException("cannot write the corpus: " + failure.get(), failure.get());
    }
    write(formats, smallPlan(NationalCorpus.plan(seed, 0)), "json", WriteOptions.defaults(), smallPlan());
    Map<String, Long> layoutBytes = writeLayouts(seeds);
    writeManifest(seed, stats.get(), bytes, layoutBytes, List.copyOf(csvRows.values()));
    return stats.get();
  }

  /**
   * A small plan that validates cleanly: the first three fiches of the plan's first orientation,
   * their figures within the plan's years, without references to the fiches left out.
   */
  static Schema smallPlan(Schema plan) {
    Orientation first = plan.orientations().get(0);
    List<Fiche> fiches = new ArrayList<>();
    for (Fiche fiche : first.fiches().subList(0, Math.min(3, first.fiches().size()))) {
      List<Indicator> indicators = fiche.indicators().stream()
          .filter(i -> i.formula().isEmpty())
          .map(i -> i.withMeasurements(i.measurements().stream()
              .filter(m -> plan.period().map(p -> p.contains(m.period())).orElse(true)).toList()))
          .toList();
      fiches.add(fiche.toBuilder().indicators(indicators).crossReferences(List.of())
          .lifecycle(FicheLifecycle.active()).build());
    }
    return plan.toBuilder().orientations(List.of(first.withFiches(fiches))).reviews(List.of()).build();
  }

  /** "000-01": the plan's rank in INSEE order, then its code, so that name order is plan order. */
  private static String fileName(Schema plan) {
    String code = plan.departement().orElseThrow().code();
    int index = 0;
    for (var d : org.schemadepartemental.core.Departements.all()) {
      if (d.code().equals(code)) {
        break;
      }
      index++;
    }
    return String.format(Locale.ROOT, "%03d-%s", index, code);
  }

  private static long write(FormatRegistry formats, Schema plan, String format, WriteOptions options, Path file)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    formats.write(plan, out, format, options);
    Files.write(file, out.toByteArray());
    return out.size();
  }

  private Map<String, Long> writeLayouts(Path seeds) throws IOException {
    Path dir = Files.createDirectories(root.resolve("layouts"));
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (LayoutSample layout : LayoutSample.values()) {
      String sample = Files.readString(seeds.resolve(layout.sampleName()), StandardCharsets.UTF_8);
      for (int times : LAYOUT_SCALES) {
        byte[] scaled = layout.scale(sample, times).getBytes(StandardCharsets.UTF_8);
        Files.write(layout(layout, times), scaled);
        sizes.put(dir.relativize(layout(layout, times)).toString(), (long) scaled.length);
      }
    }
    return sizes;
  }

  private void writeManifest(long seed, CorpusStats stats, Map<String, AtomicLong> bytes, Map<String, Long> layouts,
      List<Long> csvRows) throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("seed", seed);
    manifest.put("stats", stats);
    Map<String, Long> sizes = new LinkedHashMap<>();
    bytes.forEach((k, v) -> sizes.put(k, v.get()));
    manifest.put("bytes", sizes);
    manifest.put("layouts", layouts);
    manifest.put("csvMeasurementRows", csvRows);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(manifest().toFile(), manifest);
  }
}
