package org.schemadepartemental.core;

/** Where a fiche stands in its life across the plan and its reviews. */
public enum FicheStatus {
  /** The fiche is part of the plan. */
  ACTIVE,
  /** Merged with other fiches ("3 fiches regroupées"): the related fiches are its companions. */
  MERGED,
  /** Replaced by a new fiche ("Nouvelle fiche"): the related fiche is the replacement. */
  REPLACED,
  /** Given up. */
  ABANDONED
}
