package org.schemadepartemental.indicators.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Argument checks and decimal arithmetic shared by the module. Not part of the API. */
public final class Values {
  /** The precision of every intermediate division: 16 significant digits. */
  public static final MathContext PRECISION = MathContext.DECIMAL64;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Values() {}

  /** Returns {@code value} trimmed, or throws naming {@code what} when it is null or blank. */
  public static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return trimmed;
  }

  /** A null optional becomes empty; a blank string becomes empty; text is trimmed. */
  public static Optional<String> optionalText(Optional<String> value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    String s = text.strip(); // the text itself when there is nothing to strip
    if (s.isEmpty()) {
      return Optional.empty();
    }
    return s == text ? value : Optional.of(s); // kept, not wrapped again: every scope of every result comes here
  }

  /** An immutable copy that refuses nulls. */
  public static <T> List<T> list(Collection<? extends T> values, String what) {
    Objects.requireNonNull(values, what);
    return List.copyOf(values);
  }

  /** Trailing zeros stripped without going to an exponent: {@code 2.50} → 2.5, 2100 stays 2100. */
  public static BigDecimal normalize(BigDecimal value) {
    if (value.scale() == 0) {
      return value; // a whole number is already in this form: no copy for every value computed
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Rounded to {@code scale} decimals (half up); not normalised, as every rounded value goes to
   * {@code ResultValue.decimal} or {@link #plain}, which normalise it: once is enough.
   */
  public static BigDecimal round(BigDecimal value, int scale) {
    return value.scale() <= scale ? value : value.setScale(scale, RoundingMode.HALF_UP);
  }

  /** {@code numerator / denominator}, at {@link #PRECISION}; the denominator must not be zero. */
  public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, PRECISION);
  }

  /** {@code 100 × part / whole}. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return divide(part.multiply(HUNDRED), whole);
  }

  /**
   * {@code numerator / denominator} rounded half up to {@code scale} decimals: always what {@code
   * round(divide(numerator, denominator), scale)} gives, which divides at 16 significant digits
   * and then rounds, but dividing once at the scale it rounds to whenever that cannot differ.
   *
   * <p>The two can only differ when the quotient lies less than half a 16th-digit unit below a
   * rounding midpoint ({@code …x5}): rounding to 16 digits lands on the midpoint, which then
   * rounds up. A quotient of integers with denominator {@code D} that is not a midpoint lies at
   * least {@code 1 / (2 × 10^scale × D)} from it, so with {@code 10^scale × D × 10^(E − 15) < 1}
   * ({@code E} the quotient's exponent) the 16-digit rounding never reaches a midpoint it was
   * not on. Otherwise, or when unsure, the two-step division is used.
   */
  public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int scale) {
    BigDecimal direct = numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    // Digits of the denominator of numerator / denominator as a fraction of integers.
    int denominatorDigits = denominator.precision() + Math.max(numerator.scale(), 0) + Math.max(-denominator.scale(), 0);
    // At least the exponent of the quotient, which is less than its number of integer digits.
    int exponent = Math.max(direct.precision() - direct.scale(), 0);
    if (scale >= 0 && scale + denominatorDigits + exponent <= 15) {
      return direct;
    }
    return round(divide(numerator, denominator), scale);
  }

  /**
   * {@code 100 × part / whole} rounded half up to {@code scale} decimals, as {@link
   * #divide(BigDecimal, BigDecimal, int)} does.
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole, int scale) {
    return divide(part.scaleByPowerOfTen(2), whole, scale); // the same value as × 100, without multiplying
  }

  /** The value clamped to 0..100. */
  public static BigDecimal clampPercent(BigDecimal value) {
    if (value.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return value.compareTo(HUNDRED) > 0 ? HUNDRED : value;
  }

  /** One hundred. */
  public static BigDecimal hundred() {
    return HUNDRED;
  }

  /** The plain text of a decimal ({@code 62.5}, {@code 100}), never in exponent form. */
  public static String plain(BigDecimal value) {
    return normalize(value).toPlainString();
  }
}
