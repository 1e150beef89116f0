package org.schemadepartemental.core;

import java.util.List;
import java.util.Objects;
import org.schemadepartemental.core.internal.Checks;

/**
 * The review of a previous plan's axes for this one: "Axe du précédent schéma / Enjeux pour le
 * prochain schéma".
 *
 * @param previousPlan the plan reviewed
 * @param axes its axes with their stakes
 */
public record Lineage(PlanReference previousPlan, List<LineageAxis> axes) {

  /** Checks and copies. */
  public Lineage {
    Objects.requireNonNull(previousPlan, "previousPlan");
    axes = Checks.list(axes, "axes");
  }

  /** The number of stakes over all axes. */
  public int stakeCount() {
    return axes.stream().mapToInt(a -> a.stakes().size()).sum();
  }
}
