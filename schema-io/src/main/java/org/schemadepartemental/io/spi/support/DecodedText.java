package org.schemadepartemental.io.spi.support;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.io.internal.TextDecoding;

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
  public static final Charset WINDOWS_1252 = TextDecoding.WINDOWS_1252;

  /** Checks the fields. */
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }

  /** Decodes a whole document (the detection the CSV format uses too: one mechanism). */
  public static DecodedText decode(byte[] bytes, Optional<Charset> given) {
    TextDecoding.DecodedText d = TextDecoding.decode(bytes, given == null ? Optional.empty() : given);
    return new DecodedText(d.text(), d.charset(), d.bom());
  }

  /**
   * Decodes the first bytes of a document, which may end in the middle of a UTF-8 sequence: the
   * incomplete sequence is dropped so that such a cut does not make the bytes Windows-1252.
   */
  public static DecodedText decodeHead(byte[] head, Optional<Charset> given) {
    boolean forced = given != null && given.isPresent();
    return decode(forced ? head : Arrays.copyOf(head, completeUtf8Length(head)), given);
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
}
