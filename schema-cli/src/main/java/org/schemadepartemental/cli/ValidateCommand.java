package org.schemadepartemental.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.validation.SchemaValidator;
import org.schemadepartemental.core.validation.Severity;
import org.schemadepartemental.core.validation.ValidationProblem;
import org.schemadepartemental.core.validation.ValidationReport;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.SchemaIoException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schema validate IN...}: the validator's problems, one per line as {@code
 * file:line: severity: message} (or {@code file#path} when the element has no line). Exit 0
 * when no error, 1 when some, 2 when an input cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check plans: read problems, placement report (standard error), then the validator's problems.",
        "With no PLAN: the bundled Orne plan with illustrative reviews and measurements."})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand SchemaCommand root;
  @Spec CommandSpec spec;
  @Mixin PlanInputs inputs;
  @Mixin ReportCommand.FollowUpOptions followUp;

  @Parameters(paramLabel = "IN", arity = "0..*", description = "Plan files or folders (default: the bundled example).")
  List<Path> in = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    root.reportPluginProblems(err);
    List<DocumentSource> sources = PlanInputs.sources(in);
    boolean anyErrors = false;
    boolean unreadable = false;
    for (DocumentSource source : sources) {
      ReportCommand.Prepared prepared;
      try {
        prepared = followUp.prepare(root, inputs, source, in.isEmpty(), err);
      } catch (SchemaIoException e) {
        if (sources.size() == 1) {
          throw e;
        }
        err.println("schema: " + e.getMessage());
        unreadable = true;
        continue;
      }
      prepared.illustrative().ifPresent(n -> err.println("schema: note: illustrative data: " + n));
      ValidationReport report = SchemaValidator.standard().validate(prepared.plan());
      for (ValidationProblem p : report.problems()) {
        out.println(format(source.name(), prepared.plan(), p));
      }
      out.printf(Locale.ROOT, "%s: %d errors, %d warnings, %d notes%n", source.name(),
          report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
      anyErrors |= report.hasErrors() || prepared.readErrors();
    }
    if (unreadable) {
      return CliException.USAGE;
    }
    return anyErrors ? CliException.FAILED : 0;
  }

  static String format(String sourceName, Schema schema, ValidationProblem p) {
    String where = PlanLocations.nearest(schema, p.path())
        .map(l -> l.source() + ":" + l.firstLine())
        .orElse(sourceName + "#" + (p.path().segments().isEmpty() ? "/" : p.path().toString()));
    return where + ": " + p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message()
        + " [" + p.code() + (p.path().segments().isEmpty() ? "" : " at " + p.path()) + "]";
  }
}
