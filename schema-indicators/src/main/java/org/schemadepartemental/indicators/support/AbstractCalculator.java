package org.schemadepartemental.indicators.support;

import java.util.Optional;
import java.util.function.Supplier;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.indicators.spi.Calculator;

/**
 * A base for calculators: holds the id, description and priority, and starts results already
 * labelled with the id. A subclass has a public no-argument constructor calling {@code super}
 * and implements {@link #calculate}.
 *
 * @since 0.1
 */
public abstract class AbstractCalculator implements Calculator {
  private final String id;
  private final String description;
  private final int priority;

  /** A calculator of priority 0. */
  protected AbstractCalculator(String id, String description) {
    this(id, description, 0);
  }

  /** A calculator with a priority (see {@link Calculator#priority()}). */
  protected AbstractCalculator(String id, String description, int priority) {
    this.id = Values.nonBlank(id, "id");
    this.description = Values.nonBlank(description, "description");
    this.priority = priority;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final int priority() {
    return priority;
  }

  /** A result of this calculator, for a metric and a scope: set its value, unit and explanation, then build it. */
  protected final IndicatorResult.Builder result(String metric, Scope scope) {
    return IndicatorResult.builder(id, metric, scope);
  }

  /**
   * A result of this calculator in one call, its explanation written out when first asked for
   * (see {@link IndicatorResult.Builder#explanation(Supplier)}): for the calculators that give
   * thousands of results per plan, without a builder and, with the unit given as the optional
   * the model already holds, without a new optional for each.
   */
  protected final IndicatorResult result(
      String metric, Scope scope, ResultValue value, Optional<String> unit, Supplier<String> explanation) {
    return new IndicatorResult(id, metric, scope, value, unit, explanation);
  }

  /** A result of this calculator in one call, its explanation given as text. */
  protected final IndicatorResult result(
      String metric, Scope scope, ResultValue value, Optional<String> unit, String explanation) {
    return new IndicatorResult(id, metric, scope, value, unit, explanation);
  }

  /** {@code schedule-status (ScheduleStatusCalculator)}. */
  @Override
  public String toString() {
    return id + " (" + getClass().getSimpleName() + ")";
  }
}
