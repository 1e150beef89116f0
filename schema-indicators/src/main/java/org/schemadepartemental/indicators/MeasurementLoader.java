package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.csv.MeasurementCsv;
import org.schemadepartemental.io.csv.MeasurementRow;
import org.schemadepartemental.io.csv.MeasurementRows;

/**
 * Applies measurements from outside (the {@code measurements} CSV layout read by {@link
 * MeasurementCsv}: indicator id, period, value, numerator, denominator, territory…) to a plan.
 * Nothing is applied silently and nothing is dropped silently: every row is either applied or
 * reported as an {@code ERROR} with its line.
 *
 * <pre>{@code
 * MeasurementLoad load = MeasurementLoader.load(plan, DocumentSource.of(Path.of("mesures-2019.csv")), ReadOptions.defaults());
 * load.problems().forEach(System.err::println);   // mesures-2019.csv:14: error: no indicator 'fa-6.i9' …
 * Schema updated = load.schema();
 * }</pre>
 *
 * <p>A row is refused when its indicator id is not in the plan
 * ({@code measurements.unknown-indicator}), its period lies outside the plan's years
 * ({@code measurements.period-outside-plan}), the indicator is computed by a formula
 * ({@code measurements.computed-indicator}), or an earlier row has the same indicator, period and
 * territory ({@code measurements.duplicate-row}). A row replacing a figure already in the plan
 * for the same indicator, period and territory is applied with a {@code WARNING}
 * ({@code measurements.replaced}); so is a percentage outside 0..100 or a denominator of 0.
 * Territories are compared ignoring case, accents and punctuation.
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

  /**
   * Reads a {@code measurements} CSV and applies its good rows; the problems of the reading come
   * first in the result, then those of the applying.
   *
   * @throws org.schemadepartemental.io.SchemaReadException when the file cannot be read as the
   *     layout (a missing column, an unreadable number or period), with its line and column
   */
  public static MeasurementLoad load(Schema schema, DocumentSource source, ReadOptions options) {
    return apply(schema, MeasurementCsv.read(source, options), Mode.APPLY_VALID);
  }

  /** Applies the good rows, reports the others. */
  public static MeasurementLoad apply(Schema schema, MeasurementRows rows) {
    return apply(schema, rows, Mode.APPLY_VALID);
  }

  /** Applies rows under a mode; the problems of the reading come first in the result. */
  public static MeasurementLoad apply(Schema schema, MeasurementRows rows, Mode mode) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    schema.indicators().forEach(i -> indicators.putIfAbsent(i.id(), i));
    List<ReadProblem> problems = new ArrayList<>(rows.problems());
    Map<String, List<Measurement>> additions = new HashMap<>();
    Map<Key, InputLocation> seen = new HashMap<>();
    int accepted = 0;
    for (MeasurementRow row : rows.rows()) {
      InputLocation at = row.line() > 0 ? InputLocation.at(rows.source(), row.line()) : InputLocation.of(rows.source());
      Measurement m = row.measurement();
      CalendarPeriod period = m.period();
      Indicator indicator = indicators.get(row.indicatorId());
      if (indicator == null) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.unknown-indicator", at,
            "no indicator '" + row.indicatorId() + "' in plan " + schema.id() + "; row not applied",
            Optional.of("an indicator id of the plan" + suggestions(row.indicatorId(), indicators.keySet()))));
        continue;
      }
      if (schema.period().isPresent() && !schema.period().get().contains(period)) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.period-outside-plan", at,
            "period " + period + " is outside the plan's years " + schema.period().get() + " (" + what(indicator, m)
                + "); row not applied",
            Optional.of("a period within " + schema.period().get())));
        continue;
      }
      if (indicator.formula().isPresent()) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.computed-indicator", at,
            indicator.id() + " is computed by its formula '" + indicator.formula().get()
                + "': load its operands instead; row not applied", Optional.empty()));
        continue;
      }
      InputLocation earlier = seen.putIfAbsent(new Key(indicator.id(), key(period, m.territory())), at);
      if (earlier != null) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.duplicate-row", at,
            "same indicator, period and territory as the row at " + earlier + " (" + what(indicator, m)
                + "); row not applied",
            Optional.of("one row per indicator, period and territory")));
        continue;
      }
      warnings(indicator, m, at, problems);
      Measurement located = row.line() > 0 && m.location().isEmpty()
          ? m.toBuilder().location(SourceLocation.line(rows.source(), row.line())).build() : m;
      additions.computeIfAbsent(indicator.id(), k -> new ArrayList<>()).add(located);
      accepted++;
    }
    int total = rows.rows().size();
    if (mode == Mode.ALL_OR_NOTHING && accepted < total) {
      problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.nothing-applied", InputLocation.of(rows.source()),
          (total - accepted) + " of " + total + " rows refused: no row applied (all or nothing)", Optional.empty()));
      return new MeasurementLoad(schema, total, 0, problems);
    }
    Schema updated = accepted == 0 ? schema : schema.mapIndicators(i -> merge(i, additions.get(i.id())));
    return new MeasurementLoad(updated, total, accepted, problems);
  }

  /** "fa-6.i2 2019 [Arras]", for the messages: built only when one is written, not for every row. */
  private static String what(Indicator indicator, Measurement m) {
    return indicator.id() + " " + m.period() + m.territory().map(t -> " [" + t + "]").orElse("");
  }

  private static void warnings(Indicator indicator, Measurement m, InputLocation at, List<ReadProblem> problems) {
    PeriodKey key = key(m.period(), m.territory());
    Optional<Measurement> existing = indicator.measurements().stream()
        .filter(old -> key(old.period(), old.territory()).equals(key)).reduce((a, b) -> b);
    if (existing.isPresent()) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.replaced", at,
          what(indicator, m) + ": replaces " + existing.get().value().map(BigDecimal::toPlainString)
              .or(() -> existing.get().text()).orElse("the figure") + " already in the plan", Optional.empty()));
    }
    if (indicator.measureType() == MeasureType.PERCENTAGE) {
      Optional<BigDecimal> v = m.effectiveValue(MeasureType.PERCENTAGE);
      if (v.isPresent() && (v.get().signum() < 0 || v.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.percentage-out-of-range", at,
            what(indicator, m) + ": percentage " + v.get().toPlainString() + " is outside 0..100", Optional.of("a percentage within 0..100")));
      }
    }
    if (m.denominator().filter(d -> d.signum() == 0).isPresent()) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.zero-denominator", at,
          what(indicator, m) + ": denominator 0, the ratio has no value", Optional.empty()));
    }
  }

  /** Replaces the indicator's figures of the same period and territory, then adds the new ones. */
  private static Indicator merge(Indicator indicator, List<Measurement> added) {
    if (added == null) {
      return indicator;
    }
    if (indicator.measurements().isEmpty()) {
      return indicator.withMeasurements(added); // nothing to replace: no key to compute per row
    }
    Set<PeriodKey> replaced = added.stream().map(m -> key(m.period(), m.territory())).collect(Collectors.toSet());
    List<Measurement> kept = new ArrayList<>(indicator.measurements().stream()
        .filter(m -> !replaced.contains(key(m.period(), m.territory()))).toList());
    kept.addAll(added);
    return indicator.withMeasurements(kept);
  }

  /** A period and a territory as rows are matched (territories ignoring case, accents and punctuation). */
  private record PeriodKey(CalendarPeriod period, String territory) {}

  /** The rows already applied: records, not joined strings, so that no period is written out per row. */
  private record Key(String indicatorId, PeriodKey periodKey) {}

  private static PeriodKey key(CalendarPeriod period, Optional<String> territory) {
    return new PeriodKey(period, territory.map(Actor::normalizeKey).orElse(""));
  }

  /** ", such as fa-6.i1, fa-6.i2" from the ids sharing the unknown one's fiche, else the first ids. */
  private static String suggestions(String unknown, Set<String> known) {
    if (known.isEmpty()) {
      return " (the plan has none)";
    }
    int dot = unknown.lastIndexOf('.');
    String prefix = dot > 0 ? unknown.substring(0, dot + 1) : "";
    List<String> near = known.stream().filter(k -> !prefix.isEmpty() && k.startsWith(prefix)).limit(5).toList();
    return ", such as " + String.join(", ", near.isEmpty() ? known.stream().limit(5).toList() : near);
  }
}
