package org.schemadepartemental.core.validation;

import java.util.Objects;
import org.schemadepartemental.core.internal.Checks;

/**
 * One problem found in a plan.
 *
 * @param code a stable code naming the rule broken ({@code duplicate-fiche-number}, see {@link
 *     ProblemCodes}); tools filter and document by it
 * @param severity how serious it is
 * @param path where it is in the model
 * @param message what is wrong, in plain words, quoting the plan's text
 */
public record ValidationProblem(String code, Severity severity, ModelPath path, String message) {

  /** Checks every part is given. */
  public ValidationProblem {
    code = Checks.nonBlank(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    message = Checks.nonBlank(message, "message");
  }

  /** {@code ERROR duplicate-fiche-number at orientations[1].fiches[0]: message}. */
  @Override
  public String toString() {
    return severity + " " + code + " at " + (path.segments().isEmpty() ? "(plan)" : path) + ": " + message;
  }
}
