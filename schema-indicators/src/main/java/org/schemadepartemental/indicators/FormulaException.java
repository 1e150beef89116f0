package org.schemadepartemental.indicators;

/**
 * A formula that cannot be read (syntax), or cannot be evaluated (a division by zero, an operand
 * with no value), with the position in the formula's text.
 */
public class FormulaException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  private final String formula;
  private final int position;

  /**
   * An exception about a formula.
   *
   * @param formula the formula's text
   * @param position 0-based position of the offending character or operator, -1 when none applies
   * @param message what is wrong, and what was expected when that helps
   */
  public FormulaException(String formula, int position, String message) {
    super(message + (position >= 0 ? " at position " + (position + 1) + " of '" + formula + "'" : " in '" + formula + "'"));
    this.formula = formula;
    this.position = position;
  }

  /** The formula's text. */
  public String formula() {
    return formula;
  }

  /** 0-based position of the problem in the text, -1 when none applies. */
  public int position() {
    return position;
  }
}
