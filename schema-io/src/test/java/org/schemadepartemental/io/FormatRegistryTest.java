package org.schemadepartemental.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.plugin.ProviderLoadException;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;

/** Format lookup, detection and the atomic file writing of the registry. */
class FormatRegistryTest {

  /**
   * A format for tests: reads any input as a plan titled with its first line, writes the title,
   * and scores a file by extension and by a magic first line.
   */
  record LineFormat(String id, int priority, String extension, String magic, boolean failOnWrite)
      implements FormatProvider {
    LineFormat(String id, int priority, String extension, String magic) {
      this(id, priority, extension, magic, false);
    }

    @Override
    public String description() {
      return "test format " + id;
    }

    @Override
    public List<String> extensions() {
      return List.of(extension);
    }

    @Override
    public double sniff(ContentSample sample) {
      double byName = sample.hasExtension(extensions()) ? 0.5 : 0;
      return sample.headText().startsWith(magic) ? 0.9 : byName;
    }

    @Override
    public Optional<SchemaReader> reader() {
      return Optional.of((source, options) -> {
        String title = new String(source.head(1000), StandardCharsets.UTF_8).lines().findFirst().orElse("?");
        return ReadResult.of(Schema.builder(id, title).build());
      });
    }

    @Override
    public Optional<SchemaWriter> writer() {
      return Optional.of((schema, out, options) -> {
        try {
          out.write(schema.title().getBytes(StandardCharsets.UTF_8));
          if (failOnWrite) {
            throw new SchemaWriteException("disk full (simulated) after a partial write");
          }
        } catch (IOException e) {
          throw new SchemaWriteException("write failed", e);
        }
      });
    }
  }

  private static FormatRegistry registry(FormatProvider... formats) {
    FormatRegistry.Builder b = FormatRegistry.builder().discovery(false);
    for (FormatProvider f : formats) {
      b.register(f);
    }
    return b.build();
  }

  @Test
  void contentBeatsTheFileName() {
    FormatRegistry formats = registry(new LineFormat("alpha", 0, "txt", "ALPHA"), new LineFormat("beta", 0, "dat", "BETA"));

    DocumentSource misnamed = DocumentSource.ofText("plan.txt", "BETA plan\n");

    assertThat(formats.detect(misnamed).id()).isEqualTo("beta");
    assertThat(formats.read(misnamed, ReadOptions.defaults()).schema().id()).isEqualTo("beta");
  }

  @Test
  void equalScoresGoToTheHigherPriorityThenTheSmallerIdWhateverTheRegistrationOrder() {
    LineFormat a = new LineFormat("aaa", 0, "txt", "X");
    LineFormat b = new LineFormat("bbb", 0, "txt", "X");
    LineFormat plugin = new LineFormat("zzz", 5, "txt", "X");
    DocumentSource source = DocumentSource.ofText("plan.txt", "hello");

    assertThat(registry(b, a).detect(source).id()).isEqualTo("aaa");
    assertThat(registry(a, b).detect(source).id()).isEqualTo("aaa");
    assertThat(registry(a, plugin, b).detect(source).id()).isEqualTo("zzz");
    assertThat(registry(a, plugin, b).rank(new ContentSample("plan.txt", new byte[0])))
        .extracting(m -> m.format().id())
        .containsExactly("zzz", "aaa", "bbb");
  }

  @Test
  void anUnrecognisedInputNamesTheSourceAndTheReaders() {
    FormatRegistry formats = registry(new LineFormat("alpha", 0, "txt", "ALPHA"));

    assertThatThrownBy(() -> formats.detect(DocumentSource.ofText("notes.bin", "???")))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageContaining("notes.bin")
        .hasMessageContaining("alpha (.txt)");
  }

  @Test
  void anUnknownFormatIdListsTheAvailableOnes() {
    FormatRegistry formats = registry(new LineFormat("alpha", 0, "txt", "A"), new LineFormat("beta", 0, "dat", "B"));

    assertThatThrownBy(() -> formats.format("xml"))
        .isInstanceOfSatisfying(UnknownFormatException.class,
            e -> assertThat(e.available()).containsExactly("alpha", "beta"))
        .hasMessageContaining("'xml'")
        .hasMessageContaining("alpha (.txt), beta (.dat)");
    assertThatThrownBy(() -> formats.write(Schema.builder("p", "P").build(), Path.of("out.xml")))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessageContaining("*.xml");
  }

  @Test
  void aFormatIdThatIsNotKebabCaseIsRejected() {
    assertThatThrownBy(() -> registry(new LineFormat("My Format", 0, "txt", "A")))
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining("'My Format'");
  }

  @Test
  void writesToAFileChosenByItsExtensionAndToAStream(@TempDir Path dir) {
    FormatRegistry formats = registry(new LineFormat("alpha", 0, "txt", "A"));
    Schema plan = Schema.builder("p", "Plan d'action 2017-2021").build();
    Path file = dir.resolve("plan.txt");

    formats.write(plan, file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    formats.write(plan, out, "alpha", WriteOptions.defaults());

    assertThat(file).hasContent("Plan d'action 2017-2021");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Plan d'action 2017-2021");
    assertThat(formats.read(file).schema().title()).isEqualTo("Plan d'action 2017-2021");
  }

  @Test
  void aFailedWriteLeavesTheExistingFileWholeAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    FormatRegistry formats = registry(new LineFormat("broken", 0, "txt", "A", true));
    Path file = dir.resolve("plan.txt");
    Files.writeString(file, "the previous plan");

    assertThatThrownBy(() -> formats.write(Schema.builder("p", "New").build(), file, "broken", WriteOptions.defaults()))
        .isInstanceOf(SchemaWriteException.class);

    assertThat(file).hasContent("the previous plan");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void aMissingFileIsAReadErrorNamingIt(@TempDir Path dir) {
    FormatRegistry formats = registry(new LineFormat("alpha", 0, "txt", "A"));
    Path missing = dir.resolve("absent.txt");

    assertThatThrownBy(() -> formats.read(missing))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageContaining("absent.txt");
  }
}
