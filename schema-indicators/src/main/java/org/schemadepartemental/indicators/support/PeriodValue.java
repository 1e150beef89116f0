package org.schemadepartemental.indicators.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.schemadepartemental.core.CalendarPeriod;

/**
 * The value of an indicator for one period, combined from the measurements of that period
 * (one per territory, or the département-wide one), or computed from the indicator's formula.
 *
 * <p>How the value was obtained may be given as a function writing it out when first asked for
 * ({@link #PeriodValue(CalendarPeriod, Optional, Optional, Optional, List, Supplier)}): a series
 * has a value per period of every indicator, and most of those texts are never read. Either way
 * a period value is a value: two are equal when their fields and texts are.
 *
 * @since 0.1
 */
public final class PeriodValue {
  private final CalendarPeriod period;
  private final Optional<BigDecimal> value;
  private final Optional<BigDecimal> numerator;
  private final Optional<BigDecimal> denominator;
  private final List<String> territories;
  /** Writes out how; null when given as text. */
  private final Supplier<String> explainer;
  /** How, once given or written out; not volatile, like {@code String.hash} (see {@code IndicatorResult}). */
  private String how;

  /**
   * Checks and copies.
   *
   * @param period the period
   * @param value the value, when the measurements give one
   * @param numerator the sum of the numerators, when every measurement combined has one
   * @param denominator the sum of the denominators, when every measurement combined has one
   * @param territories the territories combined (empty for a département-wide value)
   * @param how how the value was obtained, for explanations
   */
  public PeriodValue(
      CalendarPeriod period, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
      Optional<BigDecimal> denominator, List<String> territories, String how) {
    this(period, value, numerator, denominator, territories, Objects.requireNonNull(how, "how"), null);
  }

  /**
   * Checks and copies; how the value was obtained is written out when first asked for.
   *
   * @param period the period
   * @param value the value, when the measurements give one
   * @param numerator the sum of the numerators, when every measurement combined has one
   * @param denominator the sum of the denominators, when every measurement combined has one
   * @param territories the territories combined (empty for a département-wide value)
   * @param how writes out how the value was obtained: a pure function of facts already held,
   *     never giving null
   */
  public PeriodValue(
      CalendarPeriod period, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
      Optional<BigDecimal> denominator, List<String> territories, Supplier<String> how) {
    this(period, value, numerator, denominator, territories, null, Objects.requireNonNull(how, "how"));
  }

  private PeriodValue(
      CalendarPeriod period, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
      Optional<BigDecimal> denominator, List<String> territories, String how, Supplier<String> explainer) {
    this.period = Objects.requireNonNull(period, "period");
    this.value = value == null ? Optional.empty() : value;
    this.numerator = numerator == null ? Optional.empty() : numerator;
    this.denominator = denominator == null ? Optional.empty() : denominator;
    this.territories = List.copyOf(territories);
    this.how = how;
    this.explainer = explainer;
  }

  /** The period. */
  public CalendarPeriod period() {
    return period;
  }

  /** The value, when the measurements give one. */
  public Optional<BigDecimal> value() {
    return value;
  }

  /** The sum of the numerators, when every measurement combined has one. */
  public Optional<BigDecimal> numerator() {
    return numerator;
  }

  /** The sum of the denominators, when every measurement combined has one. */
  public Optional<BigDecimal> denominator() {
    return denominator;
  }

  /** The territories combined (empty for a département-wide value). */
  public List<String> territories() {
    return territories;
  }

  /** How the value was obtained, for explanations; written out when first asked for if given as a function. */
  public String how() {
    String text = how;
    if (text == null) {
      text = Objects.requireNonNull(explainer.get(), "how");
      how = text;
    }
    return text;
  }

  /** Whether the period has a value. */
  public boolean isDefined() {
    return value.isPresent();
  }

  /** Whether numerator and denominator are both known. */
  public boolean hasRatio() {
    return numerator.isPresent() && denominator.isPresent();
  }

  /** Equal when the period, value, numerator, denominator, territories and text of how are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodValue v && period.equals(v.period) && value.equals(v.value)
        && numerator.equals(v.numerator) && denominator.equals(v.denominator) && territories.equals(v.territories)
        && how().equals(v.how());
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, value, numerator, denominator, territories, how());
  }

  @Override
  public String toString() {
    return "PeriodValue[period=" + period + ", value=" + value + ", numerator=" + numerator + ", denominator="
        + denominator + ", territories=" + territories + ", how=" + how() + "]";
  }
}
