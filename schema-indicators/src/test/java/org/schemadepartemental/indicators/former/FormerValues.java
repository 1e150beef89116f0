package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The decimal arithmetic of {@code Values} as it was at 682d0a3, for the former calculators kept as oracles. */
public final class FormerValues {
  /** The precision of every intermediate division: 16 significant digits. */
  public static final MathContext PRECISION = MathContext.DECIMAL64;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FormerValues() {}

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
    String s = value.get().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
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

  /** Rounded to {@code scale} decimals (half up), then normalised. */
  public static BigDecimal round(BigDecimal value, int scale) {
    return normalize(value.setScale(scale, RoundingMode.HALF_UP));
  }

  /** {@code numerator / denominator}, at {@link #PRECISION}; the denominator must not be zero. */
  public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, PRECISION);
  }

  /** {@code 100 × part / whole}. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return divide(part.multiply(HUNDRED), whole);
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
