package org.schemadepartemental.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaIoException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.spi.FormatProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schema convert IN... --to ID [-o OUT]}: reads each input and writes it in another
 * format, to standard output for one input without {@code -o}, else into the file or folder
 * given. Outputs are written to a temporary file and moved into place.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert plans to another format (to standard output when no -o is given).")
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand SchemaCommand root;
  @Spec CommandSpec spec;
  @Mixin PlanInputs inputs;

  @Parameters(paramLabel = "IN", arity = "0..*", description = "Plan files or folders (default: the bundled example).")
  List<Path> in = new ArrayList<>();

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Output format id (see 'schema formats').")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file, or folder when several inputs.")
  Path output;

  @Option(names = "--compact", description = "No indentation (formats that indent).")
  boolean compact;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    root.reportPluginProblems(err);
    FormatProvider target = root.formats().format(to);
    if (target.writer().isEmpty()) {
      throw new CliException("format '" + to + "' cannot be written; writable formats: "
          + root.formats().writers().stream().map(FormatProvider::id).toList(), CliException.USAGE);
    }
    List<DocumentSource> sources = PlanInputs.sources(in);
    WriteOptions options = WriteOptions.defaults().withPretty(!compact);
    String extension = target.extensions().isEmpty() ? target.id() : target.extensions().get(0);
    return Batch.run(sources, output, extension, err, (source, file) -> {
      ReadResult result = inputs.read(root.formats(), source);
      PlanInputs.printReadReport(result, err);
      if (file == null) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        root.formats().write(result.schema(), buffer, to, options);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
      } else {
        root.formats().write(result.schema(), file, to, options);
      }
    });
  }
}
