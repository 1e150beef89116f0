package org.schemadepartemental.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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

  /** The largest array the JDK allocates reliably. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /** The first buffer when a stream does not tell its length. */
  private static final int MIN_BUFFER = 8192;

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
      return readBounded(in, source.name(), maxBytes, limitName);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SchemaReadException sre) {
        throw sre;
      }
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot read the source: " + e, null, e);
    }
  }

  /**
   * Reads the stream to its end into one array sized from {@link InputStream#available()} when
   * the stream knows its length (a file, bytes in memory), so that the bytes are neither read in
   * chunks nor copied; a stream that does not know, or is wrong, is still read exactly, the array
   * growing as needed. Never holds more than {@code maxBytes + 1} bytes.
   */
  static byte[] readBounded(InputStream in, String source, long maxBytes, String limitName) throws IOException {
    int cap = (int) Math.min(MAX_ARRAY_LENGTH, maxBytes + 1);
    byte[] buffer = new byte[Math.min(cap, Math.max(in.available(), MIN_BUFFER))];
    int count = 0;
    while (true) {
      if (count == buffer.length) {
        if (count == cap) {
          break; // one byte past the limit, or the largest array: refused below
        }
        int next = in.read(); // the length known in advance is usually right: a byte to know it
        if (next < 0) {
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(2L * buffer.length, MIN_BUFFER)));
        buffer[count++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, count, buffer.length - count);
      if (n < 0) {
        break;
      }
      count += n;
    }
    if (count > maxBytes) {
      throw tooLarge(source, maxBytes, limitName);
    }
    return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
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
    if (feedSeparatedLinesWithin(text, maxLineLength)) {
      return; // the usual case, proven by a scan the JDK vectorises
    }
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

  /**
   * Whether every run of text between line feeds is within the limit: then so is every line,
   * since a carriage return only ever cuts a run shorter. When not, the exact check decides.
   */
  static boolean feedSeparatedLinesWithin(String text, int max) {
    int start = 0;
    while (true) {
      int feed = text.indexOf('\n', start);
      if ((feed < 0 ? text.length() : feed) - start > max) {
        return false;
      }
      if (feed < 0) {
        return true;
      }
      start = feed + 1;
    }
  }

  private static LimitExceededException tooLarge(String source, long maxBytes, String limitName) {
    return new LimitExceededException(InputLocation.of(source), limitName, maxBytes, "input too large", "bytes");
  }
}
