package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A status a review can give a fiche or sous-action, with the progress it implies by default.
 * {@link StatusVocabulary#standard()} has the built-in ones; a plan can add its own.
 *
 * @param code a stable code ({@code done}, {@code in-progress}, {@code partially-attained})
 * @param label the French label ("Réalisé")
 * @param aliases other labels documents use for it, matched ignoring case and accents
 * @param category its family
 * @param defaultProgress the progress percentage (0-100) it implies when none is recorded;
 *     empty when it implies none (blocked, paused: the percentage must be recorded)
 */
public record ReviewStatus(
    String code, String label, List<String> aliases, StatusCategory category, Optional<BigDecimal> defaultProgress) {

  /** Checks the code and the percentage range. */
  public ReviewStatus {
    code = Checks.nonBlank(code, "code");
    label = Checks.nonBlank(label, "label");
    aliases = Checks.list(aliases, "aliases");
    Objects.requireNonNull(category, "category");
    defaultProgress = Checks.normalize(defaultProgress);
    defaultProgress.ifPresent(p -> {
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("default progress must be within 0..100: " + p);
      }
    });
  }
}
