package org.schemadepartemental.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * The lifecycle of a fiche: active, merged with others, replaced by a new fiche, or abandoned.
 *
 * @param status the status
 * @param related ids of the related fiches (the fiches merged with it, or its replacement)
 * @param note the explanation as printed ("3 fiches regroupées"), when given
 */
public record FicheLifecycle(FicheStatus status, List<String> related, Optional<String> note) {

  private static final FicheLifecycle ACTIVE = new FicheLifecycle(FicheStatus.ACTIVE, List.of(), Optional.empty());

  /** Copies the related ids. */
  public FicheLifecycle {
    Objects.requireNonNull(status, "status");
    related = Checks.list(related, "related");
    note = Checks.optionalText(note);
  }

  /** An active fiche. */
  public static FicheLifecycle active() {
    return ACTIVE;
  }

  /** A fiche merged with the given fiches. */
  public static FicheLifecycle mergedWith(List<String> others, String note) {
    return new FicheLifecycle(FicheStatus.MERGED, others, Optional.ofNullable(note));
  }

  /** A fiche replaced by another. */
  public static FicheLifecycle replacedBy(String replacementId, String note) {
    return new FicheLifecycle(FicheStatus.REPLACED, List.of(replacementId), Optional.ofNullable(note));
  }
}
