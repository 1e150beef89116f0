package org.schemadepartemental.indicators;

import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.indicators.internal.Values;

/**
 * What a result is about: the plan, and as far as they apply the orientation, fiche,
 * sous-action, indicator or actor, qualified by a territory and a period. Every id is the
 * model's own ({@code Orientation.code()}, {@code Fiche.id()}, {@code SousAction.id()},
 * {@code Indicator.id()}, {@code Actor.key()}), so a result can be joined back to the plan.
 *
 * <p>Scopes are built from the plan down: {@code Scope.plan("orne-2017-2021").orientation("3")
 * .fiche("fa-10").sousAction("fa-10.sa1")}. {@code org.schemadepartemental.indicators.support.PlanIndex}
 * builds them from model elements.
 *
 * @param level the most specific element named
 * @param planId the plan's id
 * @param orientation the orientation's code, when the result is about it or something in it
 * @param fiche the fiche's id, when the result is about it or something in it
 * @param sousAction the sous-action's id
 * @param indicator the indicator's id
 * @param actor the actor's key
 * @param territory the territory the result is restricted to, when it is
 * @param period the period the result is for, when it is
 */
public record Scope(
    ScopeLevel level,
    String planId,
    Optional<String> orientation,
    Optional<String> fiche,
    Optional<String> sousAction,
    Optional<String> indicator,
    Optional<String> actor,
    Optional<String> territory,
    Optional<CalendarPeriod> period) {

  /** Checks that the ids the level needs are present. */
  public Scope {
    Objects.requireNonNull(level, "level");
    planId = Values.nonBlank(planId, "planId");
    orientation = Values.optionalText(orientation);
    fiche = Values.optionalText(fiche);
    sousAction = Values.optionalText(sousAction);
    indicator = Values.optionalText(indicator);
    actor = Values.optionalText(actor);
    territory = Values.optionalText(territory);
    period = period == null ? Optional.empty() : period;
    Optional<String> needed = switch (level) {
      case PLAN -> Optional.of(planId);
      case ORIENTATION -> orientation;
      case FICHE -> fiche;
      case SOUS_ACTION -> sousAction;
      case INDICATOR -> indicator;
      case ACTOR -> actor;
    };
    if (needed.isEmpty()) {
      throw new IllegalArgumentException("a scope of level " + level + " needs its id");
    }
  }

  /** The whole plan. */
  public static Scope plan(String planId) {
    return new Scope(ScopeLevel.PLAN, planId, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An orientation of this plan. */
  public Scope orientation(String code) {
    return new Scope(ScopeLevel.ORIENTATION, planId, Optional.of(code), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), territory, period);
  }

  /** A fiche of this scope's orientation (or of the plan, when the orientation is unknown). */
  public Scope fiche(String ficheId) {
    return new Scope(ScopeLevel.FICHE, planId, orientation, Optional.of(ficheId), Optional.empty(),
        Optional.empty(), Optional.empty(), territory, period);
  }

  /** A sous-action of this scope's fiche. */
  public Scope sousAction(String sousActionId) {
    return new Scope(ScopeLevel.SOUS_ACTION, planId, orientation, fiche, Optional.of(sousActionId),
        Optional.empty(), Optional.empty(), territory, period);
  }

  /** An indicator of this scope's fiche. */
  public Scope indicator(String indicatorId) {
    return new Scope(ScopeLevel.INDICATOR, planId, orientation, fiche, Optional.empty(),
        Optional.of(indicatorId), Optional.empty(), territory, period);
  }

  /** An actor of the plan, by its key. */
  public Scope actor(String actorKey) {
    return new Scope(ScopeLevel.ACTOR, planId, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(actorKey), territory, period);
  }

  /** The same scope restricted to a territory (or to none, with {@code null}). */
  public Scope withTerritory(String newTerritory) {
    return new Scope(level, planId, orientation, fiche, sousAction, indicator, actor,
        Optional.ofNullable(newTerritory), period);
  }

  /** The same scope for a period (or for none, with {@code null}). */
  public Scope withPeriod(CalendarPeriod newPeriod) {
    return new Scope(level, planId, orientation, fiche, sousAction, indicator, actor, territory,
        Optional.ofNullable(newPeriod));
  }

  /** The id of the element the level names ({@code fa-10.sa1} for a sous-action, the plan id for the plan). */
  public String subjectId() {
    return switch (level) {
      case PLAN -> planId;
      case ORIENTATION -> orientation.orElseThrow();
      case FICHE -> fiche.orElseThrow();
      case SOUS_ACTION -> sousAction.orElseThrow();
      case INDICATOR -> indicator.orElseThrow();
      case ACTOR -> actor.orElseThrow();
    };
  }

  /** {@code fiche fa-10 [Alençon] 2019-S1}: level, subject, then the qualifiers. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(level.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
        .append(subjectId());
    territory.ifPresent(t -> sb.append(" [").append(t).append(']'));
    period.ifPresent(p -> sb.append(' ').append(p));
    return sb.toString();
  }
}
