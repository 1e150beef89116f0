package org.schemadepartemental.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.IndicatorsException;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.SchemaIoException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code schema} command line: one entry point, subcommands for each job. Exit status 0 on
 * success, 1 when the plan has errors or some inputs of a batch failed, 2 on bad usage or
 * unreadable input.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = SchemaCommand.Version.class,
    description = "Departmental child and family plans as data: import, convert, validate, measure, report.",
    subcommands = {FormatsCommand.class, ConvertCommand.class, ValidateCommand.class, IndicatorsCommand.class, ReportCommand.class,
        ReviewCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:the plan has validation errors, or some inputs of a batch failed",
      "2:bad usage, or an input that cannot be read"
    })
public final class SchemaCommand implements Runnable {

  @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Load every jar of DIR as a plugin (formats, calculators).")
  Path pluginsDir;

  @Option(names = "--strict-plugins", scope = ScopeType.INHERIT,
      description = "Fail when a plugin cannot be loaded, instead of warning and going on.")
  boolean strictPlugins;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
  boolean debug;

  private PluginFolder plugins;
  private FormatRegistry formats;
  private CalculatorRegistry calculators;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing command (try: schema --help)");
  }

  /** Runs the command line and returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    SchemaCommand root = new SchemaCommand();
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (root.debug) {
        e.printStackTrace(err);
      }
      if (e instanceof CliException c) {
        err.println("schema: " + c.getMessage());
        return c.exitCode();
      }
      if (e instanceof SchemaIoException || e instanceof IndicatorsException) {
        err.println("schema: " + e.getMessage());
        return CliException.USAGE;
      }
      err.println("schema: internal error: " + e + (root.debug ? "" : " (run with --debug for details)"));
      return 3;
    });
    cl.setParameterExceptionHandler((e, params) -> {
      err.println("schema: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
      return CliException.USAGE;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Entry point of the runnable jar. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(execute(args, out, err));
  }

  /** The plugin folder, opened once per run. */
  PluginFolder plugins() {
    if (plugins == null && pluginsDir != null) {
      plugins = PluginFolder.open(pluginsDir, SchemaCommand.class.getClassLoader());
    }
    return plugins;
  }

  /** Class loaders for plugins (none when no folder was given). */
  List<ClassLoader> pluginLoaders() {
    PluginFolder p = plugins();
    return p == null ? List.of() : p.loaders();
  }

  /** Problems met opening the plugins folder and loading providers, one line each. */
  List<String> pluginProblems() {
    List<String> lines = new ArrayList<>();
    PluginFolder p = plugins();
    if (p != null) {
      lines.addAll(p.problems());
    }
    return lines;
  }

  /** The format registry: built-ins plus plugins, built once per run. */
  FormatRegistry formats() {
    if (formats == null) {
      FormatRegistry.Builder b = FormatRegistry.builder()
          .classLoader(SchemaCommand.class.getClassLoader())
          .strict(strictPlugins);
      pluginLoaders().forEach(b::addClassLoader);
      formats = b.build();
    }
    return formats;
  }

  /** The calculator registry: built-ins plus plugins, built once per run. */
  CalculatorRegistry calculators() {
    if (calculators == null) {
      CalculatorRegistry.Builder b = CalculatorRegistry.builder()
          .classLoader(SchemaCommand.class.getClassLoader())
          .strict(strictPlugins);
      pluginLoaders().forEach(b::addClassLoader);
      calculators = b.build();
    }
    return calculators;
  }

  /** Prints plugin problems (folder and registry) on standard error. */
  void reportPluginProblems(PrintWriter err) {
    pluginProblems().forEach(l -> err.println("schema: warning: " + l));
    formats().loadReport().lines().forEach(l -> err.println("schema: warning: " + l));
  }

  /** Provides the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SchemaCommand.class.getPackage().getImplementationVersion();
      return new String[] {"schema " + (v == null ? "(development build)" : v)};
    }
  }
}
