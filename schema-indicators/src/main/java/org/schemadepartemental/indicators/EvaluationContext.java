package org.schemadepartemental.indicators;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
 * @param asOf the date the figures speak as of
 * @param territory the territory measurements are restricted to, when set
 * @param options options read by calculators, by key ({@code <calculator-id>.<name>} by convention)
 * @param statuses the vocabulary to read review statuses with, when not the plan's own
 * @since 0.1
 */
public record EvaluationContext(
    LocalDate asOf, Optional<String> territory, Map<String, String> options, Optional<StatusVocabulary> statuses) {

  /** Checks and copies; options are kept sorted by key. */
  public EvaluationContext {
    Objects.requireNonNull(asOf, "asOf");
    territory = Values.optionalText(territory);
    options = ImmutableSortedMap.copyOf(Objects.requireNonNull(options, "options"));
    statuses = statuses == null ? Optional.empty() : statuses;
  }

  /** A context at a date, for every territory, with no option. */
  public static EvaluationContext asOf(LocalDate date) {
    return builder(date).build();
  }

  /** A builder for a context at a date. */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
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
    if (territory.isEmpty()) {
      return true;
    }
    return measurementTerritory.isPresent()
        && Actor.normalizeKey(measurementTerritory.get()).equals(Actor.normalizeKey(territory.get()));
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
