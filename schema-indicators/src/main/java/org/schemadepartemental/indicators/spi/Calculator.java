package org.schemadepartemental.indicators.spi;

import java.util.List;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;

/**
 * A calculation over a plan, found through {@link java.util.ServiceLoader}: a stable id, what it
 * computes, and the computation itself.
 *
 * <p>Implementations have a public no-argument constructor, are immutable and thread-safe, and
 * read nothing but the plan and the context (no file, no network). A calculator that throws is
 * reported by the registry as one failed result; the other calculators still run. New methods
 * are only ever added to this interface as {@code default} methods.
 *
 * <p>{@code org.schemadepartemental.indicators.support.AbstractCalculator} makes a calculator a
 * few lines.
 *
 * @since 0.1
 */
public interface Calculator {

  /**
   * The stable id users name the calculator by ({@code schedule-status}): lower-case letters,
   * digits and hyphens, never blank. Every result it returns carries it.
   */
  String id();

  /** One line saying what it computes, for listings. */
  String description();

  /**
   * Its rank among calculators: higher runs and is listed first; calculators of equal priority
   * go by id. Built-ins use 0. A plugin replaces a built-in of the same id only by declaring a
   * higher priority.
   */
  default int priority() {
    return 0;
  }

  /**
   * Computes the results for a plan.
   *
   * @param schema the plan
   * @param context the date, territory and options
   * @return the results, in a deterministic order; each with {@link #id()} as calculator id
   */
  List<IndicatorResult> calculate(Schema schema, EvaluationContext context);
}
