package org.schemadepartemental.io.layouts.actionplan;

import org.schemadepartemental.io.spi.support.DocumentFormatProvider;
import org.schemadepartemental.io.spi.support.SourceLine;
import org.schemadepartemental.io.spi.support.TextDocument;

/**
 * Layout 2, the action-plan document (orientations with their principle, then fiches with
 * diagnostic, objectives, pilotage, breakdown, calendar grid, indicators and points of
 * vigilance): format id {@code action-plan}. Recognised from content: several fiche section
 * labels at the start of tab-separated lines.
 */
public final class ActionPlanFormat extends DocumentFormatProvider {

  /** The format id. */
  public static final String ID = "action-plan";

  private static final java.util.regex.Pattern PRINCIPLE_LINE = java.util.regex.Pattern.compile("^[^a-z]*principes?\\s*:?.*");

  /** The provider (found through {@link java.util.ServiceLoader}). */
  public ActionPlanFormat() {
    super(ID, "Action-plan document: orientations and fiches with their sections and calendar grids (layout 2)",
        new ActionPlanReader());
  }

  @Override
  protected double sniff(TextDocument head) {
    java.util.Set<Section> found = java.util.EnumSet.noneOf(Section.class);
    boolean principle = false;
    for (SourceLine line : head.lines()) {
      String first = line.cells().get(0).text();
      Section.LABELS.matchExactly(ActionPlanReader.trimLabel(
          org.schemadepartemental.io.spi.support.HtmlFragments.stripTags(first))).ifPresent(found::add);
      principle |= PRINCIPLE_LINE.matcher(line.folded()).matches() && line.stripped().length() < 40;
    }
    int score = found.size() + (principle ? 1 : 0);
    return score >= 4 ? 0.9 : score >= 3 ? 0.6 : score >= 2 ? 0.3 : 0.0;
  }
}
