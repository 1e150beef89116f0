package org.schemadepartemental.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * The formats are declared twice, for the module path and for the class path: both lists must
 * name the same providers, or a format would exist on one path only.
 */
class ServiceDeclarationsTest {

  private static final Pattern PROVIDES = Pattern.compile(
      "provides\\s+org\\.schemadepartemental\\.io\\.spi\\.FormatProvider\\s+with\\s+([^;]+);");

  @Test
  void moduleInfoAndServicesFileDeclareTheSameFormats() throws IOException, ClassNotFoundException {
    String moduleInfo = Files.readString(Path.of("src", "main", "java", "module-info.java"), StandardCharsets.UTF_8);
    Matcher provides = PROVIDES.matcher(moduleInfo);
    assertThat(provides.find()).as("a provides clause for FormatProvider").isTrue();
    List<String> inModule = Arrays.stream(provides.group(1).split(",")).map(String::strip).sorted().toList();
    List<String> inServices = Files.readAllLines(
            Path.of("src", "main", "resources", "META-INF", "services", FormatProvider.class.getName()))
        .stream().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).sorted().toList();

    assertThat(inServices).isEqualTo(inModule).contains(
        "org.schemadepartemental.io.json.JsonFormatProvider", "org.schemadepartemental.io.csv.CsvFormatProvider");
    for (String name : inModule) {
      assertThat(FormatProvider.class.isAssignableFrom(Class.forName(name))).as(name).isTrue();
    }
  }
}
