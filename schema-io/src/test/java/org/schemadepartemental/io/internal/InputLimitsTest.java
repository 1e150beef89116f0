package org.schemadepartemental.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;

/**
 * The input size and line length limits: every byte is read, whatever length the stream claims,
 * and never more than one byte past the limit; a line too long is named by its line number
 * whether the quick scan or the exact check finds it.
 */
class InputLimitsTest {

  /** Lines as {@code TextDocument} splits them (CR, LF, CRLF): the first one too long, if any. */
  private static Optional<Integer> firstLineTooLong(String text, int max) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > max) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab\r\n").ofMaxLength(40);
  }

  @Property(tries = 1000, seed = "20251122")
  void aLineTooLongIsFoundAndNamedExactly(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 8) int max) {
    Optional<Integer> expected = firstLineTooLong(text, max);
    LimitExceededException thrown =
        catchThrowableOfType(() -> InputLimits.checkLines(text, "t.txt", max), LimitExceededException.class);
    if (expected.isEmpty()) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isNotNull();
      assertThat(thrown.location()).isEqualTo(InputLocation.at("t.txt", expected.get(), max + 1));
    }
  }

  @Test
  void theQuickScanLeavesLongLinesAndCarriageReturnsToTheExactCheck() {
    assertThat(InputLimits.feedSeparatedLinesWithin("abc\ndef\r\n", 4)).isTrue();
    assertThat(InputLimits.feedSeparatedLinesWithin("abcde\nab", 4)).isFalse();
    assertThat(InputLimits.feedSeparatedLinesWithin("ab\rcd\ref", 4)).isFalse(); // proven by the exact check instead
  }

  /** A stream that claims a length of its own, true or not, and gives its bytes a few at a time. */
  private static InputStream claiming(byte[] bytes, int claimed) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return claimed;
      }

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1000));
      }
    };
  }

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }

  @Property(tries = 200, seed = "20251122")
  void everyByteIsReadWhateverLengthTheStreamClaims(
      @ForAll @IntRange(max = 40_000) int length, @ForAll @IntRange(max = 50_000) int claimed) throws IOException {
    byte[] content = bytes(length);
    assertThat(InputLimits.readBounded(claiming(content, claimed), "f", 1_000_000, ReadLimits.MAX_INPUT_BYTES))
        .isEqualTo(content);
  }

  @Test
  void anInputOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws IOException {
    for (int claimed : new int[] {0, 100, 20_000, 20_001, 1 << 20}) {
      assertThat(InputLimits.readBounded(claiming(bytes(20_000), claimed), "f", 20_000, ReadLimits.MAX_INPUT_BYTES))
          .hasSize(20_000);
      assertThatThrownBy(() -> InputLimits.readBounded(claiming(bytes(20_001), claimed), "f", 20_000,
              ReadLimits.MAX_INPUT_BYTES))
          .isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.location()).isEqualTo(InputLocation.of("f"));
            assertThat(e.getMessage()).contains(ReadLimits.MAX_INPUT_BYTES).contains("20000");
          });
    }
  }

  @Test
  void aStreamLongerThanTheLimitIsNotReadToItsEnd() throws IOException {
    int[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 'x';
      }
    };
    assertThatThrownBy(() -> InputLimits.readBounded(endless, "f", 50_000, ReadLimits.MAX_INPUT_BYTES))
        .isInstanceOf(LimitExceededException.class);
    assertThat(read[0]).isEqualTo(50_001);
  }

  @Test
  void aFileSourceIsReadWhole() {
    byte[] content = bytes(100_000);
    assertThat(InputLimits.readAll(DocumentSource.of("f", content), 100_000, ReadLimits.MAX_INPUT_BYTES))
        .isEqualTo(content);
  }
}
