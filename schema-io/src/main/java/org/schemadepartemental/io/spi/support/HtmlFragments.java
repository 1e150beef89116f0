package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the HTML fragments that text extractions leave in plans ({@code <ul>}, {@code <li>},
 * {@code <p>}, {@code <i>}, {@code <table>} rows and cells, entities). Only tags that start with a
 * letter count, so "&lt; 3 ans" or "<3" in text survive. Stateless.
 */
public final class HtmlFragments {
  /** A start or end tag: group 1 is "/" for an end tag, group 2 the name, group 3 the attributes. */
  public static final Pattern TAG = Pattern.compile("<\\s*+(/?)\\s*+([a-zA-Z][a-zA-Z0-9]*)\\b([^<>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});");
  private static final Pattern SPAN = Pattern.compile("\\b(colspan|rowspan)\\s*=\\s*\"?(\\d{1,3})");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
      Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
      Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("euro", "\u20ac"),
      Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("agrave", "à"),
      Map.entry("acirc", "â"), Map.entry("ccedil", "ç"), Map.entry("ocirc", "ô"), Map.entry("icirc", "î"),
      Map.entry("ucirc", "û"), Map.entry("ugrave", "ù"), Map.entry("euml", "ë"), Map.entry("iuml", "ï"),
      Map.entry("Eacute", "É"), Map.entry("oelig", "œ"), Map.entry("bull", "•"), Map.entry("middot", "·"),
      Map.entry("rarr", "→"), Map.entry("deg", "°"));
  private static final java.util.Set<String> BLOCK = java.util.Set.of(
      "p", "br", "div", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3",
      "h4", "h5", "h6", "blockquote", "hr", "dl", "dt", "dd", "section", "article", "header", "footer");

  private HtmlFragments() {}

  /** Whether the text holds at least one tag. */
  public static boolean hasTags(String text) {
    return text != null && TAG.matcher(text).find();
  }

  /**
   * The text without tags (block tags become a space, inline tags vanish), entities decoded and
   * spaces collapsed.
   */
  public static String stripTags(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (text.indexOf('<') < 0) {
      return TextFolding.collapseSpaces(decodeEntities(text)); // no tag: the text need not be copied
    }
    Matcher m = TAG.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      sb.append(text, last, m.start());
      if (BLOCK.contains(m.group(2).toLowerCase(Locale.ROOT))) {
        sb.append(' ');
      }
      last = m.end();
    }
    sb.append(text, last, text.length());
    return TextFolding.collapseSpaces(decodeEntities(sb.toString()));
  }

  /**
   * The text without tags, keeping {@code <br>} as line breaks; white space collapsed inside each
   * line before entities are decoded, so that {@code &#9;} or {@code &#160;} survive (used for
   * table cells, where a line break is content).
   */
  public static String toTextWithBreaks(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Matcher m = TAG.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      sb.append(text, last, m.start());
      String name = m.group(2).toLowerCase(Locale.ROOT);
      if (name.equals("br")) {
        sb.append('\n');
      } else if (BLOCK.contains(name)) {
        sb.append(' ');
      }
      last = m.end();
    }
    sb.append(text, last, text.length());
    // Spaces are collapsed before entities are decoded: an escaped tab or no-break space is content.
    StringBuilder out = new StringBuilder();
    for (String line : sb.toString().split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(decodeEntities(TextFolding.collapseSpaces(line)));
    }
    return out.toString().strip();
  }

  /** Decodes named ({@code &amp;}, {@code &eacute;}…) and numeric entities, in one pass. */
  public static String decodeEntities(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text == null ? "" : text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    while (m.find()) {
      String e = m.group(1);
      String replacement;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        replacement = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
      } else if (e.startsWith("#")) {
        replacement = codePoint(Integer.parseInt(e.substring(1)), m.group());
      } else {
        replacement = NAMED.getOrDefault(e, m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String codePoint(int cp, String original) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
  }

  /**
   * The rows of the HTML tables in a fragment, each a list of cell texts ({@code <td>} and {@code
   * <th>}, tags stripped); a cell spanning n columns is followed by n - 1 empty cells so that
   * columns line up. Unclosed cells and rows end at the next cell or row.
   */
  public static List<List<String>> tableRows(String html) {
    List<List<String>> rows = new ArrayList<>();
    if (html == null) {
      return rows;
    }
    Matcher m = TAG.matcher(html);
    List<String> row = null;
    int cellStart = -1;
    int span = 1;
    while (m.find()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      boolean end = !m.group(1).isEmpty();
      boolean isCell = name.equals("td") || name.equals("th");
      boolean isRow = name.equals("tr");
      boolean isTable = name.equals("table");
      if ((isCell || isRow || isTable) && cellStart >= 0 && row != null) {
        row.add(stripTags(html.substring(cellStart, m.start())));
        for (int i = 1; i < span; i++) {
          row.add("");
        }
        cellStart = -1;
      }
      if (isRow || isTable) {
        if (row != null && !row.isEmpty()) {
          rows.add(List.copyOf(row));
        }
        row = isRow && !end ? new ArrayList<>() : null;
      }
      if (isCell && !end) {
        if (row == null) {
          row = new ArrayList<>();
        }
        cellStart = m.end();
        Matcher s = SPAN.matcher(m.group(3));
        span = 1;
        while (s.find()) {
          if (s.group(1).equalsIgnoreCase("colspan")) {
            span = Math.max(1, Math.min(64, Integer.parseInt(s.group(2))));
          }
        }
      }
    }
    if (row != null) {
      if (cellStart >= 0) {
        row.add(stripTags(html.substring(cellStart)));
      }
      if (!row.isEmpty()) {
        rows.add(List.copyOf(row));
      }
    }
    return rows;
  }
}
