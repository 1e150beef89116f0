package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.ListItem;

/**
 * Finds cross-references to other fiches: "(FA 4)", "cf. FA 13", "voir fiche action n° 6",
 * "fiche-action 2". The context kept is the text before the reference in the same item, when
 * short ("CAF (FA 4)" → "CAF"). Stateless.
 */
public final class FicheReferences {
  private static final Pattern REFERENCE = Pattern.compile(
      "(?iu)\\b(?:FA|fiches?[- ]actions?)\\s*(?:n\\s*[°o]\\s*)?(\\d{1,3}(?:\\s*bis)?)\\b");
  /** What leads to a reference at the end of the text before it: "cf.", "voir", an opening bracket. */
  private static final Pattern REFERENCE_LEAD = Pattern.compile("(?iu)[\\s(\\[]*(?:cf\\.?|voir|confer)?\\s*[(\\[]?\\s*$");
  private static final Pattern LEADING_JUNK = Pattern.compile("^[^\\p{L}\\p{N}«\"]+");
  private static final Pattern LINKING_WORD = Pattern.compile("(et|ou|puis|avec|de|des|du|la|le|les)");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
  private static final int MAX_CONTEXT = 80;
  private static final int CONTEXT_WINDOW = 200;

  private FicheReferences() {}

  /** The references in a text, in order. */
  public static List<FicheReference> find(String text) {
    List<FicheReference> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = REFERENCE.matcher(text);
    int previousEnd = 0;
    while (m.find()) {
      // Only the end of the text before a reference can be its context: a long text is not
      // re-scanned by the suffix pattern (quadratic on a long run of spaces or brackets).
      String before = text.substring(Math.max(previousEnd, m.start() - CONTEXT_WINDOW), m.start())
          .transform(t -> REFERENCE_LEAD.matcher(t).replaceAll(""))
          .strip();
      previousEnd = m.end();
      int cut = Math.max(before.lastIndexOf(')'), Math.max(before.lastIndexOf('.'), before.lastIndexOf(':')));
      if (cut >= 0 && cut < before.length() - 1) {
        before = before.substring(cut + 1).strip();
      }
      before = LEADING_JUNK.matcher(before).replaceAll("").strip();
      boolean linkingWord = before.length() < 2 || LINKING_WORD.matcher(TextFolding.fold(before)).matches();
      Optional<String> context = linkingWord || before.length() > MAX_CONTEXT ? Optional.empty() : Optional.of(before);
      out.add(new FicheReference(WHITE_SPACE_RUN.matcher(m.group(1)).replaceAll(" "), context));
    }
    return out;
  }

  /** The references in every item of a list tree, depth first. */
  public static List<FicheReference> find(List<ListItem> items) {
    List<FicheReference> out = new ArrayList<>();
    for (ListItem item : items) {
      out.addAll(find(item.text()));
      out.addAll(find(item.children()));
    }
    return out;
  }
}
