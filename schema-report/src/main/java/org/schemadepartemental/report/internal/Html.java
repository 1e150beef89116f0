package org.schemadepartemental.report.internal;

/**
 * The one escaping rule of every HTML and SVG this module writes. Escaping the five
 * significant characters makes a text safe both between tags and inside a quoted attribute, so
 * there is no second function to pick wrongly. Control characters that HTML forbids are
 * replaced, so that a stray byte of an imported document cannot break the page.
 */
public final class Html {
  private Html() {}

  /** The text with {@code & < > " '} escaped and forbidden control characters replaced by U+FFFD. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f
              || (Character.isSurrogate(c) && !validPair(text, i))) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
            if (Character.isHighSurrogate(c)) {
              sb.append(text.charAt(++i));
            }
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
