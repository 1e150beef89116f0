package org.schemadepartemental.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.Formulas;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultsCsv;
import org.schemadepartemental.indicators.ResultsJson;
import org.schemadepartemental.indicators.SummaryRenderer;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.io.AtomicFiles;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.plugin.RegisteredProvider;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schema indicators [PLAN...] [--as-of DATE]}: runs the calculators and prints a
 * readable summary, or every result as JSON or CSV. {@code --list} shows the calculators found
 * and where each came from.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Run the indicator calculators on plans and print a summary (or --json / --csv).",
        "With no PLAN: the bundled Orne plan with illustrative reviews and measurements."})
final class IndicatorsCommand implements Callable<Integer> {

  @ParentCommand SchemaCommand root;
  @Spec CommandSpec spec;
  @Mixin PlanInputs inputs;
  @Mixin ReportCommand.FollowUpOptions followUp;

  @Parameters(paramLabel = "PLAN", arity = "0..*", description = "Plan files or folders (default: the bundled example).")
  List<Path> in = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to evaluate at, YYYY-MM-DD (default: the latest review's date, else today).")
  String asOf;

  @Option(names = "--territory", paramLabel = "NAME", description = "Only measurements of this territory.")
  String territory;

  @Option(names = {"-c", "--calculator"}, paramLabel = "ID", description = "Run only these calculators (repeatable).")
  List<String> only = new ArrayList<>();

  @Option(names = "--list", description = "List the calculators found, with their origin, and exit.")
  boolean list;

  @ArgGroup(exclusive = true)
  OutputKind kind;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  /** Which rendering: text summary by default. */
  static final class OutputKind {
    @Option(names = "--json", description = "Every result as JSON.") boolean json;
    @Option(names = "--csv", description = "Every result as CSV, one row per result.") boolean csv;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    root.reportPluginProblems(err);
    CalculatorRegistry calculators = root.calculators();
    calculators.loadReport().lines().forEach(l -> err.println("schema: warning: " + l));
    if (list) {
      printList(calculators, out);
      return 0;
    }
    only.forEach(calculators::calculator);
    List<DocumentSource> sources = PlanInputs.sources(in);
    boolean bundled = in.isEmpty();
    StringBuilder all = new StringBuilder();
    boolean anyFailure = false;
    for (DocumentSource source : sources) {
      ReportCommand.Prepared prepared = followUp.prepare(root, inputs, source, bundled, err);
      Schema plan = prepared.plan();
      prepared.illustrative().ifPresent(n -> err.println("schema: note: illustrative data: " + n));
      Formulas.validate(plan).forEach(p -> err.println(source.name() + ": warning: formula " + p));
      LocalDate date = asOf != null ? ReportCommand.parseDate(asOf) : ReportCommand.defaultDate(plan);
      EvaluationContext.Builder ctx = EvaluationContext.builder(date).statuses(plan.statuses());
      if (territory != null) {
        ctx.territory(territory);
      }
      IndicatorReport report = only.isEmpty()
          ? calculators.runAll(plan, ctx.build())
          : calculators.run(plan, ctx.build(), only);
      for (IndicatorResult failure : report.failures()) {
        err.println("schema: calculator failed: " + failure);
        anyFailure = true;
      }
      all.append(render(plan, report));
    }
    emit(all.toString(), out);
    return anyFailure ? CliException.FAILED : 0;
  }

  private String render(Schema plan, IndicatorReport report) {
    if (kind != null && kind.json) {
      return ResultsJson.write(report);
    }
    if (kind != null && kind.csv) {
      return ResultsCsv.write(report);
    }
    return SummaryRenderer.standard().render(plan, report);
  }

  private void emit(String text, PrintWriter out) {
    if (output == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      AtomicFiles.writeString(output, text);
    } catch (IOException e) {
      throw new CliException("cannot write " + output + ": " + e.getMessage(), CliException.USAGE);
    }
  }

  private static void printList(CalculatorRegistry calculators, PrintWriter out) {
    var entries = calculators.entries();
    int w = Math.max(10, entries.stream().mapToInt(e -> e.id().length()).max().orElse(0));
    out.printf("%-" + w + "s  %s%n", "CALCULATOR", "DESCRIPTION");
    for (RegisteredProvider<Calculator> e : entries) {
      out.printf("%-" + w + "s  %s%n", e.id(), e.provider().description());
      out.printf("%-" + w + "s  from %s (%s, priority %d)%n", "", FormatsCommand.shortOrigin(e), e.className(), e.priority());
    }
  }
}
