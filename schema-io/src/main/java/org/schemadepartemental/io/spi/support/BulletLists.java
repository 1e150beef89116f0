package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.schemadepartemental.core.ListItem;

/**
 * Parses the bulleted lists plans print, flattened on one line or left as HTML, into {@link
 * ListItem} trees: "➤ Consolider … → CAF (FA 4) → PJJ (FA 6) ➤ Organiser …" gives two items, the
 * first with two children.
 *
 * <p>Nesting follows the order in which bullet kinds appear, as word processors use them: the
 * first kind met is the top level, a kind not met yet opens a deeper level, and a kind met before
 * goes back to its level; a kind not in the current path whose usual rank is higher (➤ above →
 * above • above -) takes the level of the first lesser kind instead. Strong bullets (➤ ► ▶ ■ ❖ → ➔ ➜ ↳ ⇒ • ● ◦ ▪ ‣ ∙ ○ ✓ and {@code <li>})
 * count wherever they are; weak ones ({@code -}, {@code *}, {@code ·}) only between spaces,
 * before a capital, and when the text has at least two of them or starts with one, so that "CAF
 * - PMI" or "ASE*" stay text. A paragraph ({@code <p>}) after an item is a sibling item. Text
 * before the first bullet is a top-level item (split with {@link RunTogetherSplitter}); the
 * bullets after it nest under it. Stateless.
 */
public final class BulletLists {
  private static final String STRONG = "➤►▶▸■□❖✓✔→➔➜➝➞↳⇒⟶•●◦▪▫‣∙○";
  private static final char FIRST_STRONG = '\u2022';
  private static final String PREAMBLE = "\u0000text";

  private BulletLists() {}

  private record Token(String glyph, String text, boolean paragraph) {}

  private static final class Node {
    final String glyph;
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();

    Node(String glyph) {
      this.glyph = glyph;
    }

    /** The item, or its children in its place when it has no text of its own. */
    List<ListItem> toItems() {
      List<ListItem> kids = new ArrayList<>();
      for (Node c : children) {
        kids.addAll(c.toItems());
      }
      String t = TextFolding.collapseSpaces(text.toString());
      return t.isEmpty() ? kids : List.of(new ListItem(t, kids));
    }
  }

  /**
   * The usual depth of a bullet kind: ➤-like arrows heads first, then arrows, then dots, then
   * weak bullets, then HTML items by depth. Text before any bullet is above them all.
   */
  private static int rank(String glyph) {
    if (glyph.equals(PREAMBLE)) {
      return 0;
    }
    if (glyph.startsWith("li")) {
      return 10 + Integer.parseInt(glyph.substring(2));
    }
    char c = glyph.charAt(0);
    if ("➤►▶▸■□❖".indexOf(c) >= 0) {
      return 1;
    }
    if ("→➔➜➝➞↳⇒⟶".indexOf(c) >= 0) {
      return 2;
    }
    if ("•●◦▪▫‣∙○✓✔".indexOf(c) >= 0) {
      return 3;
    }
    return 4;
  }

  /** Whether the character is a bullet that counts wherever it is. */
  public static boolean isStrongBullet(char c) {
    // Every strong bullet is at or above U+2022: the text of plans rarely is, so it is rarely searched.
    return c >= FIRST_STRONG && STRONG.indexOf(c) >= 0;
  }

  /** Parses a fragment (plain text with bullets, or HTML) into a list of items. */
  public static List<ListItem> parse(String fragment) {
    List<Token> tokens = tokenize(fragment == null ? "" : fragment);
    List<Node> roots = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    for (Token t : tokens) {
      String text = t.text.strip();
      if (t.glyph == null) {
        if (text.isEmpty()) {
          continue;
        }
        if (stack.isEmpty() || stack.get(0).glyph.equals(PREAMBLE) && stack.size() == 1 && t.paragraph) {
          // Text before any bullet: top-level items, several when run together.
          for (String part : RunTogetherSplitter.split(text)) {
            Node n = new Node(PREAMBLE);
            n.text.append(part);
            roots.add(n);
            stack.clear();
            stack.add(n);
          }
        } else if (t.paragraph) {
          Node last = stack.get(stack.size() - 1);
          Node sibling = new Node(last.glyph);
          sibling.text.append(text);
          attach(roots, stack, stack.size() - 1, sibling);
        } else {
          stack.get(stack.size() - 1).text.append(' ').append(text);
        }
        continue;
      }
      int level = -1;
      for (int i = 0; i < stack.size(); i++) {
        if (stack.get(i).glyph.equals(t.glyph)) {
          level = i;
          break;
        }
      }
      if (level < 0) {
        // A kind not in the current path: above the first level of a lesser kind, else deeper.
        level = stack.size();
        for (int i = 0; i < stack.size(); i++) {
          if (rank(stack.get(i).glyph) > rank(t.glyph)) {
            level = i;
            break;
          }
        }
      }
      Node n = new Node(t.glyph);
      n.text.append(text);
      attach(roots, stack, level, n);
    }
    List<ListItem> items = new ArrayList<>();
    for (Node r : roots) {
      items.addAll(r.toItems());
    }
    return items;
  }

