package org.schemadepartemental.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.spi.SchemaReader;

/** Runs a reader on one input and checks that it kept the SPI's promises, whatever the input. */
final class ReadChecks {
  private ReadChecks() {}

  /**
   * Reads within the time limit. The result, or empty when the reader refused the input with a
   * {@link SchemaReadException} naming the source; any other exception fails the test.
   */
  static Optional<ReadResult> readWithinLimits(SchemaReader reader, String name, byte[] bytes, ReadOptions options,
      Duration timeout) {
    DocumentSource source = DocumentSource.of(name, bytes);
    Outcome outcome = Assertions.assertTimeoutPreemptively(timeout, () -> {
      try {
        return new Outcome(reader.read(source, options), null);
      } catch (SchemaReadException e) {
        return new Outcome(null, e);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("the reader threw " + e + " on " + describe(name, bytes)
            + "; the only exception a reader may throw is SchemaReadException", e);
      }
    }, () -> "the reader took more than " + timeout.toMillis() + " ms on " + describe(name, bytes));
    if (outcome.error != null) {
      checkRefusal(outcome.error, name);
      return Optional.empty();
    }
    checkResult(outcome.result, name, bytes.length);
    return Optional.of(outcome.result);
  }

  private record Outcome(ReadResult result, SchemaReadException error) {}

  static void checkRefusal(SchemaReadException e, String name) {
    assertThat(e.location()).as("location of " + e).isNotNull();
    assertThat(e.location().source()).as("the SchemaReadException must name the source: " + e).isEqualTo(name);
    assertThat(e.problem()).as("what went wrong, in " + e).isNotBlank();
  }

  static void checkResult(ReadResult result, String name, int byteCount) {
    assertThat(result).as("the reader returned null instead of a result or a SchemaReadException").isNotNull();
    for (ReadProblem problem : result.problems()) {
      assertThat(problem.location().source()).as("the location of the problem " + problem + " must name the source")
          .isEqualTo(name);
    }
    assertThat(result.placement()).as("placement must be an Optional, not null").isNotNull();
    result.placement().ifPresent(report -> checkPlacement(report, name, byteCount));
  }

  /**
   * A placement report is consistent when it is about the source, counts no more characters than
   * the input has bytes, and lists every unplaced character with its location.
   */
  static void checkPlacement(PlacementReport report, String name, int byteCount) {
    assertThat(report.source()).as("the placement report must name the source").isEqualTo(name);
    assertThat(report.totalChars()).as("non-blank characters counted in a " + byteCount + "-byte input")
        .isLessThanOrEqualTo(byteCount);
    long listed = 0;
    for (PlacementReport.UnplacedText piece : report.unplaced()) {
      assertThat(piece.location().source()).as("the location of unplaced text must name the source").isEqualTo(name);
      assertThat(piece.location().line()).as("unplaced text at " + piece.location() + " needs its line").isPositive();
      assertThat(piece.text().isBlank()).as("unplaced text at " + piece.location() + " is blank").isFalse();
      listed += nonBlankLength(piece.text());
    }
    assertThat(listed).as("non-blank characters of the unplaced pieces listed, against the report's count of "
        + report.unplacedChars() + " unplaced (total " + report.totalChars() + ", placed " + report.placedChars()
        + ", noise " + report.noiseChars() + ")").isEqualTo(report.unplacedChars());
  }

  /** Blank as the placement counts go: white space, no-break spaces and the BOM. */
  private static long nonBlankLength(String text) {
    return text.chars().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff')).count();
  }

  static String describe(String name, byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 80), java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll("\\p{Cntrl}", "·");
    return "'" + name + "' (" + bytes.length + " bytes, starting \"" + head + "\")";
  }
}
