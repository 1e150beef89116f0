package org.schemadepartemental.core;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statuses reviews may use: the standard ones (planned, in progress, done, late, paused,
 * blocked, abandoned, merged, replaced, attained, partially attained, not attained) and any a
 * plan adds.
 *
 * @param statuses the statuses, codes unique
 */
public record StatusVocabulary(List<ReviewStatus> statuses) {

  /** Code of the "prévu" status. */
  public static final String PLANNED = "planned";
  /** Code of the "en cours" status. */
  public static final String IN_PROGRESS = "in-progress";
  /** Code of the "réalisé" status. */
  public static final String DONE = "done";
  /** Code of the "en retard" status. */
  public static final String LATE = "late";
  /** Code of the "suspendu" status. */
  public static final String PAUSED = "paused";
  /** Code of the "bloqué" status. */
  public static final String BLOCKED = "blocked";
  /** Code of the "abandonné" status. */
  public static final String ABANDONED = "abandoned";
  /** Code of the "fusionné" status. */
  public static final String MERGED = "merged";
  /** Code of the "remplacé" status. */
  public static final String REPLACED = "replaced";
  /** Code of the "atteint" status. */
  public static final String ATTAINED = "attained";
  /** Code of the "partiellement atteint" status. */
  public static final String PARTIALLY_ATTAINED = "partially-attained";
  /** Code of the "non atteint" status. */
  public static final String NOT_ATTAINED = "not-attained";

  private static final StatusVocabulary STANDARD = new StatusVocabulary(List.of(
      status(PLANNED, "Prévu", List.of("A venir", "Non démarré", "Pas commencé"), StatusCategory.NOT_STARTED, 0),
      status(IN_PROGRESS, "En cours", List.of("Engagé", "Démarré", "En cours de réalisation"), StatusCategory.ACTIVE, 50),
      status(DONE, "Réalisé", List.of("Terminé", "Fait", "Achevé", "Mis en œuvre"), StatusCategory.DONE, 100),
      status(LATE, "En retard", List.of("Retardé"), StatusCategory.ACTIVE, 25),
      status(PAUSED, "Suspendu", List.of("En attente", "En pause"), StatusCategory.ACTIVE, -1),
      status(BLOCKED, "Bloqué", List.of(), StatusCategory.ACTIVE, -1),
      status(ABANDONED, "Abandonné", List.of("Annulé"), StatusCategory.CLOSED, -1),
      status(MERGED, "Fusionné", List.of("Regroupé", "Fiches regroupées"), StatusCategory.CLOSED, -1),
      status(REPLACED, "Remplacé", List.of("Nouvelle fiche", "Réécrit"), StatusCategory.CLOSED, -1),
      status(ATTAINED, "Atteint", List.of("Objectif atteint"), StatusCategory.ATTAINMENT, 100),
      status(PARTIALLY_ATTAINED, "Partiellement atteint", List.of("Objectif partiellement atteint"),
          StatusCategory.ATTAINMENT, 50),
      status(NOT_ATTAINED, "Non atteint", List.of("Objectif non atteint"), StatusCategory.ATTAINMENT, 0)));

  /** Checks that codes are unique. */
  public StatusVocabulary {
    statuses = ImmutableList.copyOf(statuses);
    Map<String, ReviewStatus> seen = new LinkedHashMap<>();
    for (ReviewStatus s : statuses) {
      if (seen.put(s.code(), s) != null) {
        throw new IllegalArgumentException("duplicate status code: " + s.code());
      }
    }
  }

  private static ReviewStatus status(String code, String label, List<String> aliases, StatusCategory category, int pct) {
    return new ReviewStatus(code, label, aliases, category,
        pct < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(pct)));
  }

  /** The standard vocabulary. */
  public static StatusVocabulary standard() {
    return STANDARD;
  }

  /** The status with this code. */
  public Optional<ReviewStatus> byCode(String code) {
    return statuses.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * The status whose code, label or alias matches the text, ignoring case, accents and
   * punctuation ("réalisé", "REALISE", "Réalisé." all match {@code done}).
   */
  public Optional<ReviewStatus> match(String text) {
    String key = Actor.normalizeKey(text);
    for (ReviewStatus s : statuses) {
      if (Actor.normalizeKey(s.code()).equals(key) || Actor.normalizeKey(s.label()).equals(key)
          || s.aliases().stream().anyMatch(a -> Actor.normalizeKey(a).equals(key))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** This vocabulary with more statuses; a status with an existing code replaces it. */
  public StatusVocabulary extendedWith(List<ReviewStatus> more) {
    Map<String, ReviewStatus> map = new LinkedHashMap<>();
    for (ReviewStatus s : statuses) {
      map.put(s.code(), s);
    }
    for (ReviewStatus s : more) {
      map.put(s.code(), s);
    }
    return new StatusVocabulary(new ArrayList<>(map.values()));
  }
}
