package org.schemadepartemental.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.plugin.LoadReport;
import org.schemadepartemental.io.plugin.ProviderRegistry;
import org.schemadepartemental.io.plugin.RegisteredProvider;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The formats available, and the entry point to read and write plans with them.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.discover();
 * ReadResult result = formats.read(Path.of("plan.json"));      // format detected
 * result.problems().forEach(System.err::println);
 * formats.write(result.schema(), Path.of("plan.csv"));         // format from the extension
 * }</pre>
 *
 * <p>Built on {@link ProviderRegistry}: formats are discovered through {@code ServiceLoader}
 * (switchable off), can be registered by hand, are ordered by (priority descending, id), and a
 * broken provider is skipped with a warning unless the registry is strict; see {@link
 * #loadReport()}. Format ids are lower-case letters, digits and hyphens.
 *
 * <p>Detection asks every reader to {@linkplain FormatProvider#sniff sniff} the file's name and
 * first bytes; the highest score wins, ties going to the higher priority, then the smaller id.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FormatRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(FormatRegistry.class);
  private static final Pattern FORMAT_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final ProviderRegistry<FormatProvider> providers;

  private FormatRegistry(ProviderRegistry<FormatProvider> providers) {
    this.providers = providers;
  }

  /** The formats found on the class path (or module path) of the current thread and this library. */
  public static FormatRegistry discover() {
    return builder().build();
  }

  /** A builder: discovery on, lenient. */
  public static Builder builder() {
    return new Builder();
  }

  /** The formats, in order (priority descending, then id). */
  public List<FormatProvider> formats() {
    return providers.providers();
  }

  /** The formats with their origin (jar or manual) and priority, in order. */
  public List<RegisteredProvider<FormatProvider>> entries() {
    return providers.entries();
  }

  /** The format ids, in order. */
  public List<String> ids() {
    return providers.ids();
  }

  /** Providers that failed to load and duplicate ids met while building. */
  public LoadReport loadReport() {
    return providers.loadReport();
  }

  /** The format with this id, if any. */
  public Optional<FormatProvider> find(String id) {
    return providers.find(id);
  }

  /**
   * The format with this id.
   *
   * @throws UnknownFormatException listing the available ids when there is none
   */
  public FormatProvider format(String id) {
    return find(id).orElseThrow(() -> unknown(
        "no format with id '" + id + "'; available: " + describe(formats()), id, ids()));
  }

  /** The formats that can read, in order (a format whose {@code reader()} fails or gives null is left out). */
  public List<FormatProvider> readers() {
    return formats().stream().filter(f -> readerOf(f).isPresent()).collect(Collectors.toUnmodifiableList());
  }

  /** The formats that can write, in order (a format whose {@code writer()} fails or gives null is left out). */
  public List<FormatProvider> writers() {
    return formats().stream().filter(f -> writerOf(f).isPresent()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * How well each reader recognises the sample, best first, formats scoring 0 left out. Equal
   * scores keep registry order (priority descending, then id), so the result is deterministic.
   */
  public List<FormatMatch> rank(ContentSample sample) {
    return rank(sample, new ArrayList<>());
  }

  /** As {@link #rank(ContentSample)}, adding to {@code failed} a line for each format whose sniff failed. */
  private List<FormatMatch> rank(ContentSample sample, List<String> failed) {
    List<FormatMatch> matches = new ArrayList<>();
    for (FormatProvider format : readers()) {
      double score = safeSniff(format, sample, failed);
      if (score > 0) {
        matches.add(new FormatMatch(format, score));
      }
    }
    // Stable sort: equal scores stay in registry order.
    matches.sort(Comparator.comparingDouble(FormatMatch::score).reversed());
    return List.copyOf(matches);
  }

  /**
   * The reader format most likely to read the source, from its name and first bytes.
   *
   * @throws SchemaReadException when no reader recognises it; the message lists the readers
   */
  public FormatProvider detect(DocumentSource source) {
    List<String> failed = new ArrayList<>();
    List<FormatMatch> ranked = rank(sample(source), failed);
    if (ranked.isEmpty()) {
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot tell the format of this input"
          + (failed.isEmpty() ? "" : " (formats that failed while looking at it: " + String.join("; ", failed) + ")"),
          "a file in one of the formats " + describe(readers()) + ", or a format named explicitly");
    }
    return ranked.get(0).format();
  }

  /** Reads a file, detecting its format, with the default options. */
  public ReadResult read(Path path) {
    return read(DocumentSource.of(path), ReadOptions.defaults());
  }

  /** Reads a file in the named format, with the default options. */
  public ReadResult read(Path path, String formatId) {
    return read(DocumentSource.of(path), formatId, ReadOptions.defaults());
  }

  /** Reads a source, detecting its format. */
  public ReadResult read(DocumentSource source, ReadOptions options) {
    return readWith(detect(source), source, options);
  }

  /**
   * Reads a source in the named format.
   *
   * @throws UnknownFormatException when no format has that id or it cannot read
   * @throws SchemaReadException when the input cannot be read
   */
  public ReadResult read(DocumentSource source, String formatId, ReadOptions options) {
    return readWith(format(formatId), source, options);
  }

  /**
   * Writes a plan to a file in the format its extension names ({@code plan.json}), atomically:
   * see {@link #write(Schema, Path, String, WriteOptions)}.
   */
  public void write(Schema schema, Path path) {
    write(schema, path, formatForExtension(path).id(), WriteOptions.defaults());
  }

  /**
   * Writes a plan to a file, atomically: the content goes to a temporary file in the same
   * directory that is then moved over the target, so that a failure never leaves half a file
   * nor truncates an existing one.
   *
   * @throws UnknownFormatException when no format has that id or it cannot write
   * @throws SchemaWriteException when writing fails; the target is then unchanged
   */
  public void write(Schema schema, Path path, String formatId, WriteOptions options) {
    SchemaWriter writer = writerOf(formatId);
    try {
      AtomicFiles.write(path, out -> writer.write(schema, out, options));
    } catch (IOException | UncheckedIOException e) {
      throw new SchemaWriteException("cannot write " + path + ": " + e.getMessage(), e);
    } catch (SchemaWriteException e) {
      throw new SchemaWriteException("cannot write " + path + ": " + e.getMessage(), e);
    } catch (SchemaIoException e) {
      throw e;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // The SPI allows only SchemaWriteException; a plugin that breaks that is still reported.
      throw new SchemaWriteException("cannot write " + path + ": the '" + formatId + "' writer failed: " + e, e);
    }
  }

  /** Writes a plan to a stream (left open) in the named format. */
  public void write(Schema schema, OutputStream out, String formatId, WriteOptions options) {
    SchemaWriter writer = writerOf(formatId);
    try {
      writer.write(schema, out, options);
    } catch (SchemaIoException e) {
      throw e;
    } catch (UncheckedIOException e) {
      throw new SchemaWriteException("cannot write: " + e.getCause(), e);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      throw new SchemaWriteException("the '" + formatId + "' writer failed: " + e, e);
    }
  }

  /**
   * The writer format whose extensions include the file's (first in registry order).
   *
   * @throws UnknownFormatException listing the writers and their extensions when none matches
   */
  public FormatProvider formatForExtension(Path path) {
    String extension = new ContentSample(path.getFileName().toString(), new byte[0]).extension();
    return writers().stream()
        .filter(f -> extensionsOf(f).contains(extension))
        .findFirst()
        .orElseThrow(() -> unknown("no format writes files named '*." + extension + "'; formats that write: "
            + describe(writers()), extension, ids(writers())));
  }

  @Override
  public String toString() {
    return "FormatRegistry" + ids();
  }

  private ReadResult readWith(FormatProvider format, DocumentSource source, ReadOptions options) {
    SchemaReader reader = readerOf(format).orElseThrow(() -> unknown(
        "format '" + format.id() + "' cannot read; formats that read: " + describe(readers()),
        format.id(), ids(readers())));
    try {
      ReadResult result = reader.read(source, options);
      if (result == null) {
        throw new SchemaReadException(InputLocation.of(source.name()), "the '" + format.id() + "' reader gave no result",
            "a plan or a read error");
      }
      return result;
    } catch (SchemaIoException e) {
      throw e;
    } catch (UncheckedIOException e) {
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot read: " + e.getCause(), null, e);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // The SPI allows only SchemaReadException; a plugin that breaks that is still reported with where.
      throw new SchemaReadException(InputLocation.of(source.name()),
          "the '" + format.id() + "' reader failed: " + e, null, e);
    }
  }

  private SchemaWriter writerOf(String formatId) {
    FormatProvider format = format(formatId);
    return writerOf(format).orElseThrow(() -> unknown(
        "format '" + formatId + "' cannot write; formats that write: " + describe(writers()),
        formatId, ids(writers())));
  }

  private static ContentSample sample(DocumentSource source) {
    try {
      return new ContentSample(source.name(), source.head(ContentSample.HEAD_SIZE));
    } catch (UncheckedIOException e) {
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot open: " + e.getCause(), null, e);
    }
  }

  private static double safeSniff(FormatProvider format, ContentSample sample, List<String> failed) {
    try {
      double score = format.sniff(sample);
      return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      LOG.warn("Format '{}' failed to sniff {}: {}", format.id(), sample.fileName(), e.toString());
      failed.add(format.id() + " (" + e + ")");
      return 0;
    }
  }

  // A provider is a plugin: whatever it gives or throws, the registry goes on with the others.

  private static Optional<SchemaReader> readerOf(FormatProvider format) {
    return guarded(format, "reader()", format::reader);
  }

  private static Optional<SchemaWriter> writerOf(FormatProvider format) {
    return guarded(format, "writer()", format::writer);
  }

  private static List<String> extensionsOf(FormatProvider format) {
    try {
      List<String> extensions = format.extensions();
      return extensions == null ? List.of() : extensions;
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Format '{}' failed to give its extensions: {}", format.id(), e.toString());
      return List.of();
    }
  }

  private static <T> Optional<T> guarded(FormatProvider format, String call, java.util.function.Supplier<Optional<T>> get) {
    try {
      Optional<T> value = get.get();
      if (value == null) {
        LOG.warn("Format '{}' returned null from {}; left out", format.id(), call);
        return Optional.empty();
      }
      return value;
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Format '{}' failed in {}: {}; left out", format.id(), call, e.toString());
      return Optional.empty();
    }
  }

  private static String describe(List<FormatProvider> formats) {
    if (formats.isEmpty()) {
      return "(none)";
    }
    return formats.stream()
        .map(f -> f.id() + (extensionsOf(f).isEmpty() ? "" : " (." + String.join(", .", extensionsOf(f)) + ")"))
        .collect(Collectors.joining(", "));
  }

  private static List<String> ids(List<FormatProvider> formats) {
    return formats.stream().map(FormatProvider::id).collect(Collectors.toUnmodifiableList());
  }

  private static UnknownFormatException unknown(String message, String requested, List<String> available) {
    return new UnknownFormatException(message, requested, available);
  }

  private static String checkedId(FormatProvider provider) {
    String id = provider.id();
    if (id != null && !id.isBlank() && !FORMAT_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "format id '" + id + "' is not lower-case letters, digits and hyphens (such as 'orne-plan')");
    }
    return id;
  }

  /** Builder of {@link FormatRegistry}; discovery happens in {@link #build()}. */
  public static final class Builder {
    private final ProviderRegistry.Builder<FormatProvider> providers =
        ProviderRegistry.builder(FormatProvider.class, FormatRegistry::checkedId, FormatProvider::priority);

    private Builder() {}

    /** Whether to discover formats through {@code ServiceLoader} (default: yes). */
    public Builder discovery(boolean on) {
      providers.discovery(on);
      return this;
    }

    /** Whether a provider that fails to load, or an equal-priority duplicate id, is an error (default: no). */
    public Builder strict(boolean on) {
      providers.strict(on);
      return this;
    }

    /** The class loader to discover with (default: the thread's context loader, then this library's). */
    public Builder classLoader(ClassLoader loader) {
      providers.classLoader(loader);
      return this;
    }

    /** Another class loader to discover with, such as one over a plugin folder. */
    public Builder addClassLoader(ClassLoader loader) {
      providers.addClassLoader(loader);
      return this;
    }

    /** Registers a format by hand. */
    public Builder register(FormatProvider format) {
      providers.register(Objects.requireNonNull(format, "format"));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @throws org.schemadepartemental.io.plugin.ProviderLoadException when a format registered
     *     by hand has an invalid id, or, in strict mode, when a provider failed to load
     */
    public FormatRegistry build() {
      return new FormatRegistry(providers.build());
    }
  }
}
