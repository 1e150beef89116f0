package org.schemadepartemental.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.csv.CsvFormatProvider;
import org.schemadepartemental.io.json.JsonFormatProvider;
import org.schemadepartemental.io.spi.FormatProvider;

/** The built-in formats through the registry: detection by content, files, streams left open. */
class BuiltInFormatsTest {

  private static final FormatRegistry FORMATS = FormatRegistry.builder()
      .discovery(false)
      .register(new JsonFormatProvider())
      .register(new CsvFormatProvider())
      .build();

  @Test
  void contentIsRecognisedWhateverTheFileName(@TempDir Path dir) {
    Schema plan = RichPlans.everyField();
    Path json = dir.resolve("export.txt");
    Path csv = dir.resolve("export.dat");
    FORMATS.write(plan, json, "json", WriteOptions.defaults());
    FORMATS.write(plan, csv, "csv", WriteOptions.defaults());

    assertThat(FORMATS.detect(DocumentSource.of(json)).id()).isEqualTo("json");
    assertThat(FORMATS.detect(DocumentSource.of(csv)).id()).isEqualTo("csv");
    assertThat(FORMATS.read(json).schema()).isEqualTo(plan);
    assertThat(FORMATS.read(csv).schema().fiches()).hasSize(2);
  }

  @Test
  void theExtensionDecidesForAFileWithoutRecognisableContent() {
    assertThat(FORMATS.detect(DocumentSource.ofText("notes.csv", "a;b\n1;2\n")).id()).isEqualTo("csv");
    assertThat(FORMATS.detect(DocumentSource.ofText("data.json", "[1, 2]")).id()).isEqualTo("json");
    assertThat(FORMATS.formatForExtension(Path.of("out.json")).id()).isEqualTo("json");
    assertThat(FORMATS.formatForExtension(Path.of("OUT.CSV")).id()).isEqualTo("csv");
  }

  @Test
  void writersLeaveTheCallersStreamOpen() {
    for (FormatProvider format : FORMATS.writers()) {
      boolean[] closed = {false};
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      FilterOutputStream out = new FilterOutputStream(bytes) {
        @Override
        public void close() throws IOException {
          closed[0] = true;
          super.close();
        }
      };

      FORMATS.write(RichPlans.everyField(), out, format.id(), WriteOptions.defaults());

      assertThat(closed[0]).as(format.id()).isFalse();
      assertThat(bytes.size()).as(format.id()).isPositive();
    }
  }

  @Test
  void anExistingFileIsReplacedWholeAndKeepsItsPermissions(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, "old content that is longer than nothing");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

    FORMATS.write(RichPlans.everyField(), file);

    assertThat(FORMATS.read(file).schema()).isEqualTo(RichPlans.everyField());
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }
}
