package org.schemadepartemental.core.hardening;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text that once made a core parser hang (kept in {@code src/test/resources/regressions}:
 * a calendar cell of slashes, a number followed by a long run of spaces, a date made of dots) is
 * parsed again, within the deadline.
 */
class TextParsersRegressionTest {

  @TestFactory
  Stream<DynamicTest> everyRegressionInputIsParsedQuickly() throws IOException, URISyntaxException {
    Path root = Path.of(TextParsersRegressionTest.class.getResource("/regressions").toURI());
    return Files.walk(root).filter(Files::isRegularFile).sorted().toList().stream()
        .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(),
            () -> TextParsersRobustnessProperties.parseAll(Files.readString(file, StandardCharsets.UTF_8))));
  }
}
