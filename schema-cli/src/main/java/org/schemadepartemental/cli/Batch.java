package org.schemadepartemental.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.SchemaIoException;

/**
 * Runs one job per input with the same rules for every command that writes outputs: one input
 * goes to standard output or to the file named; several inputs (or a folder) need an output
 * folder and get one file each; a bad input never stops the others, and a summary of failures
 * ends the run with exit status 1. A progress bar is drawn on a terminal.
 */
final class Batch {

  /** The work done for one input. */
  @FunctionalInterface
  interface Job {
    /** Processes {@code source}, writing to {@code target}, or to standard output when it is null. */
    void run(DocumentSource source, Path target);
  }

  private Batch() {}

  /**
   * Runs {@code job} for every source; {@code extension} names the files written into a folder.
   *
   * @return the exit status: 0, or 1 when some inputs failed
   */
  static int run(List<DocumentSource> sources, Path output, String extension, PrintWriter err, Job job) {
    boolean batch = sources.size() > 1;
    if (batch && output == null) {
      throw new CliException("several inputs need -o FOLDER", CliException.USAGE);
    }
    boolean intoFolder = batch || (output != null && Files.isDirectory(output));
    if (batch) {
      try {
        Files.createDirectories(output);
      } catch (IOException e) {
        throw new CliException("cannot create output folder " + output + ": " + e.getMessage(), CliException.USAGE);
      }
    }
    Progress progress = new Progress(err, sources.size());
    List<String> failures = new ArrayList<>();
    for (DocumentSource source : sources) {
      try {
        job.run(source, output == null ? null : intoFolder ? output.resolve(outputName(source, extension)) : output);
      } catch (SchemaIoException | CliException | UncheckedIOException e) {
        if (!batch) {
          throw e instanceof UncheckedIOException u ? new CliException(u.getMessage(), CliException.USAGE) : e;
        }
        failures.add(source.name() + ": " + e.getMessage());
      }
      progress.step(source.name());
    }
    if (!failures.isEmpty()) {
      err.println("schema: " + failures.size() + " of " + sources.size() + " inputs failed:");
      failures.forEach(f -> err.println("  " + f));
      return CliException.FAILED;
    }
    return 0;
  }

  /** {@code orne-plan-2017-2021.html} for {@code …/orne-plan-2017-2021.txt (bundled example)}. */
  static String outputName(DocumentSource source, String extension) {
    String name = source.name();
    int space = name.indexOf(" (");
    if (space > 0) {
      name = name.substring(0, space);
    }
    name = Path.of(name).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + "." + extension;
  }
}
