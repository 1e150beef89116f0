package org.schemadepartemental.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input to read: a name (used in every location reported) and a way to open its bytes.
 * Readers may open it more than once (to sniff, then to read).
 */
public final class DocumentSource {

  /** Opens the bytes of a source. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream over the bytes, from the start. */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;

  private DocumentSource(String name, Opener opener) {
    this.name = Objects.requireNonNull(name, "name");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** A file; its name in locations is the path as given. */
  public static DocumentSource of(Path path) {
    Objects.requireNonNull(path, "path");
    return new DocumentSource(path.toString(), () -> Files.newInputStream(path));
  }

  /** Bytes held in memory. */
  public static DocumentSource of(String name, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new DocumentSource(name, () -> new ByteArrayInputStream(copy));
  }

  /** Text held in memory, as UTF-8. */
  public static DocumentSource ofText(String name, String text) {
    return of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Any re-openable source of bytes. */
  public static DocumentSource of(String name, Opener opener) {
    return new DocumentSource(name, opener);
  }

  /** The name used in locations. */
  public String name() {
    return name;
  }

  /** Opens a new stream from the start; the caller closes it. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** Reads at most {@code max} bytes from the start (for format detection). */
  public byte[] head(int max) {
    try (InputStream in = open()) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
