package org.schemadepartemental.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.schemadepartemental.report.AnnualReview;
import org.schemadepartemental.report.ReportData;
import org.schemadepartemental.report.ReviewFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schema review [PLAN...] --year YYYY [-o review.md|.html]}: the annual review of a year
 * ("bilan"), in Markdown or HTML as the output's extension says (or {@code --format}), figures
 * as of 31 December of the year. Inputs, follow-up, measurements, batches and outputs work as
 * for {@code schema report}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"The annual review (bilan) of a year: per orientation and fiche, status, progress, the review's "
        + "narrative, the year's figures against the year before, perspectives; then the late sous-actions.",
        "Markdown or HTML, from the extension of -o or --format. With no PLAN: the bundled Orne example."})
final class ReviewCommand implements Callable<Integer> {

  @ParentCommand SchemaCommand root;
  @Spec CommandSpec spec;
  @Mixin PlanInputs inputs;
  @Mixin ReportCommand.FollowUpOptions followUp;

  @Parameters(paramLabel = "PLAN", arity = "0..*", description = "Plan files or folders (default: the bundled example).")
  List<Path> in = new ArrayList<>();

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year reviewed (figures as of 31 December).")
  int year;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Output file (.md or .html), or folder (one review per plan) when several plans are given.")
  Path output;

  @Option(names = "--format", paramLabel = "md|html",
      description = "Output format when -o has no .md or .html extension, or for standard output (default: md).")
  String format;

  @Override
  public Integer call() {
    if (year < 1980 || year > 2100) {
      throw new CliException("--year " + year + ": expected a year such as 2019", CliException.USAGE);
    }
    ReviewFormat chosen = chosenFormat();
    return ReportCommand.runBatch(root, spec, inputs, followUp, in, output, chosen.extension(),
        new ReportCommand.Renderer() {
          @Override
          public String text(ReportCommand.Prepared prepared) {
            return review(prepared).render(chosen);
          }

          @Override
          public void write(ReportCommand.Prepared prepared, Path target) {
            review(prepared).write(target, chosen);
          }
        });
  }

  private AnnualReview review(ReportCommand.Prepared prepared) {
    ReportData data = ReportCommand.data(root, prepared, AnnualReview.endOfYear(year));
    return AnnualReview.of(data);
  }

  private ReviewFormat chosenFormat() {
    if (format != null) {
      return ReviewFormat.byName(format).orElseThrow(() -> new CliException(
          "--format '" + format + "': expected md or html", CliException.USAGE));
    }
    if (output != null) {
      return ReviewFormat.fromFileName(output.getFileName().toString()).orElse(ReviewFormat.MARKDOWN);
    }
    return ReviewFormat.MARKDOWN;
  }
}
