package org.schemadepartemental.report.internal;

import java.util.Map;
import org.schemadepartemental.indicators.ScheduleStatus;

/**
 * The French words and colours the documents give to the calculators' codes. The codes are the
 * calculators'; only their presentation is decided here.
 */
public final class Labels {
  private Labels() {}

  /** The French label of a schedule status ("en retard"). */
  public static String status(ScheduleStatus s) {
    return switch (s) {
      case NOT_YET_DUE -> "à venir";
      case SHOULD_HAVE_STARTED -> "aurait dû démarrer";
      case RUNNING -> "en cours";
      case LATE -> "en retard";
      case DONE -> "réalisé";
      case UNSCHEDULED -> "non planifié";
      case CLOSED -> "clos";
    };
  }

  /**
   * The fill colour of a status. Chosen to stay apart for the common colour-vision deficiencies
   * (blue / orange / grey families rather than red against green alone) and always paired with
   * the status written in text.
   */
  public static String colour(ScheduleStatus s) {
    return switch (s) {
      case NOT_YET_DUE -> "#9fb3c8";
      case SHOULD_HAVE_STARTED -> "#e69f00";
      case RUNNING -> "#0072b2";
      case LATE -> "#c0392b";
      case DONE -> "#009e73";
      case UNSCHEDULED -> "#d0d0d0";
      case CLOSED -> "#6b6b6b";
    };
  }

  /** The CSS class suffix of a status ({@code late}). */
  public static String css(ScheduleStatus s) {
    return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static final Map<String, String> COVERAGE = Map.of(
      "NO_INDICATOR", "aucun indicateur",
      "NO_OUTPUT", "aucun indicateur de réalisation",
      "NO_OUTCOME", "aucun indicateur d'impact",
      "COMPLETE", "indicateurs de réalisation et d'impact");

  /** The French label of a coverage code of the {@code indicator-coverage} calculator. */
  public static String coverage(String code) {
    return COVERAGE.getOrDefault(code, code);
  }

  private static final Map<String, String> DIRECTION = Map.of(
      "FAVOURABLE", "favorable",
      "UNFAVOURABLE", "défavorable",
      "STABLE", "stable",
      "NO_DIRECTION", "sans sens attendu");

  /** The French label of a trend direction code of the {@code trends} calculator. */
  public static String direction(String code) {
    return DIRECTION.getOrDefault(code, code);
  }

  /** The French name of a validation severity. */
  public static String severity(org.schemadepartemental.core.validation.Severity s) {
    return switch (s) {
      case ERROR -> "erreur";
      case WARNING -> "avertissement";
      case INFO -> "remarque";
    };
  }
}
