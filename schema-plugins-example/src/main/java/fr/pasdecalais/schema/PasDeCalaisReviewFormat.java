package fr.pasdecalais.schema;

import java.util.regex.Pattern;
import org.schemadepartemental.io.spi.support.DocumentFormatProvider;
import org.schemadepartemental.io.spi.support.TextDocument;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * The Pas-de-Calais review of its child and family plan, as extracted to text: format id
 * {@code pas-de-calais-review}. Recognised from what the document says: territorial follow-up
 * committees, working groups with their pilotage and deadline, the "Maisons du Département
 * Solidarité", "Point bilan sur la fiche action", "Cahier N°5 - Page" references, "Perspectives".
 */
public final class PasDeCalaisReviewFormat extends DocumentFormatProvider {

  /** The format id. */
  public static final String ID = "pas-de-calais-review";

  private static final Pattern[] MARKS = {
    Pattern.compile("comites? (?:de suivi )?territoria"),
    Pattern.compile("groupes? de travail.{0,400}?pilotage"),
    Pattern.compile("maisons? du departement solidarite"),
    Pattern.compile("point bilan (?:sur|de) la fiche"),
    Pattern.compile("cahier n ?°? ?\\d+ ?[-–] ?pages? \\d"),
    Pattern.compile("perspectives (?:19|20)\\d\\d"),
  };

  /** The provider, as {@link java.util.ServiceLoader} creates it. */
  public PasDeCalaisReviewFormat() {
    super(ID, "Pas-de-Calais review of its plan (bilan): territorial committees and working groups, fiche reviews",
        new PasDeCalaisReviewReader());
  }

  /** A quarter per mark of the layout found in the first kilobytes, up to 0.95. */
  @Override
  protected double sniff(TextDocument head) {
    String text = TextFolding.fold(head.text().replace('\t', ' '));
    int found = 0;
    for (Pattern mark : MARKS) {
      if (mark.matcher(text).find()) {
        found++;
      }
    }
    return found < 2 ? 0.0 : Math.min(0.95, 0.25 * found);
  }
}
