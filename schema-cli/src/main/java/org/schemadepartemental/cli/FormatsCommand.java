package org.schemadepartemental.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.schemadepartemental.io.plugin.RegisteredProvider;
import org.schemadepartemental.io.spi.FormatProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code schema formats}: every reader and writer found, with where it came from. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = "List every format found: id, read/write, extensions, description and the jar it came from.")
final class FormatsCommand implements Callable<Integer> {

  @ParentCommand SchemaCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var entries = root.formats().entries();
    int idWidth = Math.max(6, entries.stream().mapToInt(e -> e.id().length()).max().orElse(0));
    out.printf("%-" + idWidth + "s  %-5s  %-14s  %s%n", "FORMAT", "MODE", "EXTENSIONS", "DESCRIPTION");
    for (RegisteredProvider<FormatProvider> e : entries) {
      FormatProvider f = e.provider();
      String mode = (f.reader().isPresent() ? "r" : "-") + (f.writer().isPresent() ? "w" : "-");
      out.printf("%-" + idWidth + "s  %-5s  %-14s  %s%n", e.id(), mode, String.join(",", f.extensions()), f.description());
      out.printf("%-" + idWidth + "s  %-5s  %-14s  from %s (%s, priority %d)%n", "", "", "", shortOrigin(e), e.className(), e.priority());
    }
    root.reportPluginProblems(err);
    return 0;
  }

  /** The jar file name of a provider's origin, or the origin as it is. */
  static String shortOrigin(RegisteredProvider<?> e) {
    String origin = e.origin().toString();
    int slash = origin.lastIndexOf('/', origin.length() - 2);
    return slash >= 0 && origin.endsWith(".jar") ? origin.substring(slash + 1) : origin;
  }
}
