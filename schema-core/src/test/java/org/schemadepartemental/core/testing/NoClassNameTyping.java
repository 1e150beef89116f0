package org.schemadepartemental.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a module's compiled classes for Jackson polymorphic typing by class name, the door to
 * deserialisation gadgets: no call to the default-typing methods of an {@code ObjectMapper}, and
 * no {@code @JsonTypeInfo} using {@code Id.CLASS} or {@code Id.MINIMAL_CLASS} (a logical name,
 * {@code Id.NAME}, is allowed). Reads the class files themselves, so it needs no Jackson here.
 */
public final class NoClassNameTyping {
  private static final List<String> TYPING_CALLS = List.of("activateDefaultTyping", "enableDefaultTyping",
      "activateDefaultTypingAsProperty", "enableDefaultTypingAsProperty", "setDefaultTyping", "setDefaultTyper");
  private static final String TYPE_INFO = "com/fasterxml/jackson/annotation/JsonTypeInfo";

  private NoClassNameTyping() {}

  /**
   * The problems found in the classes of the folder or jar {@code anyClass} was loaded from; empty
   * when there is none. Also fails when no class is found, so that the check cannot pass by
   * looking nowhere.
   */
  public static List<String> problems(Class<?> anyClass) {
    Path location;
    try {
      location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isRegularFile(location)) {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return problems(anyClass.getClassLoader(), jar.getPath("/"), location);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return problems(anyClass.getClassLoader(), location, location);
  }

  private static List<String> problems(ClassLoader loader, Path root, Path location) {
    List<String> problems = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        scanned++;
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        if (name.endsWith("module-info")) {
          continue;
        }
        for (String call : TYPING_CALLS) {
          if (bytes.contains(call)) {
            problems.add(name + " calls " + call);
          }
        }
        if (bytes.contains(TYPE_INFO)) {
          problems.addAll(typeInfoByClassName(loader, name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (scanned == 0) {
      problems.add("no class file found in " + location);
    }
    return problems;
  }

  private static List<String> typeInfoByClassName(ClassLoader loader, String className) {
    List<String> problems = new ArrayList<>();
    try {
      Class<?> type = Class.forName(className, false, loader);
      List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
      elements.addAll(List.of(type.getDeclaredFields()));
      elements.addAll(List.of(type.getDeclaredMethods()));
      for (AnnotatedElement element : elements) {
        for (Annotation a : element.getAnnotations()) {
          if (a.annotationType().getName().equals(TYPE_INFO.replace('/', '.'))) {
            Method use = a.annotationType().getMethod("use");
            String id = String.valueOf(use.invoke(a));
            if (id.equals("CLASS") || id.equals("MINIMAL_CLASS")) {
              problems.add(className + ": @JsonTypeInfo(use = " + id + ") on " + element);
            }
          }
        }
      }
    } catch (ReflectiveOperationException | LinkageError e) {
      problems.add(className + " uses @JsonTypeInfo and could not be inspected: " + e);
    }
    return problems;
  }
}
