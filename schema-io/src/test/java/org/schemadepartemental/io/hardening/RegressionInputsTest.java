package org.schemadepartemental.io.hardening;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input that once broke a reader is kept in {@code src/test/resources/regressions/<reader>/}
 * and read again by that reader: it must now meet the contract, and fast (each took from three
 * seconds to minutes, or overflowed the stack, before its fix).
 */
class RegressionInputsTest {

  /** Far above what each input takes now (milliseconds), far below what it took before. */
  private static final Duration DEADLINE = Duration.ofSeconds(3);

  @TestFactory
  Stream<DynamicTest> everyKeptInputMeetsTheContract() throws IOException, URISyntaxException {
    Path root = root();
    return Files.walk(root).filter(Files::isRegularFile).sorted().toList().stream()
        .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
          Reader reader = readerOf(file.getParent().getFileName().toString());
          HostileInputs.assertReadOrReadException(reader, Files.readAllBytes(file), file.getFileName().toString(),
              ReadOptions.defaults(), DEADLINE);
        }));
  }

  @Test
  void everyFolderIsNamedAfterAReader() throws IOException, URISyntaxException {
    try (Stream<Path> folders = Files.list(root())) {
      folders.forEach(folder -> assertThat(Arrays.stream(Reader.values()).map(Reader::id))
          .contains(folder.getFileName().toString()));
    }
  }

  private static Reader readerOf(String id) {
    return Arrays.stream(Reader.values()).filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no reader named " + id));
  }

  private static Path root() throws URISyntaxException {
    return Path.of(RegressionInputsTest.class.getResource("/regressions").toURI());
  }
}
