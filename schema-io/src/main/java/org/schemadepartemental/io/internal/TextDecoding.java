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
      return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
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
