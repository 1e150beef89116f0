package org.schemadepartemental.io.spi;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The start of a file and its name, given to {@link FormatProvider#sniff} to recognise a format.
 *
 * @param fileName the file name (may be a label with no extension)
 * @param head the first bytes (at most {@link #HEAD_SIZE})
 */
public record ContentSample(String fileName, byte[] head) {

  /** How many bytes are sampled. */
  public static final int HEAD_SIZE = 8192;

  /** Copies the bytes. */
  public ContentSample {
    Objects.requireNonNull(fileName, "fileName");
    head = head.clone();
  }

  /** The bytes sampled (a copy). */
  @Override
  public byte[] head() {
    return head.clone();
  }

  /** The sampled bytes decoded as UTF-8 (malformed bytes replaced), without a BOM. */
  public String headText() {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The file name's extension, lower case, or "" when it has none. */
  public String extension() {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the file name ends with one of these extensions. */
  public boolean hasExtension(Collection<String> extensions) {
    return extensions.contains(extension());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentSample c && c.fileName.equals(fileName) && java.util.Arrays.equals(c.head, head);
  }

  @Override
  public int hashCode() {
    return fileName.hashCode() * 31 + java.util.Arrays.hashCode(head);
  }

  @Override
  public String toString() {
    return "ContentSample[" + fileName + ", " + head.length + " bytes]";
  }
}
