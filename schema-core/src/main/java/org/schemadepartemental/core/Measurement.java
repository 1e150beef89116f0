package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * One measured value of an indicator for a period, e.g. "EPP réalisés : 2011 = 2204", or "3 494
 * séances pour 17 463 enfants (soit environ 92 %)". For ratios and percentages the numerator
 * and denominator are kept so that aggregates are computed as Σ numerators / Σ denominators.
 *
 * <p>Build with {@link #builder(CalendarPeriod)}; at least one of value, numerator and
 * denominator, or text must be given.
 *
 * @param period the period measured
 * @param value the value, when given or computable
 * @param numerator the numerator of a ratio or percentage, when known
 * @param denominator the denominator, when known
 * @param territory the territory the value is for, when not the whole département
 * @param source where the figure comes from (information system, survey…)
 * @param comment a remark on the figure
 * @param text a qualitative value, or the figure as printed
 * @param location where it was read from, when imported
 */
public record Measurement(
    CalendarPeriod period,
    Optional<BigDecimal> value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    Optional<String> territory,
    Optional<String> source,
    Optional<String> comment,
    Optional<String> text,
    Optional<SourceLocation> location) {

  /** Normalises the numbers and checks that the measurement says something. */
  public Measurement {
    Objects.requireNonNull(period, "period");
    value = Checks.normalize(value);
    numerator = Checks.normalize(numerator);
    denominator = Checks.normalize(denominator);
    territory = Checks.optionalText(territory);
    source = Checks.optionalText(source);
    comment = Checks.optionalText(comment);
    text = Checks.optionalText(text);
    location = Checks.optional(location);
    if (value.isEmpty() && numerator.isEmpty() && denominator.isEmpty() && text.isEmpty()) {
      throw new IllegalArgumentException("a measurement needs a value, a numerator/denominator or a text");
    }
  }

  /** A plain value for a period. */
  public static Measurement of(CalendarPeriod period, BigDecimal value) {
    return builder(period).value(value).build();
  }

  /** A builder for a measurement of the given period. */
  public static Builder builder(CalendarPeriod period) {
    return new Builder(period);
  }

  /** A builder holding this measurement's values. */
  public Builder toBuilder() {
    Builder b = new Builder(period);
    b.value = value;
    b.numerator = numerator;
    b.denominator = denominator;
    b.territory = territory;
    b.source = source;
    b.comment = comment;
    b.text = text;
    b.location = location;
    return b;
  }

  /**
   * The value, or when absent numerator / denominator (× 100 for a percentage), when both are
   * present and the denominator is not zero.
   */
  public Optional<BigDecimal> effectiveValue(MeasureType type) {
    if (value.isPresent()) {
      return value;
    }
    if (numerator.isPresent() && denominator.isPresent() && denominator.get().signum() != 0) {
      BigDecimal ratio = numerator.get().divide(denominator.get(), MathContext.DECIMAL64);
      return Optional.of(type == MeasureType.PERCENTAGE ? ratio.movePointRight(2) : ratio);
    }
    return Optional.empty();
  }

  /** The same measurement for another territory. */
  public Measurement withTerritory(String newTerritory) {
    return toBuilder().territory(newTerritory).build();
  }

  /** Builder of {@link Measurement}. */
  public static final class Builder {
    private final CalendarPeriod period;
    private Optional<BigDecimal> value = Optional.empty();
    private Optional<BigDecimal> numerator = Optional.empty();
    private Optional<BigDecimal> denominator = Optional.empty();
    private Optional<String> territory = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> comment = Optional.empty();
    private Optional<String> text = Optional.empty();
    private Optional<SourceLocation> location = Optional.empty();

    private Builder(CalendarPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
    }

    /** Sets the value. */
    public Builder value(BigDecimal v) {
      this.value = Optional.ofNullable(v);
      return this;
    }

    /** Sets numerator and denominator. */
    public Builder ratio(BigDecimal num, BigDecimal den) {
      this.numerator = Optional.ofNullable(num);
      this.denominator = Optional.ofNullable(den);
      return this;
    }

    /** Sets the numerator. */
    public Builder numerator(BigDecimal num) {
      this.numerator = Optional.ofNullable(num);
      return this;
    }

    /** Sets the denominator. */
    public Builder denominator(BigDecimal den) {
      this.denominator = Optional.ofNullable(den);
      return this;
    }

    /** Sets the territory. */
    public Builder territory(String t) {
      this.territory = Optional.ofNullable(t);
      return this;
    }

    /** Sets the source. */
    public Builder source(String s) {
      this.source = Optional.ofNullable(s);
      return this;
    }

    /** Sets the comment. */
    public Builder comment(String c) {
      this.comment = Optional.ofNullable(c);
      return this;
    }

    /** Sets the qualitative text or the figure as printed. */
    public Builder text(String t) {
      this.text = Optional.ofNullable(t);
      return this;
    }

    /** Sets where it was read from. */
    public Builder location(SourceLocation l) {
      this.location = Optional.ofNullable(l);
      return this;
    }

    /** Builds the measurement. */
    public Measurement build() {
      return new Measurement(period, value, numerator, denominator, territory, source, comment, text, location);
    }
  }
}
