package fr.pasdecalais.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ListItem;

/**
 * Builds the nested lists the review prints flat, line by line: a heading in capitals ("POUR LES
 * ETABLISSEMENTS") holds what follows until the next one; a line ending with a colon ("En 2011 :",
 * "· Exemples :") holds the bullets right after it; a line starting in lower case goes on with the
 * previous item (the extraction wrapped it); a numbered heading ("1. La mise en œuvre…", "b.
 * Déclinaison…") starts a new section at the top level; other lines are items of their own. Not
 * thread-safe: one per list being read.
 */
final class ItemTree {

  private static final class Node {
    final StringBuilder text;
    final List<Node> children = new ArrayList<>();

    Node(String text) {
      this.text = new StringBuilder(text);
    }

    ListItem toItem() {
      return new ListItem(text.toString(), children.stream().map(Node::toItem).toList());
    }
  }

  private static final Pattern NUMBERED_HEADING = Pattern.compile("^(?:\\d{1,2}|[a-hA-H])\\s*[.)]\\s+\\S.{0,150}$");

  private final List<Node> roots = new ArrayList<>();
  private Node heading;
  private Node opener;
  private Node last;

  /** Adds a line of the list; blank lines are ignored. */
  void add(String line) {
    String clean = ReviewText.clean(line);
    if (clean.isEmpty()) {
      return;
    }
    boolean bullet = ReviewText.isBullet(clean);
    String text = bullet ? ReviewText.bulletText(clean).orElseThrow() : clean;
    if (text.isEmpty()) {
      return;
    }
    if (!bullet && last != null && Character.isLowerCase(text.charAt(0))) {
      // A line the extraction wrapped: it goes on with the previous item.
      last.text.append(' ').append(text);
      return;
    }
    Node node = new Node(text);
    last = node;
    if (!bullet && NUMBERED_HEADING.matcher(text).matches()) {
      endSection();
      roots.add(node);
      return;
    }
    if (!bullet && ReviewText.isAllCaps(text) && text.length() <= 80) {
      roots.add(node);
      heading = node;
      opener = null;
      return;
    }
    if (text.endsWith(":")) {
      attach(node, heading);
      opener = node;
      return;
    }
    if (bullet) {
      attach(node, opener != null ? opener : heading);
      return;
    }
    attach(node, heading);
    opener = null;
  }

  /** Closes the open heading: what comes next is at the top level ("1. La mise en œuvre…" does it too). */
  void endSection() {
    heading = null;
    opener = null;
  }

  /** Whether nothing was added. */
  boolean isEmpty() {
    return roots.isEmpty();
  }

  /** The items added so far. */
  List<ListItem> items() {
    return roots.stream().map(Node::toItem).toList();
  }

  private void attach(Node node, Node parent) {
    if (parent == null) {
      roots.add(node);
    } else {
      parent.children.add(node);
    }
  }
}
