package org.schemadepartemental.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemadepartemental.core.Schema;

/**
 * Checks a plan and returns every problem at once, never stopping at the first and never
 * throwing: a rule that fails is itself reported as a {@code rule-failed} problem.
 *
 * <p>Immutable and thread-safe. {@link #standard()} runs the {@link StandardRule}s; {@link
 * #withRule}, {@link #withoutRule} and {@link #of} make validators with other rules.
 *
 * <pre>{@code
 * ValidationReport report = SchemaValidator.standard().validate(plan);
 * if (report.hasErrors()) { report.problems().forEach(System.out::println); }
 * }</pre>
 */
public final class SchemaValidator {

  private static final SchemaValidator STANDARD = new SchemaValidator(List.of(StandardRule.values()));

  private final ImmutableList<ValidationRule> rules;

  private SchemaValidator(List<? extends ValidationRule> rules) {
    Set<String> ids = new HashSet<>();
    for (ValidationRule rule : rules) {
      Objects.requireNonNull(rule, "rule");
      String id = Objects.requireNonNull(rule.id(), () -> "id() of " + rule.getClass().getName());
      if (id.isBlank()) {
        throw new IllegalArgumentException("rule " + rule.getClass().getName() + " has a blank id");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException("two rules have the id '" + id + "'");
      }
    }
    this.rules = ImmutableList.copyOf(rules);
  }

  /** The validator with the standard rules. */
  public static SchemaValidator standard() {
    return STANDARD;
  }

  /**
   * A validator running exactly these rules, in this order.
   *
   * @throws IllegalArgumentException when two rules have the same id or one has a blank id
   */
  public static SchemaValidator of(List<? extends ValidationRule> rules) {
    return new SchemaValidator(rules);
  }

  /** This validator with one more rule, run last; a rule with the same id is replaced in place. */
  public SchemaValidator withRule(ValidationRule rule) {
    List<ValidationRule> more = new ArrayList<>(rules);
    for (int i = 0; i < more.size(); i++) {
      if (more.get(i).id().equals(rule.id())) {
        more.set(i, rule);
        return new SchemaValidator(more);
      }
    }
    more.add(rule);
    return new SchemaValidator(more);
  }

  /** This validator without the rule of this id (unchanged when there is none). */
  public SchemaValidator withoutRule(String ruleId) {
    return new SchemaValidator(rules.stream().filter(r -> !r.id().equals(ruleId)).toList());
  }

  /** The rules, in the order they run. */
  public List<ValidationRule> rules() {
    return rules;
  }

  /** Runs every rule over the plan and returns everything they found. */
  public ValidationReport validate(Schema schema) {
    Objects.requireNonNull(schema, "schema");
    ValidationContext context = new ValidationContext(schema);
    for (ValidationRule rule : rules) {
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError e) {
        context.report(ProblemCodes.RULE_FAILED, Severity.ERROR, ModelPath.root(),
            "The rule '" + rule.id() + "' failed and its checks are missing from this report: " + e);
      }
    }
    return new ValidationReport(context.problems());
  }
}
