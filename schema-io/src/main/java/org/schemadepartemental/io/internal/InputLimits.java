package org.schemadepartemental.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.SchemaReadException;

/**
 * The input size and line length limits, applied the same way by every reader: the bytes are
 * read up to the limit and no further (a larger input is never held in memory), and lines are
 * measured in one pass before any parsing, so that a ten-megabyte line is refused at once instead
 * of going through the layout rules.
 */
public final class InputLimits {

  private InputLimits() {}

  /**
   * Reads every byte of the source, at most {@code maxBytes}.
   *
   * @param limitName the name of the limit in the error ({@link ReadLimits#MAX_INPUT_BYTES})
   * @throws LimitExceededException when the source holds more
   * @throws SchemaReadException when the source cannot be opened or read (it changed, vanished…)
   */
  public static byte[] readAll(DocumentSource source, long maxBytes, String limitName) {
    try (InputStream in = source.open()) {
      if (in == null) {
        throw new SchemaReadException(InputLocation.of(source.name()), "the source opened no stream", "bytes to read");
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(source.name(), maxBytes, limitName);
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SchemaReadException sre) {
        throw sre;
      }
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot read the source: " + e, null, e);
    }
  }

  /** The stream, failing with a {@link LimitExceededException} once more than {@code maxBytes} are read. */
  public static InputStream bounded(InputStream in, String source, long maxBytes) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) {
        count += n;
        if (count > maxBytes) {
          throw tooLarge(source, maxBytes, ReadLimits.MAX_INPUT_BYTES);
        }
      }
    };
  }

  /**
   * Checks no line of the text is longer than the limit; lines end at CR, LF or CRLF, as {@code
   * TextDocument} splits them.
   *
   * @throws LimitExceededException at the first line too long, column just past the limit
   */
  public static void checkLines(String text, String source, int maxLineLength) {
    int line = 1;
    int start = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      boolean end = i == length;
      char c = end ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i - start > maxLineLength) {
          throw new LimitExceededException(InputLocation.at(source, line, maxLineLength + 1), ReadLimits.MAX_LINE_LENGTH,
              maxLineLength, "line too long", "characters per line");
        }
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static LimitExceededException tooLarge(String source, long maxBytes, String limitName) {
    return new LimitExceededException(InputLocation.of(source), limitName, maxBytes, "input too large", "bytes");
  }
}
