package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadProblem;

/**
 * Applies measurement rows from outside (the CSV measurement layout: indicator id, period,
 * value, numerator, denominator, territory) to a plan. Nothing is applied silently and nothing
 * is dropped silently: every row is either applied or reported as an {@code ERROR} with its
 * line.
 *
 * <p>A row is refused when its indicator id is not in the plan
 * ({@code measurements.unknown-indicator}), its period cannot be read
 * ({@code measurements.bad-period}) or lies outside the plan's years
 * ({@code measurements.period-outside-plan}), it carries no figure ({@code measurements.empty}),
 * the indicator is computed by a formula ({@code measurements.computed-indicator}), or an earlier
 * row has the same indicator, period and territory ({@code measurements.duplicate-row}). A row
 * replacing a figure already in the plan for the same indicator, period and territory is applied
 * with a {@code WARNING} ({@code measurements.replaced}); so is a percentage outside 0..100 or a
 * denominator of 0.
 *
 * <p>In {@link Mode#ALL_OR_NOTHING} mode, a single refused row means that no row is applied.
 *
 * @since 0.1
 */
public final class MeasurementLoader {

  /** What to do with the good rows when some are refused. */
  public enum Mode {
    /** Apply every good row; report the others. */
    APPLY_VALID,
    /** Apply nothing unless every row is good. */
    ALL_OR_NOTHING
  }

  private MeasurementLoader() {}

  /** Applies the good rows, reports the others. */
  public static MeasurementLoad apply(Schema schema, List<MeasurementRow> rows) {
    return apply(schema, rows, Mode.APPLY_VALID);
  }

