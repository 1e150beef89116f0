package org.schemadepartemental.report.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes HTML and inline SVG as plain string building, escaping every text and attribute value
 * through {@link Html#escape}. Tag and attribute names are the caller's constants and are
 * checked; only {@link #markup(String)} writes unescaped text, and it is given static strings
 * (the style sheet, the doctype).
 */
public final class HtmlBuilder {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

  private static final java.util.Set<String> VOID = java.util.Set.of("meta", "br", "hr", "img", "link", "col", "wbr");

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens a tag; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
  public HtmlBuilder open(String tag, String... attributes) {
    startTag(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Closes the innermost open tag, which must be {@code tag}. */
  public HtmlBuilder close(String tag) {
    String top = open.pop();
    if (!top.equals(tag)) {
      throw new IllegalStateException("closing <" + tag + "> while <" + top + "> is open");
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /** A tag with an escaped text and nothing else inside. */
  public HtmlBuilder element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A void element ({@code <meta>}) or, inside SVG, an empty one ({@code <rect/>}). */
  public HtmlBuilder empty(String tag, String... attributes) {
    boolean svg = open.contains("svg");
    if (!svg && !VOID.contains(tag)) {
      // An HTML parser would take <span> without its end tag as wrapping what follows.
      return open(tag, attributes).close(tag);
    }
    startTag(tag, attributes);
    out.append(svg ? "/>" : ">");
    return this;
  }

  /** An escaped text. */
  public HtmlBuilder text(String text) {
    out.append(Html.escape(text));
    return this;
  }

  /** A line break in the source, for readability of the file. */
  public HtmlBuilder newline() {
    out.append('\n');
    return this;
  }

  /** Static markup written as it is: only for constants of this module, never for plan text. */
  public HtmlBuilder markup(String constant) {
    out.append(constant);
    return this;
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed tags: " + open);
    }
    return out.toString();
  }

  /** A coordinate or size for SVG: at most two decimals, a dot, no exponent. */
  public static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private void startTag(String tag, String[] attributes) {
    check(tag);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + String.join(", ", attributes));
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      check(attributes[i]);
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
      }
    }
  }

  private static void check(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a tag or attribute name: " + name);
    }
  }
}