  private static void attach(List<Node> roots, List<Node> stack, int level, Node n) {
    while (stack.size() > level) {
      stack.remove(stack.size() - 1);
    }
    if (level == 0) {
      roots.add(n);
    } else {
      stack.get(level - 1).children.add(n);
    }
    stack.add(n);
  }

  /** Splits the fragment into bullet-led pieces and paragraph-led pieces. */
  private static List<Token> tokenize(String fragment) {
    List<Token> tokens = new ArrayList<>();
    if (fragment.indexOf('<') < 0) {
      scanText(HtmlFragments.decodeEntities(fragment), true, tokens); // no tag: one text
      return tokens;
    }
    Matcher m = HtmlFragments.TAG.matcher(fragment);
    int last = 0;
    int depth = 0;
    boolean paragraph = true;
    while (m.find()) {
      scanText(HtmlFragments.decodeEntities(fragment.substring(last, m.start())), paragraph, tokens);
      String name = m.group(2).toLowerCase(Locale.ROOT);
      boolean end = !m.group(1).isEmpty();
      paragraph = false;
      switch (name) {
        case "ul", "ol" -> depth = Math.max(0, depth + (end ? -1 : 1));
        case "li" -> {
          if (!end) {
            tokens.add(new Token("li" + depth, "", false));
          }
        }
        case "p", "br", "div", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6" -> paragraph = true;
        default -> {
          // inline tag: no break
        }
      }
      last = m.end();
    }
    scanText(HtmlFragments.decodeEntities(fragment.substring(last)), paragraph, tokens);
    return tokens;
  }

  private static void scanText(String text, boolean paragraph, List<Token> tokens) {
    if (text.isBlank()) {
      return;
    }
    boolean weakAllowed = countWeak(text) >= 2 || startsWithWeak(text);
    int start = 0; // the piece since the last bullet, taken whole rather than copied character by character
    String glyph = null;
    boolean first = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bullet = isStrongBullet(c) || (weakAllowed && isWeakBulletAt(text, i));
      if (bullet) {
        flush(tokens, glyph, text.substring(start, i), first && paragraph);
        first = false;
        glyph = String.valueOf(c);
        start = i + 1;
      }
    }
    flush(tokens, glyph, text.substring(start), first && paragraph);
  }

  private static void flush(List<Token> tokens, String glyph, String text, boolean paragraph) {
    if (glyph != null) {
      tokens.add(new Token(glyph, text, false));
    } else if (!text.isBlank()) {
      // Text after an <li> belongs to it.
      if (!paragraph && !tokens.isEmpty() && tokens.get(tokens.size() - 1).glyph != null
          && tokens.get(tokens.size() - 1).text.isBlank()) {
        Token li = tokens.remove(tokens.size() - 1);
        tokens.add(new Token(li.glyph, text, false));
      } else {
        tokens.add(new Token(null, text, paragraph));
      }
    }
  }

  private static int countWeak(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isWeakBulletAt(text, i)) {
        n++;
      }
    }
    return n;
  }

  private static boolean startsWithWeak(String text) {
    String s = text.stripLeading();
    int offset = text.length() - s.length();
    return !s.isEmpty() && isWeakBulletAt(text, offset);
  }

  private static boolean isWeakBulletAt(String text, int i) {
    char c = text.charAt(i);
    if (c != '-' && c != '*' && c != '·') { // the weak bullets
      return false;
    }
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00a0';
    if (!spaceBefore || i + 2 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '\u00ab');
  }
}
