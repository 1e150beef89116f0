package org.schemadepartemental.indicators.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.schemadepartemental.indicators.FormulaException;

/**
 * Recursive-descent parser of formulas:
 *
 * <pre>
 * sum     = product { ("+" | "-") product }
 * product = unary { ("*" | "/") unary }
 * unary   = ("-" | "+") unary | primary
 * primary = number | id | "(" sum ")"
 * number  = digits [ ("." | ",") digits ]
 * id      = letter { letter | digit | "_" | ("." | "-") (letter | digit) }
 * </pre>
 *
 * <p>Ids may contain hyphens ({@code fa-6.i1}), so a subtraction between ids is written with
 * spaces: {@code fa-6.i1 - fa-6.i2}. Not part of the API.
 */
public final class FormulaParser {
  private final String text;
  private int pos;

  private FormulaParser(String text) {
    this.text = text;
  }

  /** Parses a formula, or throws naming the position and what was expected. */
  public static Expression parse(String text) {
    FormulaParser p = new FormulaParser(text);
    p.skipSpaces();
    if (p.pos == text.length()) {
      throw new FormulaException(text, -1, "empty formula");
    }
    Expression e = p.sum();
    p.skipSpaces();
    if (p.pos < text.length()) {
      throw new FormulaException(text, p.pos,
          "unexpected '" + text.charAt(p.pos) + "', expected an operator (+ - * /) or the end");
    }
    return e;
  }

  /**
   * The divisions of {@code expression} whose divisor refers to no indicator and is zero
   * ({@code x / 0}, {@code x / (2 - 2)}): positions of their operators.
   */
  public static List<Integer> constantZeroDivisors(Expression expression) {
    List<Integer> positions = new java.util.ArrayList<>();
    collectZeroDivisors(expression, positions);
    return positions;
  }

  private static void collectZeroDivisors(Expression e, List<Integer> into) {
    if (e instanceof Expression.Negation n) {
      collectZeroDivisors(n.operand(), into);
    } else if (e instanceof Expression.Operation op) {
      collectZeroDivisors(op.left(), into);
      collectZeroDivisors(op.right(), into);
      if (op.operator() == '/') {
        Set<String> refs = new LinkedHashSet<>();
        op.right().collectReferences(refs);
        if (refs.isEmpty()) {
          try {
            if (op.right().evaluate("", id -> Optional.empty()).signum() == 0) {
              into.add(op.position());
            }
          } catch (FormulaException nestedZero) {
            // the divisor divides by zero itself: already recorded by the recursion
          }
        }
      }
    }
  }

  private Expression sum() {
    Expression left = product();
    while (true) {
      skipSpaces();
      if (pos < text.length() && (peek() == '+' || peek() == '-')) {
        char op = peek();
        int at = pos++;
        left = new Expression.Operation(op, left, product(), at);
      } else {
        return left;
      }
    }
  }

  private Expression product() {
    Expression left = unary();
    while (true) {
      skipSpaces();
      if (pos < text.length() && (peek() == '*' || peek() == '/')) {
        char op = peek();
        int at = pos++;
        left = new Expression.Operation(op, left, unary(), at);
      } else {
        return left;
      }
    }
  }

  private Expression unary() {
    skipSpaces();
    if (pos < text.length() && peek() == '-') {
      pos++;
      return new Expression.Negation(unary());
    }
    if (pos < text.length() && peek() == '+') {
      pos++;
      return unary();
    }
    return primary();
  }

  private Expression primary() {
    skipSpaces();
    if (pos >= text.length()) {
      throw new FormulaException(text, pos, "unexpected end, expected a number, an indicator id or '('");
    }
    char c = peek();
    if (c == '(') {
      int open = pos++;
      Expression inner = sum();
      skipSpaces();
      if (pos >= text.length() || peek() != ')') {
        throw new FormulaException(text, pos, "expected ')' to close the '(' opened at position " + (open + 1));
      }
      pos++;
      return inner;
    }
    if (isDigit(c)) {
      return number();
    }
    if (Character.isLetter(c) || c == '_') {
      return reference();
    }
    throw new FormulaException(text, pos, "unexpected '" + c + "', expected a number, an indicator id or '('");
  }

  private Expression number() {
    int start = pos;
    while (pos < text.length() && isDigit(peek())) {
      pos++;
    }
    if (pos + 1 < text.length() && (peek() == '.' || peek() == ',') && isDigit(text.charAt(pos + 1))) {
      pos++;
      while (pos < text.length() && isDigit(peek())) {
        pos++;
      }
    }
    return new Expression.Constant(new BigDecimal(text.substring(start, pos).replace(',', '.')));
  }

  private Expression reference() {
    int start = pos;
    pos++;
    while (pos < text.length()) {
      char c = peek();
      if (Character.isLetterOrDigit(c) || c == '_') {
        pos++;
      } else if ((c == '.' || c == '-') && pos + 1 < text.length() && Character.isLetterOrDigit(text.charAt(pos + 1))) {
        pos += 2;
      } else {
        break;
      }
    }
    return new Expression.Reference(text.substring(start, pos), start);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private char peek() {
    return text.charAt(pos);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
