package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.schemadepartemental.indicators.internal.Values;

/**
 * The decimal arithmetic of {@code Values} that the rewrite changed, as it was at 682d0a3, for the
 * former calculators kept as oracles: rounding that normalises, and every division at 16 digits.
 * What it did not change (normalising, clamping, plain text) the former calculators take from
 * {@link Values} itself.
 */
public final class FormerValues {
  /** The precision of every intermediate division: 16 significant digits. */
  public static final MathContext PRECISION = MathContext.DECIMAL64;

  private FormerValues() {}

  /** Rounded to {@code scale} decimals (half up), then normalised. */
  public static BigDecimal round(BigDecimal value, int scale) {
    return Values.normalize(value.setScale(scale, RoundingMode.HALF_UP));
  }

  /** {@code numerator / denominator}, at {@link #PRECISION}; the denominator must not be zero. */
  public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, PRECISION);
  }

  /** {@code 100 × part / whole}. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return divide(part.multiply(Values.hundred()), whole);
  }
}
