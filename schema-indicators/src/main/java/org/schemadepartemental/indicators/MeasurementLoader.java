package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.indicators.internal.Values;
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
    Map<String, IndicatorRows> applied = new HashMap<>();
    TerritoryKeys territories = new TerritoryKeys();
    IndicatorRows current = null; // the previous row's: rows come indicator by indicator
    int accepted = 0;
    for (MeasurementRow row : rows.rows()) {
      Measurement m = row.measurement();
      CalendarPeriod period = m.period();
      if (current == null || !current.indicator.id().equals(row.indicatorId())) {
        Indicator found = indicators.get(row.indicatorId());
        if (found == null) {
          problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.unknown-indicator", at(rows, row),
              "no indicator '" + row.indicatorId() + "' in plan " + schema.id() + "; row not applied",
              Optional.of("an indicator id of the plan" + suggestions(row.indicatorId(), indicators.keySet()))));
          continue;
        }
        current = applied.computeIfAbsent(found.id(), id -> new IndicatorRows(found));
      }
      Indicator indicator = current.indicator;
      if (schema.period().isPresent() && !schema.period().get().contains(period)) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.period-outside-plan", at(rows, row),
            "period " + period + " is outside the plan's years " + schema.period().get() + " (" + what(indicator, m)
                + "); row not applied",
            Optional.of("a period within " + schema.period().get())));
        continue;
      }
      if (indicator.formula().isPresent()) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.computed-indicator", at(rows, row),
            indicator.id() + " is computed by its formula '" + indicator.formula().get()
                + "': load its operands instead; row not applied", Optional.empty()));
        continue;
      }
      String territory = territories.key(m.territory());
      MeasurementRow earlier = current.earlier(period, territory, row);
      if (earlier != null) {
        problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.duplicate-row", at(rows, row),
            "same indicator, period and territory as the row at " + at(rows, earlier) + " (" + what(indicator, m)
                + "); row not applied",
            Optional.of("one row per indicator, period and territory")));
        continue;
      }
      warnings(current, period, territory, row, rows, territories, problems);
      // A row read by MeasurementCsv carries its location already: that very measurement is kept.
      Measurement located = row.line() > 0 && m.location().isEmpty()
          ? m.toBuilder().location(SourceLocation.line(rows.source(), row.line())).build() : m;
      current.added.add(located);
      accepted++;
    }
    int total = rows.rows().size();
    if (mode == Mode.ALL_OR_NOTHING && accepted < total) {
      problems.add(new ReadProblem(ProblemSeverity.ERROR, "measurements.nothing-applied", InputLocation.of(rows.source()),
          (total - accepted) + " of " + total + " rows refused: no row applied (all or nothing)", Optional.empty()));
      return new MeasurementLoad(schema, total, 0, problems);
    }
    Schema updated = accepted == 0 ? schema : schema.mapIndicators(i -> merge(i, applied.get(i.id()), territories));
    return new MeasurementLoad(updated, total, accepted, problems);
  }

  /** Where a row is, for a message: made only when one is written, not for every row. */
  private static InputLocation at(MeasurementRows rows, MeasurementRow row) {
    return row.line() > 0 ? InputLocation.at(rows.source(), row.line()) : InputLocation.of(rows.source());
  }

  /** "fa-6.i2 2019 [Arras]", for the messages: built only when one is written, not for every row. */
  private static String what(Indicator indicator, Measurement m) {
    return indicator.id() + " " + m.period() + m.territory().map(t -> " [" + t + "]").orElse("");
  }

  private static void warnings(IndicatorRows applied, CalendarPeriod period, String territory, MeasurementRow row,
      MeasurementRows rows, TerritoryKeys territories, List<ReadProblem> problems) {
    Indicator indicator = applied.indicator;
    Measurement m = row.measurement();
    // An indicator without figures (most, when a year's file is loaded) has none to replace: no lookup.
    Measurement existing = indicator.measurements().isEmpty() ? null
        : applied.existing(territories).get(new PeriodKey(period, territory));
    if (existing != null) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.replaced", at(rows, row),
          what(indicator, m) + ": replaces " + existing.value().map(BigDecimal::toPlainString)
              .or(existing::text).orElse("the figure") + " already in the plan", Optional.empty()));
    }
    if (indicator.measureType() == MeasureType.PERCENTAGE && !surelyWithinPercent(m)) {
      Optional<BigDecimal> v = m.effectiveValue(MeasureType.PERCENTAGE);
      if (v.isPresent() && (v.get().signum() < 0 || v.get().compareTo(Values.hundred()) > 0)) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.percentage-out-of-range", at(rows, row),
            what(indicator, m) + ": percentage " + v.get().toPlainString() + " is outside 0..100", Optional.of("a percentage within 0..100")));
      }
    }
    if (m.denominator().isPresent() && m.denominator().get().signum() == 0) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "measurements.zero-denominator", at(rows, row),
          what(indicator, m) + ": denominator 0, the ratio has no value", Optional.empty()));
    }
  }

  /**
   * Whether a percentage given as numerator and denominator (no value) is within 0..100 without
   * dividing: 0 <= numerator <= denominator. Any other case is decided by the division itself
   * ({@link Measurement#effectiveValue}), rounded as it rounds; this spares a division per row.
   */
  static boolean surelyWithinPercent(Measurement m) {
    if (m.value().isPresent() || m.numerator().isEmpty() || m.denominator().isEmpty()) {
      return false;
    }
    BigDecimal numerator = m.numerator().get();
    BigDecimal denominator = m.denominator().get();
    return numerator.signum() >= 0 && denominator.signum() > 0 && numerator.compareTo(denominator) <= 0;
  }

  /** Replaces the indicator's figures of the same period and territory, then adds the new ones. */
  private static Indicator merge(Indicator indicator, IndicatorRows rows, TerritoryKeys territories) {
    if (rows == null || rows.added.isEmpty()) {
      return indicator;
    }
    if (indicator.measurements().isEmpty()) {
      return indicator.withMeasurements(rows.added); // nothing to replace: no key to compute per row
    }
    Set<PeriodKey> replaced = rows.appliedKeys();
    List<Measurement> kept = new ArrayList<>(indicator.measurements().size() + rows.added.size());
    for (Measurement m : indicator.measurements()) {
      if (!replaced.contains(new PeriodKey(m.period(), territories.key(m.territory())))) {
        kept.add(m);
      }
    }
    kept.addAll(rows.added);
    return indicator.withMeasurements(kept);
  }

  /** A period and a territory as rows are matched (territories ignoring case, accents and punctuation). */
  private record PeriodKey(CalendarPeriod period, String territory) {}

  /**
   * What the rows of one indicator do to it: the rows applied with their periods and territory
   * keys (for the duplicate check), the measurements to add, and its own figures by the same key,
   * made once when a row is checked against them rather than searched for every row.
   */
  private static final class IndicatorRows {
    final Indicator indicator;
    final List<Measurement> added = new ArrayList<>();
    private final List<MeasurementRow> rows = new ArrayList<>();
    private final List<CalendarPeriod> periods = new ArrayList<>();
    private final List<String> territories = new ArrayList<>();
    private int latestPeriodStart;
    private Map<PeriodKey, MeasurementRow> byKey;
    private Map<PeriodKey, Measurement> existing;

    IndicatorRows(Indicator indicator) {
      this.indicator = indicator;
    }

    /**
     * The row applied earlier with this period and territory key, else null (and this row is
     * recorded). Rows usually come period after period: while they do, a row can only repeat one
     * of the latest period, looked for among those few, and no key nor map entry is made per row;
     * the first row out of that order puts the rows applied in a map, used from then on.
     */
    MeasurementRow earlier(CalendarPeriod period, String territory, MeasurementRow row) {
      if (byKey == null) {
        int last = periods.size() - 1;
        int order = last < 0 ? 1 : period.compareTo(periods.get(last));
        if (order > 0) {
          latestPeriodStart = periods.size(); // later than every row applied: none can be the same
        } else if (order == 0) {
          for (int i = latestPeriodStart; i <= last; i++) {
            if (periods.get(i).equals(period) && territories.get(i).equals(territory)) {
              return rows.get(i);
            }
          }
        } else {
          byKey = new HashMap<>();
          for (int i = 0; i <= last; i++) {
            byKey.put(new PeriodKey(periods.get(i), territories.get(i)), rows.get(i));
          }
          return byKey.putIfAbsent(new PeriodKey(period, territory), row);
        }
        periods.add(period);
        territories.add(territory);
        rows.add(row);
        return null;
      }
      return byKey.putIfAbsent(new PeriodKey(period, territory), row);
    }

    /** The periods and territory keys of the rows applied. */
    Set<PeriodKey> appliedKeys() {
      if (byKey != null) {
        return byKey.keySet();
      }
      Set<PeriodKey> keys = new HashSet<>();
      for (int i = 0; i < periods.size(); i++) {
        keys.add(new PeriodKey(periods.get(i), territories.get(i)));
      }
      return keys;
    }

    /** The indicator's own figures by period and territory, the last one of a key winning. */
    Map<PeriodKey, Measurement> existing(TerritoryKeys territories) {
      if (existing == null) {
        existing = new HashMap<>();
        for (Measurement m : indicator.measurements()) {
          existing.put(new PeriodKey(m.period(), territories.key(m.territory())), m);
        }
      }
      return existing;
    }
  }

  /**
   * The match keys of territories ({@link Actor#normalizeKey}), each text keyed once per load: a
   * file names the same few territories on thousands of rows, and a name with accents goes through
   * Unicode decomposition and two patterns.
   */
  private static final class TerritoryKeys {
    private final Map<String, String> keys = new HashMap<>();

    String key(Optional<String> territory) {
      return territory.isEmpty() ? "" : keys.computeIfAbsent(territory.get(), Actor::normalizeKey);
    }
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
