package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.testing.RegexPerCall;

/**
 * The document readers and their support run on every line of a document: a regular expression
 * given to {@code String.matches}, {@code replaceAll}, {@code replaceFirst} or {@code split} is
 * compiled again on every call, so they use patterns compiled once instead.
 */
class RegexPerCallTest {

  @Test
  void noRegularExpressionIsCompiledPerCall() {
    assertThat(RegexPerCall.in(List.of(
        Path.of("src/main/java/org/schemadepartemental/io/spi/support"),
        Path.of("src/main/java/org/schemadepartemental/io/layouts"),
        Path.of("src/main/java/org/schemadepartemental/io/markdown")))).isEmpty();
  }
}
