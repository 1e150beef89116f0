package org.schemadepartemental.testkit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a calculator's metric may take, as declared to {@link CalculatorContract}: a closed
 * interval, either end possibly open-ended. {@link #percentage()} is 0 to 100.
 *
 * @param min the smallest value allowed, when bounded below
 * @param max the largest value allowed, when bounded above
 */
public record ValueRange(Optional<BigDecimal> min, Optional<BigDecimal> max) {

  /** Checks that the range is not empty. */
  public ValueRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      throw new IllegalArgumentException("empty range: " + min.get() + " > " + max.get());
    }
  }

  /** From {@code min} to {@code max}, both included. */
  public static ValueRange between(long min, long max) {
    return new ValueRange(Optional.of(BigDecimal.valueOf(min)), Optional.of(BigDecimal.valueOf(max)));
  }

  /** A percentage: 0 to 100, both included. */
  public static ValueRange percentage() {
    return between(0, 100);
  }

  /** Zero or more (counts, durations). */
  public static ValueRange nonNegative() {
    return atLeast(0);
  }

  /** {@code min} or more. */
  public static ValueRange atLeast(long min) {
    return new ValueRange(Optional.of(BigDecimal.valueOf(min)), Optional.empty());
  }

  /** Whether the value lies in the range. */
  public boolean contains(BigDecimal value) {
    return min.map(m -> value.compareTo(m) >= 0).orElse(true) && max.map(m -> value.compareTo(m) <= 0).orElse(true);
  }

  /** {@code [0, 100]}, {@code [0, ∞)}. */
  @Override
  public String toString() {
    return "[" + min.map(BigDecimal::toPlainString).orElse("-∞") + ", " + max.map(BigDecimal::toPlainString).orElse("∞")
        + (max.isPresent() ? "]" : ")");
  }
}
