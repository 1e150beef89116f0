package org.schemadepartemental.io.spi.support;

import java.util.Optional;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.MeasureType;

/**
 * Reads what an indicator's label says about it: output or outcome (from the heading it is
 * listed under), what kind of value it takes, and which way it should move. Stateless.
 */
public final class IndicatorTexts {
  private static final Pattern PERCENTAGE = Pattern.compile("^(pourcentage|taux|part|proportion)\\b|%");
  private static final Pattern RATIO = Pattern.compile("\\S\\s*/\\s*(nombre|nb)\\b|\\bratio\\b|\\brapporte");
  private static final Pattern COUNT = Pattern.compile("\\b(nombre|nb)\\b");
  private static final Pattern MILESTONE = Pattern.compile(
      "^(realisation|elaboration|mise en place|mise en oeuvre|existence|creation|signature|adoption|organisation"
          + "|tenue|installation|redaction|formalisation|recensement|partage effectif|diffusion|etude finalisee"
          + "|perennisation|lancement|definition|deploiement|actualisation|evaluation|construction|instance)\\b");
  private static final Pattern DECREASE = Pattern.compile(
      "\\b(diminution|diminuer|baisse|reduction|reduire|raccourci\\w*|moins|limite[rs]?|eviter)\\b");
  private static final Pattern INCREASE = Pattern.compile(
      "\\b(augmentation|augmenter|hausse|accroissement|accroitre|developpement|renforcement|amelioration|ameliorer"
          + "|doubler|intensifier|meilleure?|progression)\\b");
  private static final Pattern OUTPUT_HEADING = Pattern.compile("(indicateurs? )?(de )?(realisation|suivi|activite|moyens?)( .*)?");
  private static final Pattern OUTCOME_HEADING = Pattern.compile(
      "(indicateurs? )?(d |de )?(impact|resultats?|effets?|efficacite)( .*)?");

  private IndicatorTexts() {}

  /** The kind announced by a heading: "Réalisation" → output; "Impact", "Résultat" → outcome. */
  public static Optional<IndicatorKind> kindOfHeading(String heading) {
    String f = TextFolding.foldWords(heading);
    if (OUTPUT_HEADING.matcher(f).matches()) {
      return Optional.of(IndicatorKind.OUTPUT);
    }
    if (OUTCOME_HEADING.matcher(f).matches()) {
      return Optional.of(IndicatorKind.OUTCOME);
    }
    return Optional.empty();
  }

  /** What kind of value the label describes. */
  public static MeasureType measureType(String label) {
    String f = TextFolding.fold(label);
    if (PERCENTAGE.matcher(f).find()) {
      return MeasureType.PERCENTAGE;
    }
    if (RATIO.matcher(f).find()) {
      return MeasureType.RATIO;
    }
    if (COUNT.matcher(f).find()) {
      return MeasureType.COUNT;
    }
    if (MILESTONE.matcher(f).find()) {
      return MeasureType.MILESTONE;
    }
    return MeasureType.QUALITATIVE;
  }

  /** Which way the label says the value should move; none for a milestone. */
  public static Direction direction(String label) {
    String f = TextFolding.fold(label);
    if (f.contains("objectif : baisse") || f.contains("objectif: baisse") || DECREASE.matcher(f).find()) {
      return Direction.DECREASE;
    }
    if (INCREASE.matcher(f).find() && measureType(label) != MeasureType.MILESTONE) {
      return Direction.INCREASE;
    }
    return Direction.NONE;
  }
}
