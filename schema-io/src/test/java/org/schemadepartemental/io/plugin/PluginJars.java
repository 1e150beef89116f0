package org.schemadepartemental.io.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * Real plugin jars for discovery tests, built at test time under {@code target/plugin-fixtures}:
 * small format providers compiled from source, each jar with its own {@code
 * META-INF/services/org.schemadepartemental.io.spi.FormatProvider}. The class loaders over them
 * see the SPI but none of the providers of the class path, so that what is found is exactly what
 * the jars hold.
 */
final class PluginJars {

  static final String SERVICE = "META-INF/services/" + FormatProvider.class.getName();

  private static final Path ROOT = Path.of("target", "plugin-fixtures");

  /** A provider source: id, priority, and a body that may break it. */
  private static String provider(String pkg, String name, String id, int priority, String extra) {
    return "package " + pkg + ";\n"
        + "public class " + name + " implements org.schemadepartemental.io.spi.FormatProvider {\n"
        + extra + "\n"
        + "  public String id() { return \"" + id + "\"; }\n"
        + "  public String description() { return \"fixture " + name + "\"; }\n"
        + "  public int priority() { return " + priority + "; }\n"
        + "}\n";
  }

  /** The fixture classes, by binary name. */
  private static final Map<String, String> SOURCES = Map.ofEntries(
      Map.entry("fixtures.alpha.AlphaFormat", provider("fixtures.alpha", "AlphaFormat", "alpha", 0, "")),
      Map.entry("fixtures.beta.BetaFormat", provider("fixtures.beta", "BetaFormat", "beta", 5, "")),
      Map.entry("fixtures.gamma.GammaFormat", provider("fixtures.gamma", "GammaFormat", "gamma", 0, "")),
      Map.entry("fixtures.delta.DeltaFormat", provider("fixtures.delta", "DeltaFormat", "delta", -3, "")),
      Map.entry("fixtures.dup.AlphaTwin", provider("fixtures.dup", "AlphaTwin", "alpha", 0, "")),
      Map.entry("fixtures.dup.AlphaPlugin", provider("fixtures.dup", "AlphaPlugin", "alpha", 10, "")),
      Map.entry("fixtures.broken.ThrowingConstructor", provider("fixtures.broken", "ThrowingConstructor", "ctor", 0,
          "  public ThrowingConstructor() { throw new IllegalStateException(\"boom in constructor\"); }")),
      Map.entry("fixtures.broken.ThrowingStaticInit", provider("fixtures.broken", "ThrowingStaticInit", "static", 0,
          "  static { if (Boolean.TRUE) { throw new IllegalStateException(\"boom in static initialiser\"); } }")),
      Map.entry("fixtures.broken.BlankId", provider("fixtures.broken", "BlankId", " ", 0, "")),
      Map.entry("fixtures.broken.WrongType", "package fixtures.broken;\npublic class WrongType {}\n"),
      Map.entry("fixtures.broken.Gone", "package fixtures.broken;\npublic abstract class Gone"
          + " implements org.schemadepartemental.io.spi.FormatProvider {}\n"),
      Map.entry("fixtures.broken.NeedsGone", "package fixtures.broken;\npublic class NeedsGone extends Gone {\n"
          + "  public String id() { return \"needs-gone\"; }\n"
          + "  public String description() { return \"fixture whose superclass is missing\"; }\n}\n"));

  private PluginJars() {}

  /** The fixture classes, compiled once per test run (on first use, by the holder idiom). */
  static Path classes() {
    return Compiled.CLASSES;
  }

  private static final class Compiled {
    static final Path CLASSES = compile();
  }

  private static Path compile() {
    try {
      deleteTree(ROOT);
      Path src = Files.createDirectories(ROOT.resolve("src"));
      Path out = Files.createDirectories(ROOT.resolve("classes"));
      List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", compileClassPath(), "-nowarn"));
      for (Map.Entry<String, String> e : SOURCES.entrySet()) {
        Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        args.add(file.toString());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("fixtures compile").isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A jar holding the given fixture classes and a services file listing {@code listed} (which
   * may name classes that are not in the jar).
   */
  static Path jar(String name, List<String> classNames, List<String> listed) {
    Path dir = classes();
    Path jar = ROOT.resolve(name + ".jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(SERVICE));
      out.write(("# fixture " + name + "\n" + String.join("\n", listed) + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      for (String className : classNames) {
        String entry = className.replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(entry));
        out.write(Files.readAllBytes(dir.resolve(entry)));
        out.closeEntry();
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A jar of one provider listed in its services file. */
  static Path jar(String name, String className) {
    return jar(name, List.of(className), List.of(className));
  }

  /** A class loader over the jars, in this order, that sees the SPI but not the class path's providers. */
  static URLClassLoader loader(List<Path> jars) {
    URL[] urls = jars.stream().map(PluginJars::url).toArray(URL[]::new);
    return new URLClassLoader("plugins", urls, new ServicesHidingLoader(PluginJars.class.getClassLoader()));
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Class path entries holding the SPI and what its signatures name. */
  private static String compileClassPath() {
    return Stream.of(FormatProvider.class, Schema.class, com.google.common.collect.ImmutableMap.class)
        .map(c -> Path.of(uri(c)).toString())
        .distinct()
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  private static java.net.URI uri(Class<?> type) {
    try {
      return type.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Delegates classes to the test's loader, but hides its services files (built-in formats). */
  private static final class ServicesHidingLoader extends ClassLoader {
    ServicesHidingLoader(ClassLoader delegate) {
      super("classes-only", delegate);
    }

    @Override
    public URL getResource(String name) {
      return name.startsWith("META-INF/services/") ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
