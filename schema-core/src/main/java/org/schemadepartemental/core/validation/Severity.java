package org.schemadepartemental.core.validation;

/** How serious a {@link ValidationProblem} is. */
public enum Severity {
  /**
   * The model contradicts itself: a duplicate id, a pointer to nothing. Tools that follow ids
   * (reviews, dashboards, indicator calculators) will go wrong.
   */
  ERROR,
  /** The plan's content looks wrong (a calendar outside the plan period): check the document. */
  WARNING,
  /** Something worth knowing, often a gap in the document (no pilot, an unreadable calendar). */
  INFO
}
