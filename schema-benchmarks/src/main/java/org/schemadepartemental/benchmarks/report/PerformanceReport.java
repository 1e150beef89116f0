package org.schemadepartemental.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes {@code docs/performance.md} from what {@code benchmarks/run} measured: the JMH results
 * (JSON), the retained heap figures, the command line timings, the corpus manifest and the
 * machine's description; each figure with its baseline, their ratio and its error, the goal and
 * whether it is met, then the hand-written analysis ({@code benchmarks/analysis.md}).
 *
 * <p>Run: {@code java -cp benchmarks.jar org.schemadepartemental.benchmarks.report.PerformanceReport
 * RESULTS_DIR CORPUS_DIR ANALYSIS_MD OUTPUT_MD}, where {@code RESULTS_DIR} holds {@code jmh-*.json},
 * {@code memory.jsonl}, {@code cli.json} and {@code environment.properties}.
 */
public final class PerformanceReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Integer> PLAN_COUNTS = List.of(1, 10, 101);
  private static final List<String> LAYOUTS = List.of("summary-table", "action-plan", "plan-review");
  private static final List<Integer> SCALES = List.of(1, 10, 100);

  /** One JMH figure: mean, its 99.9 % error, the median of the iterations, in ms/op. */
  record Figure(double mean, double error, double median, int iterations) {
    /** This figure divided by another, the error propagated (relative errors in quadrature). */
    Ratio over(Figure baseline) {
      double ratio = mean / baseline.mean;
      double relative = Math.hypot(safe(error / mean), safe(baseline.error / baseline.mean));
      return new Ratio(ratio, ratio * relative, median / baseline.median);
    }

    private static double safe(double v) {
      return v; // NaN (fewer than three iterations) stays NaN: no error is claimed
    }
  }

  /** A ratio of means with its error, and the ratio of medians. */
  record Ratio(double value, double error, double ofMedians) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private final List<String[]> goals = new ArrayList<>();
  private JsonNode manifest;
  private JsonNode cli;
  private final Map<String, Long> memory = new LinkedHashMap<>();
  private final Map<String, Long> memoryMeasurements = new LinkedHashMap<>();
  private final Map<String, Integer> memoryPlans = new LinkedHashMap<>();

  private PerformanceReport() {}

  /**
   * Writes the report.
   *
   * @param args the results folder, the corpus folder, the analysis to append, the output file
   */
  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    PerformanceReport report = new PerformanceReport();
    report.load(results, Path.of(args[1]));
    String analysis = Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])) : "";
    Files.writeString(Path.of(args[3]), report.render(analysis), StandardCharsets.UTF_8);
  }

  private void load(Path results, Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("jmh-.*\\.json")).sorted().toList()) {
        for (JsonNode run : JSON.readTree(file.toFile())) {
          String name = run.get("benchmark").asText().replaceFirst(".*\\.jmh\\.", "");
          StringBuilder key = new StringBuilder(name);
          run.path("params").fields().forEachRemaining(p -> key.append(' ').append(p.getKey()).append('=')
              .append(p.getValue().asText()));
          JsonNode metric = run.get("primaryMetric");
          int iterations = 0;
          for (JsonNode fork : metric.path("rawData")) {
            iterations += fork.size();
          }
          figures.put(key.toString(), new Figure(metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
              metric.path("scorePercentiles").path("50.0").asDouble(metric.get("score").asDouble()), iterations));
        }
      }
    }
    Path env = results.resolve("environment.properties");
    if (Files.exists(env)) {
      for (String line : Files.readAllLines(env)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          environment.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    }
    Path memoryFile = results.resolve("memory.jsonl");
    if (Files.exists(memoryFile)) {
      for (String line : Files.readAllLines(memoryFile)) {
        if (line.startsWith("{")) {
          JsonNode m = JSON.readTree(line);
          memory.put(m.get("mode").asText(), m.get("bytes").asLong());
          memoryMeasurements.put(m.get("mode").asText(), m.path("measurements").asLong());
          memoryPlans.put(m.get("mode").asText(), m.path("plans").asInt());
        }
      }
    }
    Path cliFile = results.resolve("cli.json");
    cli = Files.exists(cliFile) ? JSON.readTree(cliFile.toFile()) : JSON.createObjectNode();
    Path manifestFile = corpus.resolve("manifest.json");
    manifest = Files.exists(manifestFile) ? JSON.readTree(manifestFile.toFile()) : JSON.createObjectNode();
  }

  private Optional<Figure> figure(String key) {
    return Optional.ofNullable(figures.get(key));
  }

  private String render(String analysis) {
    line("# Performance at national scale");
    line();
    line("_Written by `benchmarks/run` on " + env("date") + "; do not edit by hand: run `" + env("command")
        + "` again to regenerate it._");
    line();
    if ("yes".equals(environment.get("underLoad"))) {
      line("> **Measured under load.** The machine was shared with other work while this ran (1-minute load "
          + "average " + env("loadBefore") + " at the start; other processes took " + env("othersCpuPercent")
          + " % of the CPU of the " + env("cores") + " cores during the run): absolute times are inflated and noisy, the errors are wide. Ratios to baselines measured "
          + "in the same run suffer less, but still some. Regenerate on a quiet machine with `" + env("command") + "`.");
      line();
    }
    machine();
    corpus();
    String summaryAnchor = "@@SUMMARY@@";
    line(summaryAnchor);
    jsonRead();
    jsonWrite();
    csv();
    calculators();
    imports();
    heap();
    commandLine();
    String text = out.toString();
    StringBuilder summary = new StringBuilder();
    summary.append("## Goals\n\n| goal | measured (101 plans) | goal | met |\n|---|---|---|---|\n");
    for (String[] g : goals) {
      summary.append("| ").append(g[0]).append(" | ").append(g[1]).append(" | ").append(g[2]).append(" | ")
          .append(g[3]).append(" |\n");
    }
    summary.append("\nRatios are of mean times (99.9 % error of JMH propagated), median ratios in brackets; "
        + "\"—\" when a figure is missing from the run.\n");
    return text.replace(summaryAnchor, summary.toString()) + "\n" + analysis;
  }

  private void machine() {
    line("## Machine and settings");
    line();
    line("| | |");
    line("|---|---|");
    line("| CPU | " + env("cpu") + ", " + env("cores") + " cores |");
    line("| memory | " + env("memory") + " |");
    line("| OS | " + env("os") + " |");
    line("| JDK | " + env("jdk") + " |");
    line("| JMH | " + env("jmh") + " |");
    line("| load average (1 min) | " + env("loadBefore") + " before, " + env("loadAfter") + " after (the benchmarks'"
        + " own JVMs included) |");
    line("| CPU taken by other processes during the run | " + env("othersCpuPercent") + " % |");
    line("| total time | " + env("elapsed") + " |");
    line();
    line("JMH: mode average time, " + env("settings") + " per benchmark and parameter; every figure is in "
        + "ms per operation unless said otherwise, given as mean ± 99.9 % error, with the median of the "
        + "measured iterations. Each JVM has a fixed heap (`-Xms` = `-Xmx`, G1).");
    line();
  }

  private void corpus() {
    JsonNode stats = manifest.path("stats");
    JsonNode bytes = manifest.path("bytes");
    line("## The corpus");
    line();
    line("Generated by `NationalCorpus` (seed " + manifest.path("seed").asText("?") + "): one plan per "
        + "département, " + stats.path("plans").asText("?") + " plans, " + n(stats.path("orientations").asLong())
        + " orientations, " + n(stats.path("fiches").asLong()) + " fiches, " + n(stats.path("sousActions").asLong())
        + " sous-actions, " + n(stats.path("indicators").asLong()) + " indicators, "
        + n(stats.path("measurements").asLong()) + " measurements, " + n(stats.path("reviews").asLong())
        + " reviews. On disk: canonical JSON (compact) " + mb(bytes.path("json").asLong()) + ", CSV plan layout "
        + mb(bytes.path("csv-plan").asLong()) + ", CSV measurements " + mb(bytes.path("csv-measurements").asLong())
        + ", Markdown " + mb(bytes.path("markdown").asLong()) + ". The benchmarks read the first 1, 10 or 101 "
        + "plans (INSEE order), held in memory as bytes, so that the disk is not measured.");
    line();
  }

  private void jsonRead() {
    line("## Reading canonical JSON");
    line();
    line("`JsonReadBenchmark`: the plans' JSON bytes into `Schema` (`FormatRegistry.read(…, \"json\", …)`), "
        + "against (a) Jackson's token scan of the same bytes (`nextToken()` to the end) and (b) "
        + "`ObjectMapper.readTree` (Jackson's defaults).");
    line();
    line("| plans | model | (a) token scan | model ÷ (a) | (b) readTree | model ÷ (b) |");
    line("|---:|---:|---:|---:|---:|---:|");
    for (int plans : PLAN_COUNTS) {
      Optional<Figure> model = figure("JsonReadBenchmark.model plans=" + plans);
      Optional<Figure> scan = figure("JsonReadBenchmark.tokenScan plans=" + plans);
      Optional<Figure> tree = figure("JsonReadBenchmark.readTree plans=" + plans);
      line("| " + plans + " | " + f(model) + " | " + f(scan) + " | " + ratio(model, scan) + " | " + f(tree) + " | "
          + ratio(model, tree) + " |");
    }
    line();
    goal("read JSON ÷ token scan", figure("JsonReadBenchmark.model plans=101"),
        figure("JsonReadBenchmark.tokenScan plans=101"), 3.0, "≤ 3×");
    goal("read JSON ÷ readTree", figure("JsonReadBenchmark.model plans=101"),
        figure("JsonReadBenchmark.readTree plans=101"), 1.5, "≤ 1.5×");
  }

  private void jsonWrite() {
    line("## Writing canonical JSON");
    line();
    line("`JsonWriteBenchmark`: the plans as compact JSON into a reused buffer, against Jackson writing the "
        + "same content held as `JsonNode` trees (decimals exact, written plain; the outputs are byte for byte "
        + "the same size).");
    line();
    line("| plans | model | JsonNode trees | model ÷ trees |");
    line("|---:|---:|---:|---:|");
    for (int plans : PLAN_COUNTS) {
      Optional<Figure> model = figure("JsonWriteBenchmark.model plans=" + plans);
      Optional<Figure> tree = figure("JsonWriteBenchmark.tree plans=" + plans);
      line("| " + plans + " | " + f(model) + " | " + f(tree) + " | " + ratio(model, tree) + " |");
    }
    line();
    goal("write JSON ÷ JsonNode write", figure("JsonWriteBenchmark.model plans=101"),
        figure("JsonWriteBenchmark.tree plans=101"), 1.5, "≤ 1.5×");
  }

  private void csv() {
    line("## Loading measurements from CSV");
    line();
    line("`MeasurementCsvBenchmark`: each plan's `measurements` CSV applied to it with "
        + "`MeasurementLoader.load` (read, every row checked, applied), against Jackson CSV reading the same "
        + "bytes into `String[]` rows. Rows per second = the operation's data rows ÷ its time.");
    line();
    line("| plans | rows | library | Jackson CSV | library rows/s | Jackson rows/s | ratio of rows/s |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    for (int plans : PLAN_COUNTS) {
      Optional<Figure> model = figure("MeasurementCsvBenchmark.model plans=" + plans);
      Optional<Figure> strings = figure("MeasurementCsvBenchmark.stringArrays plans=" + plans);
      long rows = csvRows(plans);
      String inverse = model.isPresent() && strings.isPresent() ? inverse(model.get().over(strings.get())) : "—";
      line("| " + plans + " | " + n(rows) + " | " + f(model) + " | " + f(strings) + " | " + perSecond(rows, model)
          + " | " + perSecond(rows, strings) + " | " + inverse + " |");
    }
    line();
    Optional<Figure> model = figure("MeasurementCsvBenchmark.model plans=101");
    Optional<Figure> strings = figure("MeasurementCsvBenchmark.stringArrays plans=101");
    if (model.isPresent() && strings.isPresent()) {
      Ratio r = model.get().over(strings.get());
      goals.add(new String[] {"CSV measurements rows/s ÷ Jackson CSV rows/s", inverse(r), "≥ 1/3 (0.33)",
          1 / r.value() >= 1.0 / 3 ? "yes" : "**no**: " + pct(1 / r.value() / (1.0 / 3)) + " of the goal"});
    } else {
      goals.add(new String[] {"CSV measurements rows/s ÷ Jackson CSV rows/s", "—", "≥ 1/3", "—"});
    }
  }

  private void calculators() {
    line("## Computing every indicator");
    line();
    line("`CalculatorBenchmark`: `CalculatorRegistry.runAll` (the nine built-in calculators) over plans already "
        + "read, as of 2022-06-30, against reading the same plans from JSON (`JsonReadBenchmark.model`).");
    line();
    line("| plans | all calculators | reading the JSON | calculators ÷ reading |");
    line("|---:|---:|---:|---:|");
    for (int plans : PLAN_COUNTS) {
      Optional<Figure> calc = figure("CalculatorBenchmark.runAll plans=" + plans);
      Optional<Figure> read = figure("JsonReadBenchmark.model plans=" + plans);
      line("| " + plans + " | " + f(calc) + " | " + f(read) + " | " + ratio(calc, read) + " |");
    }
    line();
    goal("all calculators ÷ reading the JSON", figure("CalculatorBenchmark.runAll plans=101"),
        figure("JsonReadBenchmark.model plans=101"), 1.0, "≤ 1×");
  }

  private void imports() {
    line("## Importing documents at 1×, 10× and 100×");
    line();
    line("`DocumentImportBenchmark`: each layout's sample with its body repeated 1, 10 and 100 times (fiches "
        + "renumbered, see `LayoutSample`), read with its placement report. Goal: the time per megabyte stays "
        + "within 25 % across the sizes (largest ÷ smallest ≤ 1.25).");
    line();
    line("| layout | size | bytes | ms/op | ms per MB |");
    line("|---|---:|---:|---:|---:|");
    for (String layout : LAYOUTS) {
      double lowest = Double.MAX_VALUE;
      double highest = 0;
      double first = Double.NaN;
      double last = Double.NaN;
      boolean complete = true;
      for (int times : SCALES) {
        Optional<Figure> f = figure("DocumentImportBenchmark.read layout=" + layout + " times=" + times);
        long bytes = manifest.path("layouts").path(layout + "-" + times + "x.txt").asLong();
        String perMb = "—";
        if (f.isPresent() && bytes > 0) {
          double v = f.get().mean() / (bytes / 1e6);
          lowest = Math.min(lowest, v);
          highest = Math.max(highest, v);
          first = Double.isNaN(first) ? v : first;
          last = v;
          double e = f.get().error() / (bytes / 1e6);
          perMb = String.format(Locale.ROOT, "%,.0f ± %s", v, Double.isFinite(e) ? String.format(Locale.ROOT, "%,.0f", e) : "?");
        } else {
          complete = false;
        }
        line("| " + layout + " | " + times + "× | " + n(bytes) + " | " + f(f) + " | " + perMb + " |");
      }
      double largestOverSmallest = last / first;
      String spread = complete ? String.format(Locale.ROOT, "%.2f (100× ÷ 1×: %.2f)", highest / lowest,
          largestOverSmallest) : "—";
      String met;
      if (!complete) {
        met = "—";
      } else if (highest / lowest <= 1.25) {
        met = "yes";
      } else if (largestOverSmallest <= 1.25) {
        met = "**no**: " + String.format(Locale.ROOT, "%.0f %%", (highest / lowest - 1) * 100) + " apart, but the "
            + "largest document is not the dearest per MB: a fixed cost per document weighs on the small ones; "
            + "nothing grows faster than the size";
      } else {
        met = "**no**: " + String.format(Locale.ROOT, "%.0f %%", (highest / lowest - 1) * 100) + " apart, the 100× "
            + "document the dearest per MB: a step grows faster than the size";
      }
      goals.add(new String[] {"import " + layout + ": time per MB, largest ÷ smallest of 1×, 10×, 100×", spread,
          "≤ 1.25", met});
    }
    line();
  }

  private void heap() {
    line("## Memory");
    line();
    long measurements = memoryMeasurements.getOrDefault("model", 0L);
    int plans = memoryPlans.getOrDefault("model", 0);
    Long model = memory.get("model");
    Long tree = memory.get("tree");
    line("`RetainedHeap`, in a JVM of its own per figure: the used heap after forced full collections "
        + "(`System.gc()` five times, the lowest `MemoryMXBean` reading), with " + plans + " plans loaded minus before "
        + "loading them (code paths warmed on one plan first, file bytes dropped). An estimate, not a heap-dump "
        + "analysis: it counts everything the loading keeps reachable, and nothing else lives in that JVM.");
    line();
    line("| held as | retained heap | per measurement |");
    line("|---|---:|---:|");
    line("| `Schema` (the model) | " + (model == null ? "—" : mb(model)) + " | "
        + (model == null || measurements == 0 ? "—" : n(model / measurements) + " B") + " |");
    line("| `JsonNode` trees (readTree) | " + (tree == null ? "—" : mb(tree)) + " | "
        + (tree == null || measurements == 0 ? "—" : n(tree / measurements) + " B") + " |");
    line();
    line("Per measurement = the retained heap of the " + plans + " plans ÷ their " + n(measurements) + " measurements "
        + "(fiches, texts and calendars included).");
    line();
    if (model != null && tree != null) {
      double r = (double) model / tree;
      goals.add(new String[] {"retained heap, model ÷ JsonNode trees", String.format(Locale.ROOT, "%.2f× (%s B per "
          + "measurement)", r, n(model / Math.max(1, measurements))), "≤ 1×", r <= 1 ? "yes" : "**no**"});
    } else {
      goals.add(new String[] {"retained heap, model ÷ JsonNode trees", "—", "≤ 1×", "—"});
    }
  }

  private void commandLine() {
    line("## The command line");
    line();
    line("Whole-process time of `java -jar schema-cli-…-all.jar validate small-plan.json` (3 fiches, valid) "
        + "against `java -version` on the same machine, measured with " + env("cliTool") + ". With AppCDS: an "
        + "archive made by one run with `-XX:ArchiveClassesAtExit`, then used with `-XX:SharedArchiveFile`.");
    line();
    List<JsonNode> runs = new ArrayList<>();
    cli.path("results").forEach(runs::add);
    if (runs.size() < 3) {
      line("_Not measured in this run._");
      line();
      goals.add(new String[] {"`schema validate` ÷ `java -version` (no numeric goal)", "—", "report", "—"});
      return;
    }
    double base = runs.get(0).path("mean").asDouble();
    line("| command | mean | ± σ | median | runs | ÷ java -version |");
    line("|---|---:|---:|---:|---:|---:|");
    for (JsonNode c : runs) {
      line("| " + c.path("command").asText() + " | " + ms(c.path("mean").asDouble()) + " | "
          + ms(c.path("stddev").asDouble()) + " | " + ms(c.path("median").asDouble()) + " | " + c.path("times").size()
          + " | " + String.format(Locale.ROOT, "%.1f×", c.path("mean").asDouble() / base) + " |");
    }
    line();
    double plain = runs.get(1).path("mean").asDouble();
    double cds = runs.get(2).path("mean").asDouble();
    boolean helps = cds < plain * 0.9;
    double c1 = runs.size() > 3 ? runs.get(3).path("mean").asDouble() : Double.NaN;
    line(String.format(Locale.ROOT, "AppCDS takes `validate` from %s to %s: %s.", ms(plain), ms(cds),
        helps ? "it helps, so the launcher should use it" : "no clear gain (less than 10 %)"));
    line();
    if (Double.isFinite(c1)) {
      line(String.format(Locale.ROOT, "With C1 only as well (`-XX:TieredStopAtLevel=1`, good for short commands, slower "
          + "for long conversions): %s.", ms(c1)));
      line();
    }
    goals.add(new String[] {"`schema validate` ÷ `java -version` (no numeric goal)", String.format(Locale.ROOT,
        "%.1f× (%.1f× with AppCDS%s)", plain / base, cds / base,
        Double.isFinite(c1) ? String.format(Locale.ROOT, ", %.1f× with AppCDS and C1 only", c1 / base) : ""), "report; keep AppCDS if it helps",
        helps ? "AppCDS helps" : "AppCDS does not help"});
  }

  private static String ms(double seconds) {
    return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
  }

  private void goal(String name, Optional<Figure> figure, Optional<Figure> baseline, double limit, String goal) {
    if (figure.isEmpty() || baseline.isEmpty()) {
      goals.add(new String[] {name, "—", goal, "—"});
      return;
    }
    Ratio r = figure.get().over(baseline.get());
    String met = r.value() <= limit ? "yes"
        : "**no**: " + String.format(Locale.ROOT, "%.0f %%", (r.value() / limit - 1) * 100) + " over";
    goals.add(new String[] {name, format(r), goal, met});
  }

  private long csvRows(int plans) {
    long rows = 0;
    JsonNode perPlan = manifest.path("csvMeasurementRows");
    for (int i = 0; i < plans && i < perPlan.size(); i++) {
      rows += perPlan.get(i).asLong();
    }
    return rows;
  }

  private static String perSecond(long rows, Optional<Figure> f) {
    return f.isEmpty() || rows == 0 ? "—" : n(Math.round(rows / (f.get().mean() / 1000)));
  }

  private static String inverse(Ratio r) {
    return String.format(Locale.ROOT, "%.2f ± %s", 1 / r.value(), errorText(r.error() / (r.value() * r.value())));
  }

  private static String ratio(Optional<Figure> a, Optional<Figure> b) {
    return a.isPresent() && b.isPresent() ? format(a.get().over(b.get())) : "—";
  }

  private static String format(Ratio r) {
    return String.format(Locale.ROOT, "%.2f× ± %s [%.2f×]", r.value(), errorText(r.error()), r.ofMedians());
  }

  private static String errorText(double error) {
    return Double.isFinite(error) && error > 0 ? String.format(Locale.ROOT, "%.2f", error) : "?";
  }

  private static String f(Optional<Figure> f) {
    if (f.isEmpty()) {
      return "—";
    }
    Figure x = f.get();
    String digits = x.mean() >= 100 ? "%,.0f" : x.mean() >= 10 ? "%,.1f" : "%,.2f";
    String error = Double.isFinite(x.error()) ? String.format(Locale.ROOT, digits, x.error()) : "?";
    return String.format(Locale.ROOT, digits + " ± " + error + " (median " + digits + ")", x.mean(), x.median());
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v).replace(',', ' ');
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f %%", v * 100);
  }

  private String env(String key) {
    return environment.getOrDefault(key, "?");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
