package org.schemadepartemental.indicators;

/**
 * The kind of thing a result is about: the most specific element its {@link Scope} names.
 * Territory and period are qualifiers of a scope, not levels.
 */
public enum ScopeLevel {
  /** The plan as a whole. */
  PLAN,
  /** An orientation (axe). */
  ORIENTATION,
  /** A fiche action. */
  FICHE,
  /** A sous-action of a fiche. */
  SOUS_ACTION,
  /** An indicator of a fiche. */
  INDICATOR,
  /** An actor (pilot or partner), named by its {@code Actor.key()}. */
  ACTOR
}
