package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;
import org.schemadepartemental.io.json.JsonFormatProvider;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;

/**
 * What goes wrong around the bytes: a source that fails or vanishes in the middle of a read, a
 * disk that fills up during a write, a format plugin that returns null or throws at every call.
 * The caller gets the documented exception saying what failed; a file written before is intact;
 * the registry goes on with the other formats.
 */
class FaultsTest {

  /** A stream that gives {@code limit} bytes of the input, then fails as a vanished file does. */
  static InputStream failingAfter(byte[] input, int limit) {
    return new FilterInputStream(new ByteArrayInputStream(input)) {
      private int given;

      @Override
      public int read() throws IOException {
        check(1);
        int b = super.read();
        given++;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        check(len);
        int n = super.read(b, off, Math.min(len, limit - given));
        given += Math.max(0, n);
        return n;
      }

      private void check(int wanted) throws IOException {
        if (given >= limit && wanted > 0) {
          throw new IOException("Stale file handle (the file changed during the read)");
        }
      }
    };
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void aSourceFailingInTheMiddleOfTheReadIsAReadErrorNamingIt(Reader reader) {
    byte[] input = reader.samples().get(0);
    for (int limit : List.of(0, 1, input.length / 3, input.length - 1)) {
      DocumentSource source = DocumentSource.of("changing.txt", () -> failingAfter(input, limit));
      Throwable thrown = catchThrowable(() -> reader.read(source, ReadOptions.defaults()));
      assertThat(thrown).as("%s after %s bytes", reader, limit).isInstanceOf(SchemaReadException.class)
          .hasMessageStartingWith("changing.txt").hasMessageContaining("Stale file handle");
      HostileInputs.assertDocumented((SchemaReadException) thrown, "changing.txt");
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void aSourceThatCannotOpenOrOpensNothingIsAReadError(Reader reader) {
    DocumentSource missing = DocumentSource.of("gone.txt", () -> {
      throw new java.nio.file.NoSuchFileException("gone.txt");
    });
    assertThatThrownBy(() -> reader.read(missing, ReadOptions.defaults())).isInstanceOf(SchemaReadException.class)
        .hasMessageStartingWith("gone.txt").hasMessageContaining("NoSuchFileException");
    DocumentSource nothing = DocumentSource.of("null.txt", () -> null);
    assertThatThrownBy(() -> reader.read(nothing, ReadOptions.defaults())).isInstanceOf(SchemaReadException.class)
        .hasMessageStartingWith("null.txt");
  }

  @Test
  void aFileDeletedBetweenDetectionAndReadingIsAReadErrorNamingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.write(file, Reader.JSON.samples().get(0));
    AtomicInteger opens = new AtomicInteger();
    DocumentSource source = DocumentSource.of(file.toString(), () -> {
      int open = opens.incrementAndGet();
      InputStream in = Files.newInputStream(file);
      if (open == 1) {
        Files.delete(file); // gone once the format has been detected from its first bytes
      }
      return in;
    });
    assertThatThrownBy(() -> FormatRegistry.discover().read(source, ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class).hasMessageStartingWith(file.toString())
        .hasMessageContaining("NoSuchFileException");
    assertThat(opens).hasValue(2);
  }

  @Test
  void aFileTruncatedDuringTheReadIsAReadErrorNotAHalfPlan(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    byte[] json = Reader.JSON.samples().get(0);
    Files.write(file, json);
    DocumentSource source = DocumentSource.of(file.toString(), () -> new FilterInputStream(Files.newInputStream(file)) {
      private boolean cut;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, Math.min(len, 1000));
        if (!cut) {
          cut = true; // another program rewrites the file while it is read
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(json.length / 2);
          }
        }
        return n;
      }
    });
    assertThatThrownBy(() -> new JsonFormatProvider().reader().orElseThrow().read(source, ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class).hasMessageStartingWith(file.toString());
  }

  /** A stream that takes {@code limit} bytes, then fails as a full disk does. */
  static OutputStream fullAfter(int limit) {
    return new OutputStream() {
      private int taken;

      @Override
      public void write(int b) throws IOException {
        if (++taken > limit) {
          throw new IOException("No space left on device");
        }
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv", "markdown"})
  void aDiskFillingUpDuringAWriteIsAWriteErrorSayingSo(String format) {
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    FormatRegistry.discover().write(RichPlans.everyField(), whole, format, WriteOptions.defaults());
    for (int limit : List.of(0, 100, whole.size() / 2, whole.size() - 1)) {
      assertThatThrownBy(() -> FormatRegistry.discover().write(RichPlans.everyField(), fullAfter(limit), format,
          WriteOptions.defaults())).isInstanceOf(SchemaWriteException.class).hasMessageContaining("No space left on device");
    }
    assertThatThrownBy(() -> FormatRegistry.discover().write(RichPlans.everyField(), fullAfter(100), "csv",
        WriteOptions.defaults().withProperty("csv.layout", "measurements")))
        .isInstanceOf(SchemaWriteException.class).hasMessageContaining("No space left on device");
  }

  @Test
  void writingToTheFullDeviceIsAWriteErrorSayingSo() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full on this system");
    try (OutputStream out = new FileOutputStream(full.toFile())) {
      assertThatThrownBy(() -> FormatRegistry.discover().write(RichPlans.everyField(), out, "json", WriteOptions.defaults()))
          .isInstanceOf(SchemaWriteException.class).hasMessageContaining("No space left on device");
    }
  }

  /**
   * A real file system that fills up: a 64 KiB tmpfs mounted for the test (root only; skipped
   * elsewhere). The old file is intact and no temporary file is left.
   */
  @Test
  void aFullFileSystemLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
    Path mount = dir.resolve("small-disk");
    Files.createDirectories(mount);
    assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()), "cannot mount a tmpfs here");
    try {
      Path target = mount.resolve("plan.json");
      Files.writeString(target, "old plan");
      Fiche.Builder fiche = Fiche.builder("1", "Fiche");
      for (int i = 0; i < 400; i++) {
        fiche.addSousAction("Sous-action " + i + " " + "x".repeat(200), org.schemadepartemental.core.ActionCalendar.none());
      }
      Schema big = Schema.builder("big", "Big").addOrientation(Orientation.builder("1", "Axe").addFiche(fiche.build())
          .build()).build();

      assertThatThrownBy(() -> FormatRegistry.discover().write(big, target)).isInstanceOf(SchemaWriteException.class)
          .hasMessageContaining(target.toString()).hasMessageContaining("No space left on device");
      assertThat(Files.readString(target)).isEqualTo("old plan");
      try (Stream<Path> files = Files.list(mount)) {
        assertThat(files).containsExactly(target);
      }
    } finally {
      run("umount", mount.toString());
    }
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false; // no such command
    }
  }

  /** A format plugin broken in every way a plugin can be at run time. */
  static final class BrokenFormat implements FormatProvider {
    private final boolean returnsNull;

    BrokenFormat(boolean returnsNull) {
      this.returnsNull = returnsNull;
    }

    @Override
    public String id() {
      return returnsNull ? "gives-null" : "throws";
    }

    @Override
    public String description() {
      throw new IllegalStateException("boom in description");
    }

    @Override
    public List<String> extensions() {
      if (returnsNull) {
        return null;
      }
      throw new IllegalStateException("boom in extensions");
    }

    @Override
    public double sniff(ContentSample sample) {
      if (returnsNull) {
        return Double.NaN;
      }
      throw new IllegalStateException("boom in sniff");
    }

    @Override
    public Optional<SchemaReader> reader() {
      if (returnsNull) {
        return null;
      }
      throw new IllegalStateException("boom in reader");
    }

    @Override
    public Optional<SchemaWriter> writer() {
      if (returnsNull) {
        return null;
      }
      throw new NoClassDefFoundError("com/example/Gone");
    }
  }

  /** A plugin whose reader and writer break the SPI: null results, unchecked exceptions. */
  static final class LawlessFormat implements FormatProvider {
    @Override
    public String id() {
      return "lawless";
    }

    @Override
    public String description() {
      return "a plugin that breaks the SPI";
    }

    @Override
    public double sniff(ContentSample sample) {
      return sample.fileName().endsWith(".law") ? 1.0 : 0.0;
    }

    @Override
    public List<String> extensions() {
      return List.of("law");
    }

    @Override
    public Optional<SchemaReader> reader() {
      return Optional.of((source, options) -> source.name().startsWith("null") ? null : failNpe());
    }

    @Override
    public Optional<SchemaWriter> writer() {
      return Optional.of((schema, out, options) -> {
        throw new IllegalStateException("lawless writer");
      });
    }

    private static ReadResult failNpe() {
      throw new NullPointerException("lawless reader");
    }
  }

  @Test
  void aFormatThatReturnsNullOrThrowsAtEveryCallIsLeftOutAndTheOthersWork(@TempDir Path dir) {
    FormatRegistry formats = FormatRegistry.builder()
        .register(new BrokenFormat(true)).register(new BrokenFormat(false)).build();

    assertThat(formats.readers()).extracting(FormatProvider::id).doesNotContain("gives-null", "throws").contains("json");
    assertThat(formats.writers()).extracting(FormatProvider::id).doesNotContain("gives-null", "throws").contains("csv");
    ReadResult read = formats.read(DocumentSource.of("plan.json", Reader.JSON.samples().get(0)), ReadOptions.defaults());
    assertThat(read.schema()).isEqualTo(RichPlans.everyField());
    assertThat(formats.formatForExtension(Path.of("x.csv")).id()).isEqualTo("csv");
    formats.write(RichPlans.everyField(), dir.resolve("plan.json"));
    assertThatThrownBy(() -> formats.read(DocumentSource.of("plan.json", new byte[0]), "throws", ReadOptions.defaults()))
        .hasMessageContaining("format 'throws' cannot read");
  }

  @Test
  void whenNothingIsRecognisedTheFormatsThatFailedAreNamed() {
    FormatRegistry formats = FormatRegistry.builder().discovery(false).register(new FailingSniffer()).build();
    assertThatThrownBy(() -> formats.detect(DocumentSource.of("x.bin", new byte[] {1, 2, 3})))
        .isInstanceOf(SchemaReadException.class).hasMessageContaining("failing-sniff (java.lang.IllegalStateException: boom");
  }

  /** A reader whose sniff always throws. */
  static final class FailingSniffer implements FormatProvider {
    @Override
    public String id() {
      return "failing-sniff";
    }

    @Override
    public String description() {
      return "a plugin whose sniff throws";
    }

    @Override
    public double sniff(ContentSample sample) {
      throw new IllegalStateException("boom");
    }

    @Override
    public Optional<SchemaReader> reader() {
      return Optional.of((source, options) -> {
        throw new SchemaReadException(org.schemadepartemental.io.InputLocation.of(source.name()), "never", null);
      });
    }

    @Override
    public Optional<SchemaWriter> writer() {
      return Optional.empty();
    }
  }

  @Test
  void aReaderOrWriterBreakingTheSpiStillGivesTheDocumentedExceptions(@TempDir Path dir) throws IOException {
    FormatRegistry formats = FormatRegistry.builder().register(new LawlessFormat()).build();
    assertThatThrownBy(() -> formats.read(DocumentSource.of("a.law", new byte[] {1}), ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class).hasMessageContaining("'lawless' reader failed");
    assertThatThrownBy(() -> formats.read(DocumentSource.of("null.law", new byte[] {1}), ReadOptions.defaults()))
        .isInstanceOf(SchemaReadException.class).hasMessageContaining("gave no result");
    Path target = dir.resolve("plan.law");
    Files.writeString(target, "old", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> formats.write(RichPlans.everyField(), target)).isInstanceOf(SchemaWriteException.class)
        .hasMessageContaining("lawless writer");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThatThrownBy(() -> formats.write(RichPlans.everyField(), OutputStream.nullOutputStream(), "lawless",
        WriteOptions.defaults())).isInstanceOf(SchemaWriteException.class).hasMessageContaining("lawless writer");
  }
}
