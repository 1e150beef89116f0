package org.schemadepartemental.core;

import java.util.List;
import org.schemadepartemental.core.internal.Checks;

/**
 * One item of a (possibly nested) list, as plans write their diagnostics, objectives,
 * operational breakdowns, points of vigilance, perspectives and stakes: a bullet ➤ with
 * sub-bullets → and sub-sub-bullets •.
 *
 * @param text the item's text, never blank
 * @param children the nested items, in document order
 */
public record ListItem(String text, List<ListItem> children) {

  /** Checks the text and copies the children. */
  public ListItem {
    text = Checks.nonBlank(text, "text");
    children = Checks.list(children, "children");
  }

  /** A leaf item. */
  public static ListItem of(String text) {
    return new ListItem(text, List.of());
  }

  /** An item with children. */
  public static ListItem of(String text, ListItem... children) {
    return new ListItem(text, List.of(children));
  }

  /** Leaf items, one per text. */
  public static List<ListItem> leaves(List<String> texts) {
    return texts.stream().map(ListItem::of).toList();
  }

  /** This item's text followed by every descendant's, depth first. */
  public List<String> flatten() {
    var out = new java.util.ArrayList<String>();
    out.add(text);
    for (ListItem child : children) {
      out.addAll(child.flatten());
    }
    return List.copyOf(out);
  }
}
