package org.schemadepartemental.core;

/** What kind of statement a plan's calendar text makes. */
public enum CalendarForm {
  /** No calendar was given (empty text). */
  NONE,
  /** A single period, possibly qualified: "2019", "1er semestre 2013", "début juin 2013". */
  POINT,
  /** A range of periods: "2019-2020", "de 2019 à 2021". */
  RANGE,
  /** A start with no end, running to the end of the plan: "Démarrage en 2019". */
  FROM,
  /** A deadline with no start: "d'ici fin 2020", "avant 2021". */
  UNTIL,
  /** A semester grid with marked cells (2018 S1 … 2021 S2). */
  GRID,
  /** "A définir": a known state, no dates. */
  TO_BE_DEFINED,
  /** "En cours": a known state, no dates. */
  IN_PROGRESS,
  /** Text that could not be given a meaning; kept as written. */
  UNPARSED
}
