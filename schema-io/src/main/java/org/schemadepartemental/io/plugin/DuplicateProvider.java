package org.schemadepartemental.io.plugin;

import java.util.Objects;

/**
 * Two providers that declared the same id. The one with the higher priority is kept; on equal
 * priorities ({@link #tie()}) a strict registry fails, a lenient one keeps a deterministic pick
 * (manual registration first, then class name, then origin).
 *
 * @param id the shared id
 * @param keptClass the class of the provider kept
 * @param keptPriority its priority
 * @param keptOrigin where it came from
 * @param discardedClass the class of the provider left out
 * @param discardedPriority its priority
 * @param discardedOrigin where it came from
 */
public record DuplicateProvider(
    String id,
    String keptClass,
    int keptPriority,
    ProviderOrigin keptOrigin,
    String discardedClass,
    int discardedPriority,
    ProviderOrigin discardedOrigin) {

  /** Checks the fields. */
  public DuplicateProvider {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(keptClass, "keptClass");
    Objects.requireNonNull(keptOrigin, "keptOrigin");
    Objects.requireNonNull(discardedClass, "discardedClass");
    Objects.requireNonNull(discardedOrigin, "discardedOrigin");
  }

  /** Whether both had the same priority, so that neither was clearly meant to win. */
  public boolean tie() {
    return keptPriority == discardedPriority;
  }

  /** One line naming both classes, their priorities and origins. */
  @Override
  public String toString() {
    return "duplicate id '" + id + "': kept " + keptClass + " (priority " + keptPriority + ", " + keptOrigin
        + "), left out " + discardedClass + " (priority " + discardedPriority + ", " + discardedOrigin + ")"
        + (tie() ? " [equal priorities]" : "");
  }
}
