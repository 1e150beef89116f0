package org.schemadepartemental.core.validation;

/**
 * A check of a plan. Implementations are stateless and thread-safe; they report every problem
 * they find through {@link ValidationContext#report} and never stop at the first. A rule that
 * throws does not stop the validation: {@link SchemaValidator} turns the failure into a {@code
 * rule-failed} problem and goes on.
 *
 * @since 0.1.0
 */
public interface ValidationRule {

  /** A stable, unique name for the rule ({@code duplicate-ids}), used to replace or remove it. */
  String id();

  /** Checks the plan in {@code context} and reports what is wrong. */
  void check(ValidationContext context);
}
