package org.schemadepartemental.indicators;

import java.util.Objects;

/**
 * A formula of a plan that is wrong: it cannot be read, refers to an unknown indicator, refers
 * to itself through other formulas, or divides by a constant zero.
 *
 * @param indicatorId the indicator whose formula it is
 * @param formula the formula's text
 * @param position 0-based position of the problem in the text, -1 when none applies
 * @param message what is wrong, and what was expected when that helps
 * @since 0.1
 */
public record FormulaProblem(String indicatorId, String formula, int position, String message) {

  /** Checks the fields. */
  public FormulaProblem {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(message, "message");
  }

  /** {@code fa-6.i3: unknown indicator fa-6.i9 at position 11 of 'fa-6.i1 / fa-6.i9'}. */
  @Override
  public String toString() {
    return indicatorId + ": " + message;
  }
}
