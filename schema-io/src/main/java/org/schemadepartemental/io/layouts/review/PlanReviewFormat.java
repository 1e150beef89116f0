package org.schemadepartemental.io.layouts.review;

import java.util.regex.Pattern;
import org.schemadepartemental.io.spi.support.DocumentFormatProvider;
import org.schemadepartemental.io.spi.support.TextDocument;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * Layout 3, the review of a previous plan (its axes, each with the stakes carried into the next
 * plan): format id {@code plan-review}. Recognised from content: the table header "Axe du
 * précédent schéma / Enjeux pour le prochain schéma", or several "Axe N" followed by bullets.
 */
public final class PlanReviewFormat extends DocumentFormatProvider {

  /** The format id. */
  public static final String ID = "plan-review";

  private static final Pattern AXIS_WITH_STAKES = Pattern.compile("axe \\d{1,2} [^•]{5,300}•");

  /** The provider (found through {@link java.util.ServiceLoader}). */
  public PlanReviewFormat() {
    super(ID, "Review of a previous plan: its axes and the stakes carried into the next plan (layout 3)",
        new PlanReviewReader());
  }

  @Override
  protected double sniff(TextDocument head) {
    String text = TextFolding.fold(head.text());
    boolean header = text.contains("axe du precedent schema") && text.contains("enjeux pour le");
    long axes = AXIS_WITH_STAKES.matcher(text).results().count();
    return header ? 0.9 : axes >= 2 && text.contains("enjeux") ? 0.5 : 0.0;
  }
}
