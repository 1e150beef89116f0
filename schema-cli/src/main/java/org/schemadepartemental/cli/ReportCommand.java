package org.schemadepartemental.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.MeasurementLoad;
import org.schemadepartemental.indicators.MeasurementLoader;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaIoException;
import org.schemadepartemental.report.DashboardReport;
import org.schemadepartemental.report.PlanFollowUp;
import org.schemadepartemental.report.ReportData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schema report [PLAN...] [--as-of DATE] [-o report.html]}: the monitoring committee's
 * dashboard, one self-contained HTML file per plan (standard output for one plan without
 * {@code -o}). With no plan, the bundled Orne plan with its illustrative follow-up and
 * measurements, marked as illustrative in the page.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"The committee's dashboard: one self-contained HTML page per plan (Gantt chart, progress, "
        + "indicator charts, coverage, validation, partners), readable offline and printable on A4.",
        "With no PLAN: the bundled Orne plan with illustrative reviews and measurements."})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand SchemaCommand root;
  @Spec CommandSpec spec;
  @Mixin PlanInputs inputs;
  @Mixin FollowUpOptions followUp;

  @Parameters(paramLabel = "PLAN", arity = "0..*", description = "Plan files or folders (default: the bundled example).")
  List<Path> in = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Date the figures speak as of, 2019-12-31 or 31/12/2019 (default: the date of the plan's latest "
          + "review, else today).")
  String asOf;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Output .html file, or folder (one page per plan) when several plans are given.")
  Path output;

  @Override
  public Integer call() {
    Optional<LocalDate> date = Optional.ofNullable(asOf).map(ReportCommand::parseDate);
    Function<Prepared, ReportData> data = p -> data(root, p, date.orElseGet(() -> defaultDate(p.plan())));
    return runBatch(root, spec, inputs, followUp, in, output, "html", new Renderer() {
      @Override
      public String text(Prepared prepared) {
        return DashboardReport.render(data.apply(prepared));
      }

      @Override
      public void write(Prepared prepared, Path target) {
        DashboardReport.write(data.apply(prepared), target);
      }
    });
  }

  /** The date a report speaks as of when none is given: the latest review's, else today. */
  static LocalDate defaultDate(Schema plan) {
    return plan.reviews().stream().map(Review::date).max(Comparator.naturalOrder()).orElse(LocalDate.now());
  }

  static LocalDate parseDate(String text) {
    String t = text.strip();
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"))) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new CliException("--as-of '" + text + "': expected a date such as 2019-12-31 or 31/12/2019", CliException.USAGE);
  }

  /** The calculators' and validator's view of a prepared plan at a date. */
  static ReportData data(SchemaCommand root, Prepared prepared, LocalDate date) {
    ReportData.Builder b = ReportData.builder(prepared.plan()).asOf(date).calculators(root.calculators());
    prepared.illustrative().ifPresent(b::illustrative);
    prepared.notes().forEach(b::note);
    return b.build();
  }

  /**
   * Reads each input, prepares it, renders it and writes it: to standard output for one input
   * without {@code -o}; to the file {@code -o} names (or into it when it is a folder); into the
   * folder {@code -o} for several inputs, one file per input. A failing input of a batch is
   * reported at the end and does not stop the others.
   */
  static int runBatch(SchemaCommand root, CommandSpec spec, PlanInputs inputs, FollowUpOptions followUp, List<Path> in,
      Path output, String extension, Renderer renderer) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    root.reportPluginProblems(err);
    List<DocumentSource> sources = PlanInputs.sources(in);
    boolean bundled = in == null || in.isEmpty();
    return Batch.run(sources, output, extension, err, (source, target) -> {
      Prepared prepared = followUp.prepare(root, inputs, source, bundled, err);
      if (target == null) {
        out.print(renderer.text(prepared));
        out.flush();
      } else {
        renderer.write(prepared, target);
        err.println("schema: wrote " + target);
      }
    });
  }

  /** Turns a prepared plan into a document, as text or into a file (written atomically by the library). */
  interface Renderer {
    /** The document. */
    String text(Prepared prepared);

    /** Writes the document to a file. */
    void write(Prepared prepared, Path target);
  }

  /**
   * A plan ready to report on: read, its follow-up (reviews, baselines, targets) and
   * measurements applied.
   *
   * @param plan the plan
   * @param illustrative the notice when bundled illustrative data was used
   * @param notes what loading the data did, for the page
   * @param readErrors whether reading the plan met problems of severity error
   */
  record Prepared(Schema plan, Optional<String> illustrative, List<String> notes, boolean readErrors) {}

  /** The options giving a plan its follow-up and measurements, shared by report and review. */
  static final class FollowUpOptions {
    static final String BUNDLED_REVIEW = "/examples/orne-illustrative/review.json";
    static final String BUNDLED_MEASUREMENTS = "/examples/orne-illustrative/measurements.csv";
    static final String ILLUSTRATIVE_NOTICE = "le plan est celui de l'Orne tel que publié (schéma 2017-2021, "
        + "importé de son document) ; les bilans 2018 et 2019, les valeurs de référence, les cibles et les mesures "
        + "sont inventés pour montrer chaque partie du document (examples/orne-illustrative/). Ils ne décrivent pas "
        + "l'action réelle du Département.";

    @Option(names = "--measurements", paramLabel = "FILE",
        description = "Figures to load, in the 'measurements' CSV layout (indicatorId, period, value, numerator, "
            + "denominator, territory…); rows that do not fit the plan are reported with their line.")
    Path measurements;

    @Option(names = "--review", paramLabel = "FILE",
        description = "Follow-up file: a plan document (canonical JSON…) whose reviews are added to the plan and "
            + "whose indicators' baselines and targets are applied to the plan's indicators of the same id.")
    Path review;

    Prepared prepare(SchemaCommand root, PlanInputs inputs, DocumentSource source, boolean bundled, PrintWriter err) {
      ReadResult result = inputs.read(root.formats(), source);
      PlanInputs.printReadReport(result, err);
      Schema plan = result.schema();
      List<String> notes = new ArrayList<>();
      boolean illustrative = false;
      Optional<DocumentSource> reviewSource = review != null ? Optional.of(file(review))
          : bundled ? Optional.of(resource(BUNDLED_REVIEW)) : Optional.empty();
      if (reviewSource.isPresent()) {
        illustrative |= review == null;
        DocumentSource s = reviewSource.get();
        ReadResult followRead = review == null
            ? root.formats().read(s, "json", ReadOptions.defaults()) : root.formats().read(s, ReadOptions.defaults());
        PlanInputs.printReadReport(followRead, err);
        PlanFollowUp.Applied applied = PlanFollowUp.apply(plan, followRead.schema(), s.name());
        applied.problems().forEach(p -> err.println("schema: warning: " + p));
        notes.add("Suivi " + s.name() + " : " + applied.reviewsAdded() + " revue(s) ajoutée(s), "
            + applied.indicatorsUpdated() + " indicateur(s) complété(s) (référence, cibles)"
            + (applied.problems().isEmpty() ? "." : " ; " + applied.problems().size() + " remarque(s) : "
                + String.join(" ; ", applied.problems().stream().limit(5).toList())));
        plan = applied.schema();
      }
      Optional<DocumentSource> measurementSource = measurements != null ? Optional.of(file(measurements))
          : bundled ? Optional.of(resource(BUNDLED_MEASUREMENTS)) : Optional.empty();
      if (measurementSource.isPresent()) {
        illustrative |= measurements == null;
        DocumentSource s = measurementSource.get();
        MeasurementLoad load = MeasurementLoader.load(plan, s, ReadOptions.defaults());
        load.problems().forEach(p -> err.println(p));
        if (load.rejected() > 0) {
          err.println("schema: " + s.name() + ": " + load.rejected() + " of " + load.rows()
              + " measurement rows not applied (see above)");
        }
        notes.add("Mesures " + s.name() + " : " + load.applied() + " ligne(s) appliquée(s) sur " + load.rows()
            + (load.problems().isEmpty() ? "." : " ; " + load.problems().size() + " problème(s) : "
                + String.join(" ; ", load.problems().stream().limit(5).map(ReadProblem::toString).toList())
                + (load.problems().size() > 5 ? " …" : "")));
        plan = load.schema();
      }
      return new Prepared(plan, illustrative ? Optional.of(ILLUSTRATIVE_NOTICE) : Optional.empty(), notes,
          result.hasErrors());
    }

    private static DocumentSource file(Path path) {
      if (!Files.isRegularFile(path)) {
        throw new CliException("no such file: " + path, CliException.USAGE);
      }
      return DocumentSource.of(path);
    }

    private static DocumentSource resource(String path) {
      try (InputStream stream = ReportCommand.class.getResourceAsStream(path)) {
        if (stream == null) {
          throw new CliException("the bundled example " + path + " is missing from this build", CliException.USAGE);
        }
        return DocumentSource.of(path.substring(1) + " (bundled example)", stream.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
