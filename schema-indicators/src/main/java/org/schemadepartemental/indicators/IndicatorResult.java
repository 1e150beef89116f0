package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.indicators.internal.Values;

/**
 * One figure computed by a calculator: what it is about ({@link Scope}), which measure it is
 * ({@code metric}, stable inside the calculator), its value and unit, and a short explanation of
 * how it was obtained, in words a monitoring committee reads ("3 sous-actions sur 4 renseignées ;
 * moyenne simple").
 *
 * <p>Build with {@link #builder(String, String, Scope)}. A failed calculator is reported as one
 * result with a {@link ResultValue.Failed} value ({@link #failure}).
 *
 * @param calculatorId the id of the calculator that produced it
 * @param metric what is measured, stable inside the calculator ({@code status}, {@code progress})
 * @param scope what it is about
 * @param value the value
 * @param unit the unit, when the value has one ({@code %}, {@code sous-actions})
 * @param explanation how it was obtained, never blank
 * @since 0.1
 */
public record IndicatorResult(
    String calculatorId,
    String metric,
    Scope scope,
    ResultValue value,
    Optional<String> unit,
    String explanation) {

  /** Metric of the result that stands for a failed calculator. */
  public static final String FAILURE_METRIC = "failure";

  /** Checks every field. */
  public IndicatorResult {
    calculatorId = Values.nonBlank(calculatorId, "calculatorId");
    metric = Values.nonBlank(metric, "metric");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(value, "value");
    unit = Values.optionalText(unit);
    explanation = Values.nonBlank(explanation, "explanation");
  }

  /** A builder of a result of this calculator, metric and scope. */
  public static Builder builder(String calculatorId, String metric, Scope scope) {
    return new Builder(calculatorId, metric, scope);
  }

  /** The result standing for a calculator that threw. */
  public static IndicatorResult failure(String calculatorId, String planId, Throwable error) {
    String message = error.getMessage() == null ? "" : error.getMessage();
    return new IndicatorResult(calculatorId, FAILURE_METRIC, Scope.plan(planId),
        new ResultValue.Failed(error.getClass().getName(), message), Optional.empty(),
        "the calculator failed: " + error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
  }

  /** Whether this result stands for a failed calculator. */
  public boolean isFailure() {
    return value instanceof ResultValue.Failed;
  }

  /** Whether the value is defined (neither undefined nor failed). */
  public boolean isDefined() {
    return !(value instanceof ResultValue.Undefined) && !isFailure();
  }

  /** The number, when the value is one. */
  public Optional<BigDecimal> decimal() {
    return value instanceof ResultValue.Decimal d ? Optional.of(d.amount()) : Optional.empty();
  }

  /** The code, when the value is one. */
  public Optional<String> code() {
    return value instanceof ResultValue.Code c ? Optional.of(c.code()) : Optional.empty();
  }

  /** {@code 62.5 %}, {@code en retard}, {@code —}: the value and its unit as a user reads them. */
  public String display() {
    return value instanceof ResultValue.Decimal ? value.display() + unit.map(u -> " " + u).orElse("") : value.display();
  }

  /** Builder of {@link IndicatorResult}. */
  public static final class Builder {
    private final String calculatorId;
    private final String metric;
    private final Scope scope;
    private ResultValue value = ResultValue.undefined();
    private Optional<String> unit = Optional.empty();
    private String explanation;

    private Builder(String calculatorId, String metric, Scope scope) {
      this.calculatorId = calculatorId;
      this.metric = metric;
      this.scope = scope;
    }

    /** Sets the value (undefined unless set). */
    public Builder value(ResultValue v) {
      this.value = Objects.requireNonNull(v, "value");
      return this;
    }

    /** Sets a number as the value. */
    public Builder value(BigDecimal v) {
      return value(ResultValue.decimal(v));
    }

    /** Sets a whole number as the value. */
    public Builder value(long v) {
      return value(ResultValue.decimal(v));
    }

    /** Sets the unit. */
    public Builder unit(String v) {
      this.unit = Optional.ofNullable(v);
      return this;
    }

    /** Sets the explanation. */
    public Builder explanation(String v) {
      this.explanation = v;
      return this;
    }

    /** Builds the result. */
    public IndicatorResult build() {
      return new IndicatorResult(calculatorId, metric, scope, value, unit, explanation);
    }
  }
}
