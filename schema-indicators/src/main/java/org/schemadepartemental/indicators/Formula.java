package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.schemadepartemental.indicators.internal.Expression;
import org.schemadepartemental.indicators.internal.FormulaParser;

/**
 * An indicator defined as an expression over other indicators ({@code Indicator.formula()}):
 * numbers, indicator ids, {@code + - * /} and parentheses, with the usual precedence.
 * {@code fa-6.i1 / fa-6.i2 * 100}, {@code (fa-4.i1 + fa-4.i2) / 2}. Ids may contain hyphens, so a
 * subtraction between ids is written with spaces ({@code fa-6.i1 - fa-6.i2}). A decimal comma is
 * accepted ({@code 0,5}).
 *
 * <p>{@link Formulas#validate} checks every formula of a plan when it is loaded.
 *
 * @since 0.1
 */
public final class Formula {
  private final String text;
  private final Expression expression;
  private final Set<String> references;

  private Formula(String text, Expression expression) {
    this.text = text;
    this.expression = expression;
    Set<String> refs = new LinkedHashSet<>();
    expression.collectReferences(refs);
    this.references = Collections.unmodifiableSet(refs);
  }

  /**
   * Reads a formula.
   *
   * @throws FormulaException naming the position and what was expected, when it cannot be read
   */
  public static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Formula(text, FormulaParser.parse(text));
  }

  /** The text as given. */
  public String text() {
    return text;
  }

  /** The indicator ids it refers to, in order of first appearance. */
  public Set<String> references() {
    return references;
  }

  /**
   * The value, given the operands' values.
   *
   * @param operands the value of each referenced id, empty when it has none
   * @throws FormulaException on a division by zero or an operand with no value, naming the position
   */
  public BigDecimal evaluate(Function<String, Optional<BigDecimal>> operands) {
    return expression.evaluate(text, operands);
  }

  /** Package access for {@link Formulas}. */
  Expression expression() {
    return expression;
  }

  /** Same text, same formula. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Formula f && f.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
