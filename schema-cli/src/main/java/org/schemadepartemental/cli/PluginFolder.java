package org.schemadepartemental.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The jars of a plugins folder, each behind its own class loader so that one broken jar (not a
 * zip, unreadable) is reported by file name and skipped while the others load. Providers whose
 * classes fail inside a good jar are isolated later by the registries.
 */
final class PluginFolder {

  private final List<ClassLoader> loaders;
  private final List<String> problems;
  private final List<Path> jars;

  private PluginFolder(List<ClassLoader> loaders, List<String> problems, List<Path> jars) {
    this.loaders = List.copyOf(loaders);
    this.problems = List.copyOf(problems);
    this.jars = List.copyOf(jars);
  }

  /** Opens every {@code *.jar} directly in {@code dir}, in file-name order. */
  static PluginFolder open(Path dir, ClassLoader parent) {
    if (!Files.isDirectory(dir)) {
      throw new CliException("plugins folder not found: " + dir, CliException.USAGE);
    }
    List<Path> candidates;
    try (Stream<Path> files = Files.list(dir)) {
      candidates = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new CliException("cannot list plugins folder " + dir + ": " + e.getMessage(), CliException.USAGE);
    }
    List<ClassLoader> loaders = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Path> jars = new ArrayList<>();
    for (Path jar : candidates) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        zip.size();
      } catch (IOException e) {
        problems.add("plugin " + jar.getFileName() + " skipped: not a readable jar (" + e.getMessage() + ")");
        continue;
      }
      try {
        loaders.add(new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent));
        jars.add(jar);
      } catch (MalformedURLException e) {
        problems.add("plugin " + jar.getFileName() + " skipped: " + e.getMessage());
      }
    }
    return new PluginFolder(loaders, problems, jars);
  }

  /** One class loader per readable jar. */
  List<ClassLoader> loaders() {
    return loaders;
  }

  /** Jars that could not be opened, one line each. */
  List<String> problems() {
    return problems;
  }

  /** The jars opened. */
  List<Path> jars() {
    return jars;
  }
}
