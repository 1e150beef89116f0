package org.schemadepartemental.io.spi;

import java.util.List;
import java.util.Optional;

/**
 * A format of plans, found through {@link java.util.ServiceLoader}: a stable id, what it is,
 * how to recognise its files, and its reader and/or writer.
 *
 * <p>Implementations have a public no-argument constructor, are immutable and thread-safe. New
 * methods are only ever added to this interface as {@code default} methods.
 *
 * @since 0.1
 */
public interface FormatProvider {

  /**
   * The stable id users name the format by ({@code json}, {@code csv}, {@code orne-plan}):
   * lower-case letters, digits and hyphens, never blank.
   */
  String id();

  /** One line saying what the format is, for {@code schema formats}. */
  String description();

  /** File extensions without the dot ({@code json}), lower case; may be empty. */
  default List<String> extensions() {
    return List.of();
  }

  /** The media type of the format ({@code application/json}, {@code text/csv}). */
  default String mediaType() {
    return "application/octet-stream";
  }

  /**
   * The priority among providers with the same id or matching the same file: higher wins. A
   * plugin replaces a built-in format only by declaring a higher priority. Built-ins use 0.
   */
  default int priority() {
    return 0;
  }

  /**
   * How likely (0 to 1) a file is in this format, from its first bytes and its name. 0 means
   * certainly not; 1 means certainly. The default looks at the extension only.
   */
  default double sniff(ContentSample sample) {
    return sample.hasExtension(extensions()) ? 0.5 : 0.0;
  }

  /** The reader, when the format can be read. */
  default Optional<SchemaReader> reader() {
    return Optional.empty();
  }

  /** The writer, when the format can be written. */
  default Optional<SchemaWriter> writer() {
    return Optional.empty();
  }
}
