package org.schemadepartemental.io.spi.support;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes decoded to text, and how: the charset given wins; else a byte-order mark decides (UTF-8,
 * UTF-16); else strict UTF-8 when the bytes are valid UTF-8; else Windows-1252, the charset of
 * text exported from French office software. The BOM is never part of the text.
 *
 * @param text the decoded text, without BOM, line endings untouched
 * @param charset the charset used
 * @param hadBom whether the bytes started with a byte-order mark
 */
public record DecodedText(String text, Charset charset, boolean hadBom) {

  /** Windows-1252 ("ANSI" in French Windows). */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Checks the fields. */
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }

  /** Decodes a whole document. */
  public static DecodedText decode(byte[] bytes, Optional<Charset> given) {
    return decode(bytes, given, false);
  }

  /**
   * Decodes the first bytes of a document, which may end in the middle of a UTF-8 sequence: such a
   * cut does not make the bytes count as Windows-1252.
   */
  public static DecodedText decodeHead(byte[] head, Optional<Charset> given) {
    return decode(head, given, true);
  }

  private static DecodedText decode(byte[] bytes, Optional<Charset> given, boolean truncated) {
    if (given != null && given.isPresent()) {
      Charset cs = given.get();
      int skip = bomLength(bytes, cs);
      return new DecodedText(new String(bytes, skip, bytes.length - skip, cs), cs, skip > 0);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
    }
    int length = truncated ? completeUtf8Length(bytes) : bytes.length;
    Optional<String> utf8 = strictUtf8(bytes, length);
    if (utf8.isPresent()) {
      String text = truncated ? new String(bytes, StandardCharsets.UTF_8) : utf8.get();
      return new DecodedText(text, StandardCharsets.UTF_8, false);
    }
    return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
  }

  private static Optional<String> strictUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The length without a trailing, incomplete UTF-8 sequence (at most 3 bytes dropped). */
  private static int completeUtf8Length(byte[] bytes) {
    int end = bytes.length;
    for (int back = 1; back <= 3 && end - back >= 0; back++) {
      int b = bytes[end - back] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue; // continuation byte: look further back for the lead byte
      }
      if (b >= 0xC0) {
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return needed > back ? end - back : end;
      }
      return end;
    }
    return end;
  }

  private static int bomLength(byte[] bytes, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if ((cs.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))
        || (cs.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))) {
      return 2;
    }
    return 0;
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
