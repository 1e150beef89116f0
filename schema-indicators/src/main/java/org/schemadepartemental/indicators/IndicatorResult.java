package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
 * <p>The explanation may be given as text or as a function writing it out when it is first
 * asked for ({@link Builder#explanation(Supplier)}): a plan gives tens of thousands of results,
 * most of whose explanations are never read. Either way a result is a value: two are equal when
 * their calculator, metric, scope, value, unit and explanation text are.
 *
 * @since 0.1
 */
public final class IndicatorResult {

  /** Metric of the result that stands for a failed calculator. */
  public static final String FAILURE_METRIC = "failure";

  private final String calculatorId;
  private final String metric;
  private final Scope scope;
  private final ResultValue value;
  private final Optional<String> unit;
  /** Writes the explanation out; null when it was given as text. */
  private final Supplier<String> explainer;
  /**
   * The explanation, once given or written out. Not volatile, like {@code String.hash}: a thread
   * that sees null writes the same text again, and a {@code String} is safe to publish by a race.
   */
  private String explanation;

  /**
   * Checks every field.
   *
   * @param calculatorId the id of the calculator that produced it
   * @param metric what is measured, stable inside the calculator ({@code status}, {@code progress})
   * @param scope what it is about
   * @param value the value
   * @param unit the unit, when the value has one ({@code %}, {@code sous-actions})
   * @param explanation how it was obtained, never blank
   */
  public IndicatorResult(
      String calculatorId, String metric, Scope scope, ResultValue value, Optional<String> unit, String explanation) {
    this(calculatorId, metric, scope, value, unit, Values.nonBlank(explanation, "explanation"), null);
  }

  /**
   * Checks every field but the explanation, which is written out when first asked for: for
   * calculators giving many results, without a builder each. See {@link
   * Builder#explanation(Supplier)} for what {@code explanation} must be.
   *
   * @param calculatorId the id of the calculator that produced it
   * @param metric what is measured, stable inside the calculator ({@code status}, {@code progress})
   * @param scope what it is about
   * @param value the value
   * @param unit the unit, when the value has one ({@code %}, {@code sous-actions})
   * @param explanation writes out how it was obtained
   */
  public IndicatorResult(
      String calculatorId, String metric, Scope scope, ResultValue value, Optional<String> unit,
      Supplier<String> explanation) {
    this(calculatorId, metric, scope, value, unit, null, Objects.requireNonNull(explanation, "explanation"));
  }

  private IndicatorResult(
      String calculatorId, String metric, Scope scope, ResultValue value, Optional<String> unit, String explanation,
      Supplier<String> explainer) {
    this.calculatorId = Values.nonBlank(calculatorId, "calculatorId");
    this.metric = Values.nonBlank(metric, "metric");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.value = Objects.requireNonNull(value, "value");
    this.unit = Values.optionalText(unit);
    this.explanation = explanation;
    this.explainer = explainer;
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

  /** The id of the calculator that produced it. */
  public String calculatorId() {
    return calculatorId;
  }

  /** What is measured, stable inside the calculator ({@code status}, {@code progress}). */
  public String metric() {
    return metric;
  }

  /** What it is about. */
  public Scope scope() {
    return scope;
  }

  /** The value. */
  public ResultValue value() {
    return value;
  }

  /** The unit, when the value has one ({@code %}, {@code sous-actions}). */
  public Optional<String> unit() {
    return unit;
  }

  /**
   * How it was obtained, never blank; written out the first time it is asked for when the
   * calculator gave it as a function.
   *
   * @throws IllegalStateException when that function writes a blank text
   */
  public String explanation() {
    String text = explanation;
    if (text == null) {
      text = explainer.get();
      if (text == null || text.isBlank()) {
        throw new IllegalStateException("the explanation of " + calculatorId + " " + metric + " for " + scope
            + " is blank");
      }
      text = text.strip();
      explanation = text;
    }
    return text;
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

  /** Equal when the calculator, metric, scope, value, unit and explanation text are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorResult r && calculatorId.equals(r.calculatorId) && metric.equals(r.metric)
        && scope.equals(r.scope) && value.equals(r.value) && unit.equals(r.unit) && explanation().equals(r.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(calculatorId, metric, scope, value, unit, explanation());
  }

  @Override
  public String toString() {
    return "IndicatorResult[calculatorId=" + calculatorId + ", metric=" + metric + ", scope=" + scope + ", value=" + value
        + ", unit=" + unit + ", explanation=" + explanation() + "]";
  }

  /** Builder of {@link IndicatorResult}. */
  public static final class Builder {
    private final String calculatorId;
    private final String metric;
    private final Scope scope;
    private ResultValue value = ResultValue.undefined();
    private Optional<String> unit = Optional.empty();
    private String explanation;
    private Supplier<String> explainer;

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
      this.explainer = null;
      return this;
    }

    /**
     * Sets the explanation as a function that writes it out, called when it is first asked for
     * (by an export, a summary, {@code equals}), then kept. It must be a pure function of facts
     * the calculator already holds, cheap to keep (not the plan), and give a non-blank text
     * every time; it may be called from any thread.
     */
    public Builder explanation(Supplier<String> v) {
      this.explainer = Objects.requireNonNull(v, "explanation");
      this.explanation = null;
      return this;
    }

    /** Builds the result. */
    public IndicatorResult build() {
      return explainer != null
          ? new IndicatorResult(calculatorId, metric, scope, value, unit, explainer)
          : new IndicatorResult(calculatorId, metric, scope, value, unit, explanation);
    }
  }
}
