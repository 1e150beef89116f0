package org.schemadepartemental.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * An indicator of a fiche: an output ("réalisation") or an outcome ("impact"), with what it
 * measures, which way it should move, its baseline, its targets and its measurements.
 *
 * @param id the indicator's id, stable and unique inside the plan (e.g. {@code fa-6.i2}), which
 *     measurements and reviews point at
 * @param label the label as printed ("Nombre de bilans médicaux réalisés / nombre d'enfants confiés")
 * @param kind output, outcome or unspecified
 * @param measureType count, percentage, ratio, milestone, qualitative or unspecified
 * @param unit the unit, when stated ("enfants", "%", "jours")
 * @param direction which way it should move
 * @param cumulative whether values accumulate over the plan (a running total) rather than being
 *     per period
 * @param baseline the value it starts from, when known
 * @param targets intermediate and final targets, in document order
 * @param measurements measured values, in document order
 * @param formula when the indicator is computed from others, an expression over their ids
 *     ({@code fa-6.i1 / fa-6.i2 * 100}); checked by the indicators module
 * @param location where it was read from, when imported
 */
public record Indicator(
    String id,
    String label,
    IndicatorKind kind,
    MeasureType measureType,
    Optional<String> unit,
    Direction direction,
    boolean cumulative,
    Optional<Baseline> baseline,
    List<Target> targets,
    List<Measurement> measurements,
    Optional<String> formula,
    Optional<SourceLocation> location) {

  /** Checks id and label and copies the lists. */
  public Indicator {
    id = Checks.nonBlank(id, "id");
    label = Checks.nonBlank(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(measureType, "measureType");
    unit = Checks.optionalText(unit);
    Objects.requireNonNull(direction, "direction");
    baseline = Checks.optional(baseline);
    targets = Checks.list(targets, "targets");
    measurements = Checks.list(measurements, "measurements");
    formula = Checks.optionalText(formula);
    location = Checks.optional(location);
  }

  /** A builder for an indicator with this id and label. */
  public static Builder builder(String id, String label) {
    return new Builder(id, label);
  }

  /** A builder holding this indicator's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, label);
    b.kind = kind;
    b.measureType = measureType;
    b.unit = unit;
    b.direction = direction;
    b.cumulative = cumulative;
    b.baseline = baseline;
    b.targets.addAll(targets);
    b.measurements.addAll(measurements);
    b.formula = formula;
    b.location = location;
    return b;
  }

  /** The final target, when there is one (the last one marked final). */
  public Optional<Target> finalTarget() {
    Target last = null;
    for (Target t : targets) {
      if (t.type() == TargetType.FINAL) {
        last = t;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The measurements sorted by period (stable for equal periods). */
  public List<Measurement> measurementsByPeriod() {
    return measurements.stream().sorted(Comparator.comparing(Measurement::period)).toList();
  }

  /** The same indicator with these measurements. */
  public Indicator withMeasurements(List<Measurement> newMeasurements) {
    return new Indicator(id, label, kind, measureType, unit, direction, cumulative, baseline,
        targets, newMeasurements, formula, location);
  }

  /** The same indicator with one more measurement. */
  public Indicator withMeasurement(Measurement measurement) {
    List<Measurement> more = new ArrayList<>(measurements);
    more.add(measurement);
    return withMeasurements(more);
  }

  /** Builder of {@link Indicator}. */
  public static final class Builder {
    private String id;
    private String label;
    private IndicatorKind kind = IndicatorKind.UNSPECIFIED;
    private MeasureType measureType = MeasureType.UNSPECIFIED;
    private Optional<String> unit = Optional.empty();
    private Direction direction = Direction.NONE;
    private boolean cumulative;
    private Optional<Baseline> baseline = Optional.empty();
    private final List<Target> targets = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private Optional<String> formula = Optional.empty();
    private Optional<SourceLocation> location = Optional.empty();

    private Builder(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** Sets the id. */
    public Builder id(String v) {
      this.id = v;
      return this;
    }

    /** Sets the label. */
    public Builder label(String v) {
      this.label = v;
      return this;
    }

    /** Sets the kind. */
    public Builder kind(IndicatorKind v) {
      this.kind = v;
      return this;
    }

    /** Sets the measure type. */
    public Builder measureType(MeasureType v) {
      this.measureType = v;
      return this;
    }

    /** Sets the unit. */
    public Builder unit(String v) {
      this.unit = Optional.ofNullable(v);
      return this;
    }

    /** Sets the direction. */
    public Builder direction(Direction v) {
      this.direction = v;
      return this;
    }

    /** Sets whether values are cumulative. */
    public Builder cumulative(boolean v) {
      this.cumulative = v;
      return this;
    }

    /** Sets the baseline. */
    public Builder baseline(Baseline v) {
      this.baseline = Optional.ofNullable(v);
      return this;
    }

    /** Adds a target. */
    public Builder addTarget(Target v) {
      this.targets.add(v);
      return this;
    }

    /** Replaces the targets. */
    public Builder targets(List<Target> v) {
      this.targets.clear();
      this.targets.addAll(v);
      return this;
    }

    /** Adds a measurement. */
    public Builder addMeasurement(Measurement v) {
      this.measurements.add(v);
      return this;
    }

    /** Replaces the measurements. */
    public Builder measurements(List<Measurement> v) {
      this.measurements.clear();
      this.measurements.addAll(v);
      return this;
    }

    /** Sets the formula. */
    public Builder formula(String v) {
      this.formula = Optional.ofNullable(v);
      return this;
    }

    /** Sets where it was read from. */
    public Builder location(SourceLocation v) {
      this.location = Optional.ofNullable(v);
      return this;
    }

    /** Builds the indicator. */
    public Indicator build() {
      return new Indicator(id, label, kind, measureType, unit, direction, cumulative, baseline,
          targets, measurements, formula, location);
    }
  }
}
