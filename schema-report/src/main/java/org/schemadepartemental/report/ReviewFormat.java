package org.schemadepartemental.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats of the annual review.
 *
 * @since 0.1
 */
public enum ReviewFormat {
  /** CommonMark with GitHub tables, {@code .md}. */
  MARKDOWN("md"),
  /** A self-contained HTML page, {@code .html}. */
  HTML("html");

  private final String extension;

  ReviewFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format a file name asks for: {@code .md} or {@code .markdown}, {@code .html} or {@code .htm}. */
  public static Optional<ReviewFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }

  /** The format named {@code md}, {@code markdown}, {@code html} (any case). */
  public static Optional<ReviewFormat> byName(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> Optional.of(MARKDOWN);
      case "html", "htm" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }
}
