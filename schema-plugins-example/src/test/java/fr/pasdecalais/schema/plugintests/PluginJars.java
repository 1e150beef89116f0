package fr.pasdecalais.schema.plugintests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds plugin jars in a folder and opens them as a command line does: one class loader per jar
 * over a parent that sees the SDK but not the classes of this module, so that a provider is found
 * only through its jar, with the jar as its origin.
 */
public final class PluginJars {
  private PluginJars() {}

  /** The parent of plugin class loaders: the test's class path without this module's own classes. */
  public static ClassLoader sdkOnly() {
    return new HidingClassLoader(PluginJars.class.getClassLoader(), "fr.pasdecalais.",
        List.of(root(PluginJars.class), root(fr.pasdecalais.schema.PasDeCalaisReviewFormat.class)));
  }

  /** One class loader per jar, as {@code schema --plugins DIR} opens them. */
  public static List<ClassLoader> open(ClassLoader parent, Path... jars) {
    List<ClassLoader> loaders = new ArrayList<>();
    for (Path jar : jars) {
      try {
        loaders.add(new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaders;
  }

  /** The example plugin's jar, made of its compiled classes and resources. */
  public static Path examplePlugin(Path folder) {
    Path classes = root(fr.pasdecalais.schema.PasDeCalaisReviewFormat.class);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return write(folder.resolve("schema-plugins-example.jar"), entries);
  }

  /** A builder of a test jar. */
  public static Builder jar(String fileName) {
    return new Builder(fileName);
  }

  /** Builder of a test plugin jar: classes (by their binary names) and services files. */
  public static final class Builder {
    private final String fileName;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();

    private Builder(String fileName) {
      this.fileName = fileName;
    }

    /** Adds the class files of these classes. */
    public Builder classes(Class<?>... types) {
      for (Class<?> type : types) {
        String path = type.getName().replace('.', '/') + ".class";
        try (InputStream in = PluginJars.class.getClassLoader().getResourceAsStream(path)) {
          entries.put(path, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return this;
    }

    /** Lists providers (binary class names, which need not exist) in {@code META-INF/services/<spi>}. */
    public Builder service(Class<?> spi, String... providers) {
      services.computeIfAbsent(spi.getName(), k -> new ArrayList<>()).addAll(List.of(providers));
      return this;
    }

    /** Lists providers in {@code META-INF/services/<spi>}. */
    public Builder service(Class<?> spi, Class<?>... providers) {
      return service(spi, Stream.of(providers).map(Class::getName).toArray(String[]::new));
    }

    /** Writes the jar in the folder. */
    public Path writeTo(Path folder) {
      Map<String, byte[]> all = new LinkedHashMap<>(entries);
      services.forEach((spi, names) -> all.put("META-INF/services/" + spi,
          (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8)));
      return write(folder.resolve(fileName), all);
    }
  }

  private static Path write(Path jar, Map<String, byte[]> entries) {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  private static Path root(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hides classes by name prefix, and the resources of some class-path roots, from its parent. */
  private static final class HidingClassLoader extends ClassLoader {
    private final String hiddenPrefix;
    private final List<Path> hiddenRoots;

    HidingClassLoader(ClassLoader parent, String hiddenPrefix, List<Path> hiddenRoots) {
      super("sdk-only", parent);
      this.hiddenPrefix = hiddenPrefix;
      this.hiddenRoots = List.copyOf(hiddenRoots);
    }

    private boolean hidden(URL url) {
      if (!"file".equals(url.getProtocol())) {
        return false;
      }
      try {
        Path path = Path.of(url.toURI());
        return hiddenRoots.stream().anyMatch(path::startsWith);
      } catch (URISyntaxException | IllegalArgumentException e) {
        return false;
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(hiddenPrefix)) {
        throw new ClassNotFoundException(name + " (hidden from plugins' parent)");
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      try {
        Enumeration<URL> all = getResources(name);
        return all.hasMoreElements() ? all.nextElement() : null;
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      List<URL> visible = new ArrayList<>();
      Enumeration<URL> all = getParent().getResources(name);
      while (all.hasMoreElements()) {
        URL url = all.nextElement();
        if (!hidden(url)) {
          visible.add(url);
        }
      }
      return java.util.Collections.enumeration(visible);
    }
  }
}
