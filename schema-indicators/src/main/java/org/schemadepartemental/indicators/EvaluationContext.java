package org.schemadepartemental.indicators;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.indicators.internal.Values;

/**
 * The circumstances of a calculation: the date it speaks as of, an optional territory to
 * restrict measurements to, free options ({@code indicator-coverage.max-age-months=18}) and,
 * when it must differ from the plan's own, the status vocabulary reviews are read with.
 *
 * <p>Reviews dated after {@link #asOf()} are not known at that date and are ignored; so are
 * measurements of periods starting after it.
 *
 * <p>A context is a value: two are equal when their date, territory, options and vocabulary
 * are. {@link CalculatorRegistry} hands its calculators a context {@linkplain #forRun(Schema)
 * for the run} over a plan, which also carries what they share about that plan ({@link
 * #shared}): the plan's index and indicator series are built once per run, not once per
 * calculator.
 *
 * @since 0.1
 */
public final class EvaluationContext {
  private final LocalDate asOf;
  private final Optional<String> territory;
  private final Map<String, String> options;
  private final Optional<StatusVocabulary> statuses;
  /** The territory's key, compared with each measurement's ({@link Actor#normalizeKey}); null without a territory. */
  private final String territoryKey;
  /** The plan of the run this context is for, or null outside a run. */
  private final Schema runPlan;
  /** What the calculators of the run computed for {@link #runPlan}, by type; null outside a run. */
  private final Map<Class<?>, Object> runValues;

  /**
   * Checks and copies; options are kept sorted by key.
   *
   * @param asOf the date the figures speak as of
   * @param territory the territory measurements are restricted to, when set
   * @param options options read by calculators, by key ({@code <calculator-id>.<name>} by convention)
   * @param statuses the vocabulary to read review statuses with, when not the plan's own
   */
  public EvaluationContext(
      LocalDate asOf, Optional<String> territory, Map<String, String> options, Optional<StatusVocabulary> statuses) {
    this(Objects.requireNonNull(asOf, "asOf"), Values.optionalText(territory),
        ImmutableSortedMap.copyOf(Objects.requireNonNull(options, "options")),
        statuses == null ? Optional.empty() : statuses, null);
  }

  private EvaluationContext(
      LocalDate asOf, Optional<String> territory, Map<String, String> options, Optional<StatusVocabulary> statuses,
      Schema runPlan) {
    this.asOf = asOf;
    this.territory = territory;
    this.options = options;
    this.statuses = statuses;
    this.territoryKey = territory.map(Actor::normalizeKey).orElse(null);
    this.runPlan = runPlan;
    this.runValues = runPlan == null ? null : new HashMap<>();
  }

  /** A context at a date, for every territory, with no option. */
  public static EvaluationContext asOf(LocalDate date) {
    return builder(date).build();
  }

  /** A builder for a context at a date. */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /** The date the figures speak as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The territory measurements are restricted to, when set. */
  public Optional<String> territory() {
    return territory;
  }

  /** The options read by calculators, sorted by key. */
  public Map<String, String> options() {
    return options;
  }

  /** The vocabulary to read review statuses with, when not the plan's own. */
  public Optional<StatusVocabulary> statuses() {
    return statuses;
  }

  /**
   * This context for one run of calculators over a plan: equal to this one, and carrying what
   * the calculators of the run share about that plan ({@link #shared}), from nothing. The
   * registry makes one per run; it is not meant to outlive the run.
   *
   * @param schema the plan of the run
   */
  public EvaluationContext forRun(Schema schema) {
    return new EvaluationContext(asOf, territory, options, statuses, Objects.requireNonNull(schema, "schema"));
  }

  /**
   * A fact about a plan, derived from the plan and this context only, that the calculators of a
   * run share: when this context is {@linkplain #forRun(Schema) the run's} and {@code schema} is
   * its plan, the first call of a type computes it and later calls return that same object;
   * otherwise it is computed on every call. One value per type, so a type stands for one
   * computation ({@code PlanIndex}, {@code IndicatorSeries}); what is shared must be immutable,
   * as any calculator of the run may read it. The support classes' factories ({@code
   * PlanIndex.of(schema, context)}, {@code IndicatorSeries.of}, {@code ReviewState.asOf}) go
   * through here.
   *
   * @param schema the plan the fact is about
   * @param type the type of the fact, its key
   * @param compute computes it from the plan and this context; may ask for other shared facts
   * @return the fact, never null
   */
  public <T> T shared(Schema schema, Class<T> type, Supplier<? extends T> compute) {
    Objects.requireNonNull(type, "type");
    if (runValues == null || schema != runPlan) {
      return Objects.requireNonNull(compute.get(), "shared value");
    }
    Object known;
    synchronized (runValues) {
      known = runValues.get(type);
    }
    if (known == null) {
      // Computed outside the lock, so that a computation may ask for another shared fact.
      T computed = Objects.requireNonNull(compute.get(), "shared value");
      synchronized (runValues) {
        known = runValues.putIfAbsent(type, computed);
      }
      if (known == null) {
        return computed;
      }
    }
    return type.cast(known);
  }

  /** The vocabulary statuses are read with: the one set here, else the plan's. */
  public StatusVocabulary vocabulary(Schema schema) {
    return statuses.orElse(schema.statuses());
  }

  /** The option's value, when set. */
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  /**
   * The option as a whole number, or {@code defaultValue} when not set.
   *
   * @throws IllegalArgumentException when it is set to something else than a whole number
   */
  public int intOption(String key, int defaultValue) {
    Optional<String> text = option(key);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(text.get().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + ": expected a whole number, got '" + text.get() + "'", e);
    }
  }

  /**
   * Whether a measurement's territory passes the filter: always without a filter; else when the
   * names are the same ignoring case, accents and punctuation.
   */
  public boolean acceptsTerritory(Optional<String> measurementTerritory) {
    if (territoryKey == null) {
      return true;
    }
    return measurementTerritory.isPresent() && Actor.normalizeKey(measurementTerritory.get()).equals(territoryKey);
  }

  /** Equal when the date, territory, options and vocabulary are; whether it is a run's does not count. */
  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationContext c && asOf.equals(c.asOf) && territory.equals(c.territory)
        && options.equals(c.options) && statuses.equals(c.statuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, territory, options, statuses);
  }

  @Override
  public String toString() {
    return "EvaluationContext[asOf=" + asOf + ", territory=" + territory + ", options=" + options
        + ", statuses=" + statuses + "]";
  }

  /** Builder of {@link EvaluationContext}. */
  public static final class Builder {
    private final LocalDate asOf;
    private Optional<String> territory = Optional.empty();
    private final Map<String, String> options = new TreeMap<>();
    private Optional<StatusVocabulary> statuses = Optional.empty();

    private Builder(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** Restricts measurements to a territory ({@code null}: every territory). */
    public Builder territory(String v) {
      this.territory = Optional.ofNullable(v);
      return this;
    }

    /** Sets an option. */
    public Builder option(String key, String value) {
      options.put(Values.nonBlank(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets several options. */
    public Builder options(Map<String, String> v) {
      v.forEach(this::option);
      return this;
    }

    /** Reads review statuses with this vocabulary instead of the plan's. */
    public Builder statuses(StatusVocabulary v) {
      this.statuses = Optional.ofNullable(v);
      return this;
    }

    /** Builds the context. */
    public EvaluationContext build() {
      return new EvaluationContext(asOf, territory, options, statuses);
    }
  }
}
