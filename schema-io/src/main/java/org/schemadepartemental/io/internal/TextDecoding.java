package org.schemadepartemental.io.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text the way spreadsheets and word processors save them:
 * a byte-order mark decides (UTF-8, UTF-16), else bytes that are valid UTF-8 are UTF-8, else
 * they are Windows-1252 (what French Excel and Word write). A charset given by the user wins.
 */
public final class TextDecoding {

  /** The Windows code page of Western Europe, a superset of ISO-8859-1's printable characters. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Text decoded, with the charset used and whether a byte-order mark was found (and removed).
   *
   * @param text the text, without byte-order mark
   * @param charset the charset used
   * @param bom whether the bytes began with a byte-order mark
   */
  public record DecodedText(String text, Charset charset, boolean bom) {
    /** Checks the fields. */
    public DecodedText {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
    }
  }

  private TextDecoding() {}

  /**
   * Decodes the bytes with {@code forced} when given (a byte-order mark of that charset is still
   * removed), else by detection.
   */
  public static DecodedText decode(byte[] bytes, Optional<Charset> forced) {
    if (forced.isPresent()) {
      String text = new String(bytes, forced.get());
      boolean bom = text.startsWith("\uFEFF");
      return new DecodedText(bom ? text.substring(1) : text, forced.get(), bom);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      String text = wellFormedUtf8(bytes, 3);
      // Ill-formed after a UTF-8 mark: the JDK's decoding, which replaces what it cannot read.
      return new DecodedText(text != null ? text : new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, true);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new DecodedText(utf8.get(), StandardCharsets.UTF_8, false);
    }
    return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
  }

  /** The bytes as UTF-8 when they are valid UTF-8 (a Windows-1252 accent seldom is). */
  private static Optional<String> strictUtf8(byte[] bytes) {
    String text = wellFormedUtf8(bytes, 0);
    if (text != null) {
      return Optional.of(text);
    }
    // The JDK's strict decoder has the last word on what the fast path leaves.
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The bytes from {@code offset} as UTF-8 when they are well-formed (Unicode's table of
   * well-formed sequences: no overlong form, no surrogate, nothing past U+10FFFF, none cut short),
   * else null; the same text as the JDK's strict decoder. Decoding a measurements CSV through the
   * JDK (a loop byte by byte once the first accent is met) cost half of Jackson's whole parse of
   * it: here runs of ASCII are found by a tight scan and copied in bulk into a Latin-1 buffer while
   * every character fits in one byte (French text: accents, rarely anything past U+00FF), and into
   * a char buffer from the first that does not.
   */
  static String wellFormedUtf8(byte[] bytes, int offset) {
    int end = bytes.length;
    byte[] latin1 = new byte[end - offset];
    int n = 0;
    int i = offset;
    while (i < end) {
      int run = i;
      while (i < end && bytes[i] >= 0) {
        i++;
      }
      System.arraycopy(bytes, run, latin1, n, i - run);
      n += i - run;
      if (i == end) {
        break;
      }
      byte b = bytes[i];
      if ((b == (byte) 0xC2 || b == (byte) 0xC3) && i + 1 < end && isContinuation(bytes[i + 1])) {
        latin1[n++] = (byte) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)); // U+0080..U+00FF
        i += 2;
      } else {
        break;
      }
    }
    if (i == end) {
      return new String(latin1, 0, n, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[n + end - i]; // never more UTF-16 units than bytes
    for (int k = 0; k < n; k++) {
      chars[k] = (char) (latin1[k] & 0xFF);
    }
    int c = n;
    while (i < end) {
      int b1 = bytes[i] & 0xFF;
      if (b1 < 0x80) {
        chars[c++] = (char) b1;
        i++;
        while (i < end && bytes[i] >= 0) { // the rest of an ASCII run, without the tests below
          chars[c++] = (char) bytes[i++];
        }
      } else if (b1 >= 0xC2 && b1 <= 0xDF) {
        if (i + 1 >= end || !isContinuation(bytes[i + 1])) {
          return null;
        }
        chars[c++] = (char) (((b1 & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
        i += 2;
      } else if (b1 >= 0xE0 && b1 <= 0xEF) {
        // E0 A0..BF (no overlong form), ED 80..9F (no surrogate), else 80..BF; then one continuation.
        int low = b1 == 0xE0 ? 0xA0 : 0x80;
        int high = b1 == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= end || !within(bytes[i + 1], low, high) || !isContinuation(bytes[i + 2])) {
          return null;
        }
        chars[c++] = (char) (((b1 & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
        i += 3;
      } else if (b1 >= 0xF0 && b1 <= 0xF4) {
        // F0 90..BF (no overlong form), F4 80..8F (nothing past U+10FFFF), else 80..BF; then two continuations.
        int low = b1 == 0xF0 ? 0x90 : 0x80;
        int high = b1 == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= end || !within(bytes[i + 1], low, high) || !isContinuation(bytes[i + 2])
            || !isContinuation(bytes[i + 3])) {
          return null;
        }
        int codePoint = ((b1 & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
            | (bytes[i + 3] & 0x3F);
        chars[c++] = Character.highSurrogate(codePoint);
        chars[c++] = Character.lowSurrogate(codePoint);
        i += 4;
      } else {
        return null; // a continuation byte out of place, C0, C1 or F5..FF
      }
    }
    return new String(chars, 0, c);
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static boolean within(byte b, int low, int high) {
    int value = b & 0xFF;
    return value >= low && value <= high;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
