package org.schemadepartemental.indicators.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.schemadepartemental.indicators.FormulaException;

/** A parsed formula: constants, indicator references and the four operations. Not part of the API. */
public sealed interface Expression {

  /**
   * The value, with the operands' values given by {@code operands}.
   *
   * @throws FormulaException on a division by zero or an operand with no value
   */
  BigDecimal evaluate(String text, Function<String, Optional<BigDecimal>> operands);

  /** Adds the ids this expression refers to, in order of appearance. */
  void collectReferences(Set<String> into);

  /** A number written in the formula. */
  record Constant(BigDecimal value) implements Expression {
    @Override
    public BigDecimal evaluate(String text, Function<String, Optional<BigDecimal>> operands) {
      return value;
    }

    @Override
    public void collectReferences(Set<String> into) {
      // a constant refers to nothing
    }
  }

  /** An indicator id. */
  record Reference(String id, int position) implements Expression {
    @Override
    public BigDecimal evaluate(String text, Function<String, Optional<BigDecimal>> operands) {
      return operands.apply(id).orElseThrow(() -> new FormulaException(text, position, "no value for " + id));
    }

    @Override
    public void collectReferences(Set<String> into) {
      into.add(id);
    }
  }

  /** A unary minus. */
  record Negation(Expression operand) implements Expression {
    @Override
    public BigDecimal evaluate(String text, Function<String, Optional<BigDecimal>> operands) {
      return operand.evaluate(text, operands).negate();
    }

    @Override
    public void collectReferences(Set<String> into) {
      operand.collectReferences(into);
    }
  }

  /** {@code left op right} with op one of {@code + - * /}. */
  record Operation(char operator, Expression left, Expression right, int position) implements Expression {
    @Override
    public BigDecimal evaluate(String text, Function<String, Optional<BigDecimal>> operands) {
      BigDecimal l = left.evaluate(text, operands);
      BigDecimal r = right.evaluate(text, operands);
      return switch (operator) {
        case '+' -> l.add(r);
        case '-' -> l.subtract(r);
        case '*' -> l.multiply(r);
        case '/' -> {
          if (r.signum() == 0) {
            throw new FormulaException(text, position, "division by zero");
          }
          yield Values.divide(l, r);
        }
        default -> throw new IllegalStateException("operator " + operator);
      };
    }

    @Override
    public void collectReferences(Set<String> into) {
      left.collectReferences(into);
      right.collectReferences(into);
    }
  }
}
