package org.schemadepartemental.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written UTF-8 decoding gives the JDK's text for every well-formed input and refuses
 * every ill-formed one, so that detection (UTF-8 or Windows-1252) and the text read are as
 * before it.
 */
class TextDecodingTest {

  /**
   * At the start, after Latin-1 text (the Latin-1 loop, whose buffer the char loop takes over)
   * and after a character past U+00FF (the char loop).
   */
  private static final List<byte[]> PREFIXES = List.of(new byte[0], utf8("aé"), utf8("Ā"));

  /** The JDK's strict decoding, or null when it reports the bytes ill-formed. */
  private static String jdkStrict(byte[] bytes) {
    return jdkStrict(StandardCharsets.UTF_8.newDecoder(), bytes);
  }

  private static String jdkStrict(CharsetDecoder decoder, byte[] bytes) {
    // The decoder's results rather than its exceptions: most of the sequences tried are ill-formed.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    decoder.reset().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (result.isError() || decoder.flush(out).isError()) {
      return null;
    }
    return out.flip().toString();
  }

  /** The decoding as it was before the hand-written path: the JDK's, for every case. */
  private static TextDecoding.DecodedText former(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new TextDecoding.DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, true);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new TextDecoding.DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, true);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new TextDecoding.DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, true);
    }
    String strict = jdkStrict(bytes);
    return strict != null ? new TextDecoding.DecodedText(strict, StandardCharsets.UTF_8, false)
        : new TextDecoding.DecodedText(new String(bytes, TextDecoding.WINDOWS_1252), TextDecoding.WINDOWS_1252, false);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static void assertSameAsJdk(CharsetDecoder jdk, byte[] bytes) {
    String expected = jdkStrict(jdk, bytes);
    String actual = TextDecoding.wellFormedUtf8(bytes, 0);
    if (expected == null ? actual != null : !expected.equals(actual)) {
      // Asserted only when different: a million passing assertions would slow the test down.
      assertThat(actual).as("bytes %s", HexFormat.ofDelimiter(" ").formatHex(bytes)).isEqualTo(expected);
    }
  }

  @Test
  void everySequenceOfOneOrTwoBytesDecodesAsTheJdkDecodesIt() {
    CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder();
    for (byte[] prefix : PREFIXES) {
      for (int b1 = 0; b1 < 256; b1++) {
        assertSameAsJdk(jdk, concat(prefix, new byte[] {(byte) b1}));
        for (int b2 = 0; b2 < 256; b2++) {
          assertSameAsJdk(jdk, concat(prefix, new byte[] {(byte) b1, (byte) b2}));
        }
      }
    }
  }

  @Test
  void longerSequencesDecodeAsTheJdkDecodesThemWhateverTheirSecondByte() {
    CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder();
    // Every lead and second byte (where the ranges of well-formed UTF-8 differ), the later bytes
    // at the edges of the continuation range.
    int[] edges = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    for (int b1 = 0xE0; b1 <= 0xFF; b1++) {
      for (int b2 = 0; b2 < 256; b2++) {
        for (int b3 : edges) {
          assertSameAsJdk(jdk, new byte[] {(byte) b1, (byte) b2, (byte) b3});
          for (int b4 : edges) {
            assertSameAsJdk(jdk, new byte[] {(byte) b1, (byte) b2, (byte) b3, (byte) b4});
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(TextDecodingTest::utf8),
        Arbitraries.strings().withCharRange('\u0080', '\u00FF').ofMaxLength(6).map(TextDecodingTest::utf8),
        Arbitraries.strings().withChars("éèàçœ€’…\uD83D\uDE00ĀΩ").ofMaxLength(6).map(TextDecodingTest::utf8),
        Arbitraries.strings().withChars("éèàçœ€’").ofMaxLength(6).map(s -> s.getBytes(TextDecoding.WINDOWS_1252)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(4),
        Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE}));
    return pieces.list().ofMaxSize(8).map(list -> {
      List<byte[]> all = new ArrayList<>(list);
      byte[] bytes = new byte[0];
      for (byte[] piece : all) {
        bytes = concat(bytes, piece);
      }
      return bytes;
    });
  }

  @Property(tries = 2000, seed = "20251122")
  void detectionAndTextAreThoseOfTheFormerDecoding(@ForAll("documents") byte[] bytes) {
    assertThat(TextDecoding.decode(bytes, Optional.empty())).isEqualTo(former(bytes));
  }

  @Test
  void aFrenchDocumentKeepsItsAccentsWithOrWithoutMark() {
    String text = "indicatorId,comment\r\nfa-1.i1,évalué à mi-année – “cité” 😀\r\n";

    assertThat(TextDecoding.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)),
        Optional.empty())).isEqualTo(new TextDecoding.DecodedText(text, StandardCharsets.UTF_8, true));
    assertThat(TextDecoding.decode(utf8(text), Optional.empty()))
        .isEqualTo(new TextDecoding.DecodedText(text, StandardCharsets.UTF_8, false));
    Charset cp1252 = TextDecoding.WINDOWS_1252;
    String latin = "fa-1.i1,évalué à mi-année\r\n";
    assertThat(TextDecoding.decode(latin.getBytes(cp1252), Optional.empty()))
        .isEqualTo(new TextDecoding.DecodedText(latin, cp1252, false));
  }
}