  /** Applies rows under a mode. */
  public static MeasurementLoad apply(Schema schema, List<MeasurementRow> rows, Mode mode) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    schema.indicators().forEach(i -> indicators.putIfAbsent(i.id(), i));
    List<ReadProblem> problems = new ArrayList<>();
    Map<String, List<Measurement>> additions = new HashMap<>();
    Map<String, InputLocation> seen = new HashMap<>();
    int accepted = 0;
    for (MeasurementRow row : rows) {
      InputLocation at = row.location();
      Indicator indicator = indicators.get(row.indicatorId());
      if (indicator == null) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.unknown-indicator", at,
            "no indicator '" + row.indicatorId() + "' in plan " + schema.id() + "; row not applied",
            Optional.of("an indicator id of the plan" + suggestions(row.indicatorId(), indicators.keySet()))));
        continue;
      }
      CalendarPeriod period;
      try {
        period = CalendarPeriod.parse(row.period());
      } catch (IllegalArgumentException e) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.bad-period", at,
            "period '" + row.period() + "' cannot be read; row not applied",
            Optional.of("2019, 2019-S1, 2019-Q2 or 2019-06")));
        continue;
      }
      if (schema.period().isPresent() && !schema.period().get().contains(period)) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.period-outside-plan", at,
            "period " + period + " is outside the plan's years " + schema.period().get() + "; row not applied",
            Optional.of("a period within " + schema.period().get())));
        continue;
      }
      if (row.value().isEmpty() && row.numerator().isEmpty() && row.denominator().isEmpty() && row.text().isEmpty()) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.empty", at,
            "no value, numerator, denominator or text for " + indicator.id() + " " + period + "; row not applied",
            Optional.of("a value, or a numerator and a denominator")));
        continue;
      }
      if (indicator.formula().isPresent()) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.computed-indicator", at,
            indicator.id() + " is computed by its formula '" + indicator.formula().get()
                + "'; load its operands instead; row not applied", Optional.empty()));
        continue;
      }
      String key = key(indicator.id(), period, row.territory());
      InputLocation earlier = seen.putIfAbsent(key, at);
      if (earlier != null) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.duplicate-row", at,
            "same indicator, period and territory as the row at " + earlier + " (" + describe(indicator, period, row)
                + "); row not applied", Optional.of("one row per indicator, period and territory")));
        continue;
      }
      Measurement m = toMeasurement(row, period);
      warnings(indicator, period, row, m, at, problems);
      additions.computeIfAbsent(indicator.id(), k -> new ArrayList<>()).add(m);
      accepted++;
    }
    boolean refused = accepted < rows.size();
    if (mode == Mode.ALL_OR_NOTHING && refused) {
      problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.nothing-applied",
          rows.isEmpty() ? InputLocation.of("measurements") : InputLocation.of(rows.get(0).location().source()),
          (rows.size() - accepted) + " of " + rows.size() + " rows refused: no row applied (all or nothing)",
          Optional.empty()));
      return new MeasurementLoad(schema, rows.size(), 0, problems);
    }
    Schema updated = accepted == 0 ? schema : schema.mapIndicators(i -> merge(i, additions.get(i.id())));
    return new MeasurementLoad(updated, rows.size(), accepted, problems);
  }

  private static void warnings(
      Indicator indicator, CalendarPeriod period, MeasurementRow row, Measurement m, InputLocation at,
      List<ReadProblem> problems) {
    String key = key(indicator.id(), period, row.territory());
    Optional<Measurement> existing = indicator.measurements().stream()
        .filter(old -> key(indicator.id(), old.period(), old.territory()).equals(key)).reduce((a, b) -> b);
    if (existing.isPresent()) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.replaced", at,
          describe(indicator, period, row) + ": replaces " + existing.get().value().map(BigDecimal::toPlainString)
              .or(() -> existing.get().text()).orElse("the figure") + " already in the plan", Optional.empty()));
    }
    if (indicator.measureType() == MeasureType.PERCENTAGE) {
      Optional<BigDecimal> v = m.effectiveValue(MeasureType.PERCENTAGE);
      if (v.isPresent() && (v.get().signum() < 0 || v.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.percentage-out-of-range", at,
            describe(indicator, period, row) + ": percentage " + v.get().toPlainString() + " is outside 0..100",
            Optional.of("a percentage within 0..100")));
      }
    }
    if (row.denominator().filter(d -> d.signum() == 0).isPresent()) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.zero-denominator", at,
          describe(indicator, period, row) + ": denominator 0, the ratio has no value", Optional.empty()));
    }
  }

  /** Replaces the indicator's figures of the same period and territory, then adds the new ones. */
  private static Indicator merge(Indicator indicator, List<Measurement> added) {
    if (added == null) {
      return indicator;
    }
    List<String> replacedKeys = added.stream().map(m -> key(indicator.id(), m.period(), m.territory())).toList();
    List<Measurement> kept = new ArrayList<>(indicator.measurements().stream()
        .filter(m -> !replacedKeys.contains(key(indicator.id(), m.period(), m.territory()))).toList());
    kept.addAll(added);
    return indicator.withMeasurements(kept);
  }

  private static Measurement toMeasurement(MeasurementRow row, CalendarPeriod period) {
    Measurement.Builder b = Measurement.builder(period);
    row.value().ifPresent(b::value);
    row.numerator().ifPresent(b::numerator);
    row.denominator().ifPresent(b::denominator);
    row.territory().ifPresent(b::territory);
    row.source().ifPresent(b::source);
    row.comment().ifPresent(b::comment);
    row.text().ifPresent(b::text);
    if (row.location().line() > 0 && !row.location().source().isBlank()) {
      b.location(SourceLocation.line(row.location().source(), row.location().line()));
    }
    return b.build();
  }

  private static String key(String indicatorId, CalendarPeriod period, Optional<String> territory) {
    return indicatorId + "|" + period + "|" + territory.map(Actor::normalizeKey).orElse("");
  }

  private static String describe(Indicator indicator, CalendarPeriod period, MeasurementRow row) {
    return indicator.id() + " " + period + row.territory().map(t -> " [" + t + "]").orElse("");
  }

  /** ", such as fa-6.i1, fa-6.i2" from the ids sharing the unknown one's fiche, else the first ids. */
  private static String suggestions(String unknown, java.util.Set<String> known) {
    if (known.isEmpty()) {
      return " (the plan has none)";
    }
    int dot = unknown.lastIndexOf('.');
    String prefix = dot > 0 ? unknown.substring(0, dot + 1) : "";
    List<String> near = known.stream().filter(k -> !prefix.isEmpty() && k.startsWith(prefix)).limit(5).toList();
    List<String> shown = near.isEmpty() ? known.stream().limit(5).toList() : near;
    return ", such as " + shown.stream().collect(Collectors.joining(", "));
  }
}
