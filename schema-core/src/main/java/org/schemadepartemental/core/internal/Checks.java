package org.schemadepartemental.core.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** Argument checks shared by the model's compact constructors. Not part of the API. */
public final class Checks {
  private Checks() {}

  /** Returns {@code value} trimmed, or throws naming {@code what} when it is null or blank. */
  public static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return trimmed;
  }

  /** Returns {@code value}, or the empty string when null; never trims (original text is kept). */
  public static String text(String value) {
    return value == null ? "" : value;
  }

  /** An immutable copy; no copy is made when the collection is already an {@link ImmutableList}. */
  public static <T> ImmutableList<T> list(Collection<? extends T> values, String what) {
    Objects.requireNonNull(values, what);
    return ImmutableList.copyOf(values);
  }

  /**
   * Null-safe optional: a null optional becomes empty; a blank string becomes empty. A text
   * without surrounding blanks keeps its optional: no second one per field of every object read.
   */
  public static Optional<String> optionalText(Optional<String> value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    return s == text ? value : Optional.of(s);
  }

  /** Null-safe optional. */
  public static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /**
   * Canonical form of a decimal so that equal quantities compare equal: trailing zeros are
   * stripped ({@code 2.50} → {@code 2.5}) without going to an exponent ({@code 2100} stays 2100).
   */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (value.scale() == 0) {
      return value; // already canonical (a whole number written plain): no copy for every count read
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (value.scale() > 0 && stripped.scale() == value.scale()) {
      return value; // already canonical (2.5): the value itself, so that its optional is kept too
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@link #normalize(BigDecimal)} inside an optional, the same optional when it is already canonical. */
  public static Optional<BigDecimal> normalize(Optional<BigDecimal> value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal given = value.get();
    BigDecimal normalized = normalize(given);
    return normalized == given ? value : Optional.of(normalized);
  }
}
