package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.json.JsonFormatProvider;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;

/**
 * A ten-megabyte line: the line-based readers refuse it at once by the line length limit, naming
 * it; JSON, often one line, reads it in linear time.
 */
class LongLineTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final Duration FAST = Duration.ofSeconds(5);

  @ParameterizedTest
  @EnumSource(value = Reader.class, names = "JSON", mode = EnumSource.Mode.EXCLUDE)
  void aTenMegabyteLineIsRefusedByTheLineLengthLimit(Reader reader) {
    byte[] line = ("Axe 1 : " + "a ".repeat(TEN_MB / 2) + "\n").getBytes(StandardCharsets.UTF_8);
    Throwable thrown = assertTimeoutPreemptively(FAST,
        () -> catchThrowable(() -> reader.read(DocumentSource.of("long.txt", line), ReadOptions.defaults())));
    assertThat(thrown).isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("long.txt:1:" + (ReadLimits.DEFAULT_MAX_LINE_LENGTH + 1) + ": line too long")
        .hasMessageContaining("maxLineLength = " + ReadLimits.DEFAULT_MAX_LINE_LENGTH);
    assertThat(((LimitExceededException) thrown).limitName()).isEqualTo(ReadLimits.MAX_LINE_LENGTH);
  }

  @Test
  void jsonReadsATenMegabyteOneLineDocumentInLinearTime() {
    String title = "t".repeat(TEN_MB);
    byte[] json = ("{\"formatVersion\":1,\"id\":\"p\",\"title\":\"" + title + "\",\"orientations\":[]}")
        .getBytes(StandardCharsets.UTF_8);
    ReadResult result = assertTimeoutPreemptively(FAST, () -> new JsonFormatProvider().reader().orElseThrow()
        .read(DocumentSource.of("long.json", json), ReadOptions.defaults()));
    Schema plan = result.schema();
    assertThat(plan.title()).hasSize(TEN_MB);
  }

  @Test
  void jsonRefusesTenMegabytesOfGarbageOnOneLineAtItsFirstCharacter() {
    byte[] garbage = "x".repeat(TEN_MB).getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(FAST,
        () -> HostileInputs.assertReadOrReadException(Reader.JSON, garbage, "garbage.json", ReadOptions.defaults()));
  }
}
