package org.schemadepartemental.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.schemadepartemental.io.DocumentSource;

/**
 * A real input of a reader, given to {@link SchemaReaderContract}: read as it is, then mutated
 * (truncated, lines shuffled, bytes flipped…) to check that the reader fails only as documented.
 *
 * @param name the file name the reader sees (it may look at the extension)
 * @param bytes the content
 */
public record ReaderSample(String name, byte[] bytes) {

  /** Checks and copies. */
  public ReaderSample {
    Objects.requireNonNull(name, "name");
    bytes = bytes.clone();
  }

  /**
   * A sample from a class-path resource of the test (the thread's context class loader, then
   * the kit's own), named after its last path segment.
   *
   * @param path the resource path ({@code samples/plan.txt}; a leading slash is ignored)
   * @throws IllegalArgumentException when there is no such resource
   */
  public static ReaderSample resource(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (ClassLoader loader : new ClassLoader[] {context, ReaderSample.class.getClassLoader()}) {
      if (loader == null) {
        continue;
      }
      try (InputStream in = loader.getResourceAsStream(relative)) {
        if (in != null) {
          return new ReaderSample(relative.substring(relative.lastIndexOf('/') + 1), in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the resource " + relative, e);
      }
    }
    throw new IllegalArgumentException("no class-path resource " + relative);
  }

  /** A sample made of text, as UTF-8. */
  public static ReaderSample ofText(String name, String text) {
    return new ReaderSample(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The content (a copy). */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The sample as a source for a reader. */
  public DocumentSource source() {
    return DocumentSource.of(name, bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderSample s && s.name.equals(name) && Arrays.equals(s.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ReaderSample[" + name + ", " + bytes.length + " bytes]";
  }
}
