package org.schemadepartemental.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import picocli.CommandLine.Option;

/**
 * The options every command that reads plans shares, and the resolution of its inputs: files,
 * folders (every regular file inside, in name order), or with none the bundled example.
 */
final class PlanInputs {

  /** Where the bundled Orne plan lives in the jar. */
  static final String BUNDLED_PLAN = "/examples/seeds/orne-plan-2017-2021.txt";
  /** The name the bundled plan is reported under. */
  static final String BUNDLED_NAME = "examples/seeds/orne-plan-2017-2021.txt (bundled example)";

  @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detected).")
  String from;

  @Option(names = "--departement", paramLabel = "CODE", description = "INSEE code of the département, when the document does not say.")
  String departement;

  @Option(names = "--period", paramLabel = "YYYY-YYYY", description = "Plan period, when the document does not say.")
  String period;

  /** The read options these flags give. */
  ReadOptions readOptions() {
    ReadOptions.Builder b = ReadOptions.builder();
    if (departement != null) {
      b.departement(Departements.byCode(departement).orElseThrow(() -> new CliException(
          "unknown département code '" + departement + "' (expected an INSEE code such as 61, 2A or 974)",
          CliException.USAGE)));
    }
    if (period != null) {
      try {
        b.period(YearRange.parse(period));
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage(), CliException.USAGE);
      }
    }
    return b.build();
  }

  /** The sources named: each file, every file of each folder; the bundled example when none. */
  static List<DocumentSource> sources(List<Path> paths) {
    if (paths == null || paths.isEmpty()) {
      return List.of(bundled());
    }
    List<DocumentSource> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          files.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(f -> out.add(DocumentSource.of(f)));
        } catch (IOException e) {
          throw new CliException("cannot list folder " + p + ": " + e.getMessage(), CliException.USAGE);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(DocumentSource.of(p));
      } else {
        throw new CliException("no such file: " + p, CliException.USAGE);
      }
    }
    return out;
  }

  /** The bundled Orne plan. */
  static DocumentSource bundled() {
    try (InputStream in = PlanInputs.class.getResourceAsStream(BUNDLED_PLAN)) {
      if (in == null) {
        throw new CliException("the bundled example is missing from this build", CliException.USAGE);
      }
      return DocumentSource.of(BUNDLED_NAME, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one source with the format named, or the detected one. */
  ReadResult read(FormatRegistry formats, DocumentSource source) {
    ReadOptions options = readOptions();
    if (from != null) {
      return formats.read(source, from, options);
    }
    if (source.name().equals(BUNDLED_NAME)) {
      return formats.read(source, "action-plan", options);
    }
    return formats.read(source, options);
  }

  /** Prints the read problems and the placement report on standard error. */
  static void printReadReport(ReadResult result, PrintWriter err) {
    for (ReadProblem p : result.problems()) {
      err.println(p);
    }
    result.placement().ifPresent(r -> printPlacement(r, err));
  }

  /** The placement report: the ratio, the counts, then every unplaced piece with its location. */
  static void printPlacement(PlacementReport r, PrintWriter err) {
    err.printf(Locale.ROOT, "%s: placement: %.1f %% of %d non-blank characters placed (%d) or noise (%d); %d unplaced%n",
        r.source(), 100 * r.accountedRatio(), r.totalChars(), r.placedChars(), r.noiseChars(), r.unplaced().size());
    for (PlacementReport.UnplacedText u : r.unplaced()) {
      String text = u.text().strip();
      if (text.length() > 100) {
        text = text.substring(0, 97) + "…";
      }
      err.println(u.location() + ": unplaced: " + text);
    }
  }
}
