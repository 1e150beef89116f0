package org.schemadepartemental.indicators.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.Formula;
import org.schemadepartemental.indicators.FormulaException;
import org.schemadepartemental.indicators.Formulas;
import org.schemadepartemental.indicators.internal.Values;

/**
 * The values of each indicator period by period, as the calculators see them at a date and for
 * a territory. The one place where measurements are combined:
 *
 * <ul>
 *   <li>only measurements of periods starting on or before the as-of date, and of the
 *       context's territory when one is set, are taken;
 *   <li>for a period, a département-wide measurement (no territory) is the total and wins over
 *       territorial ones (counting both would count twice); when there are only territorial
 *       ones they are combined: Σ numerators / Σ denominators when every one has both (never an
 *       average of percentages), Σ values for a count, otherwise no value;
 *   <li>when one territory (or the département) has several measurements for a period, the last
 *       in document order is used;
 *   <li>an indicator with a valid formula and no measurement of its own is computed from its
 *       operands' values, period by period ({@link Formulas}).
 * </ul>
 *
 * <p>Every indicator's values are computed when the series is made; an instance is then
 * immutable and safe to share between threads. The calculators of one run share one
 * ({@link #of}).
 *
 * @since 0.1
 */
public final class IndicatorSeries {
  /** How the value of a period with one département-wide measurement was obtained: most periods. */
  private static final String DEPARTEMENT_WIDE = "département-wide measurement";
  private static final Supplier<String> DEPARTEMENT_WIDE_HOW = () -> DEPARTEMENT_WIDE;

  /** The plan's indicators by id, the first in document order when ids repeat. */
  private final Map<String, Indicator> indicators;
  private final EvaluationContext context;
  /** The as-of date's month, to compare periods with (see {@link #startsByAsOf}). */
  private final CalendarPeriod asOfMonth;
  private final Formulas formulas;
  /** The measurements the context lets through, per indicator of the plan (by identity: a record's hash is deep). */
  private final Map<Indicator, Known> known;
  /** Every indicator's values, by id; filled by the constructor, never changed after. */
  private final Map<String, List<PeriodValue>> values;

  private IndicatorSeries(Schema schema, EvaluationContext context) {
    this.context = context;
    this.asOfMonth = monthOf(context.asOf());
    this.formulas = Formulas.of(schema);
    List<Indicator> all = schema.indicators();
    indicators = new HashMap<>(all.size() * 4 / 3 + 1);
    known = new IdentityHashMap<>(all.size());
    values = new HashMap<>(all.size() * 4 / 3 + 1);
    for (Indicator i : all) {
      indicators.putIfAbsent(i.id(), i);
    }
    Map<String, Boolean> territories = new HashMap<>();
    Set<String> visiting = new HashSet<>();
    // Each indicator's measurements are filtered, grouped and combined one after the other, while
    // they are in the cache: a second walk through all of them after the first costs as much again.
    for (Indicator i : all) {
      knownOf(i, territories);
      if (indicators.get(i.id()) == i) {
        valuesOf(i.id(), visiting, territories);
      }
    }
  }

  /**
   * The series of a plan's indicators at the context's date and territory: the run's own when
   * the context is a run's over this plan (computed once for all its calculators, see {@link
   * EvaluationContext#shared}), else a new one.
   */
  public static IndicatorSeries of(Schema schema, EvaluationContext context) {
    return context.shared(schema, IndicatorSeries.class, () -> new IndicatorSeries(schema, context));
  }

  /** The plan's formulas, read and checked. */
  public Formulas formulas() {
    return formulas;
  }

  /**
   * The measurements of an indicator the context lets through (date and territory), in document
   * order: the indicator's own list when all pass.
   */
  public List<Measurement> measurements(Indicator indicator) {
    return known(indicator).measurements();
  }

  /**
   * Of the measurements the context lets through, the first in document order of those whose
   * period ends last, when there is one.
   */
  public Optional<Measurement> latestEnding(Indicator indicator) {
    return Optional.ofNullable(known(indicator).latestEnding());
  }

  /** While the series is made: the indicator's known measurements, filtered now if not yet. */
  private Known knownOf(Indicator indicator, Map<String, Boolean> territories) {
    Known k = known.get(indicator);
    if (k == null) {
      k = filter(indicator.measurements(), territories);
      known.put(indicator, k);
    }
    return k;
  }

  private Known known(Indicator indicator) {
    Known k = known.get(indicator);
    return k != null ? k : filter(indicator.measurements(), null);
  }

  /** The measurements the context lets through, and the first of those ending last. */
  private record Known(List<Measurement> measurements, Measurement latestEnding) {}

  /**
   * The measurements that pass: the same list when all do, a view of its start when those that
   * do come first (the later periods left out by the date); territories' answers kept in {@code
   * seen} when given. The one walk through an indicator's measurements, so it also finds the
   * latest ending.
   */
  private Known filter(List<Measurement> all, Map<String, Boolean> seen) {
    int passing = 0;
    boolean prefix = true;
    Measurement latest = null;
    int latestEnd = 0;
    for (int i = 0; i < all.size(); i++) {
      Measurement m = all.get(i);
      if (accepts(m, seen)) {
        prefix &= passing == i;
        passing++;
        int end = endMonth(m.period());
        if (latest == null || end > latestEnd) {
          latest = m;
          latestEnd = end;
        }
      }
    }
    if (passing == all.size()) {
      return new Known(all, latest);
    }
    if (prefix) {
      return new Known(Collections.unmodifiableList(all.subList(0, passing)), latest);
    }
    List<Measurement> known = new ArrayList<>(passing);
    for (Measurement m : all) {
      if (accepts(m, seen)) {
        known.add(m);
      }
    }
    return new Known(Collections.unmodifiableList(known), latest);
  }

  /**
   * The month a period ends in, counted from year 0: a period ends on the last day of a month,
   * so comparing these compares end dates without making a date for every measurement.
   */
  private static int endMonth(CalendarPeriod period) {
    return period.year() * 12 + period.index() * period.granularity().months();
  }

  private boolean accepts(Measurement m, Map<String, Boolean> seen) {
    return startsByAsOf(m.period()) && acceptsTerritory(m.territory(), seen);
  }

  private boolean acceptsTerritory(Optional<String> territory, Map<String, Boolean> seen) {
    if (context.territory().isEmpty() || territory.isEmpty() || seen == null) {
      return context.acceptsTerritory(territory);
    }
    // Keyed once per territory name of the plan, not once per measurement.
    return seen.computeIfAbsent(territory.get(), t -> context.acceptsTerritory(territory));
  }

  /** Whether the period starts on or before the as-of date. */
  private boolean startsByAsOf(CalendarPeriod period) {
    // A period starts on the first of a month: it has started by the date when it starts in the
    // date's month or before, which compareTo tells without a LocalDate per measurement.
    return asOfMonth != null ? period.compareTo(asOfMonth) <= 0 : !period.startDate().isAfter(context.asOf());
  }

  /** The month of the date as a period, or null for a date outside the years a period may have. */
  private static CalendarPeriod monthOf(LocalDate date) {
    try {
      return CalendarPeriod.month(date.getYear(), date.getMonthValue());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the indicator's values come from its formula. */
  public boolean isComputed(Indicator indicator) {
    return indicator.measurements().isEmpty() && formulas.formula(indicator.id()).isPresent();
  }

  /** The indicator's values, one per period, in period order. */
  public List<PeriodValue> values(Indicator indicator) {
    return values.getOrDefault(indicator.id(), List.of());
  }

  /** The indicator's value for the latest period that has one. */
  public Optional<PeriodValue> latest(Indicator indicator) {
    List<PeriodValue> all = values(indicator);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).isDefined()) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  private List<PeriodValue> valuesOf(String indicatorId, Set<String> visiting, Map<String, Boolean> territories) {
    List<PeriodValue> known = values.get(indicatorId);
    if (known != null) {
      return known;
    }
    Indicator indicator = indicators.get(indicatorId);
    if (indicator == null) {
      return List.of();
    }
    List<PeriodValue> result;
    Optional<Formula> formula = formulas.formula(indicatorId);
    if (indicator.measurements().isEmpty() && formula.isPresent()) {
      // Only a formula reaches other indicators, so only one can come back to itself.
      if (!visiting.add(indicatorId)) {
        return List.of();
      }
      result = computed(formula.get(), visiting, territories);
      visiting.remove(indicatorId);
    } else {
      result = byPeriod(indicator.measureType(), knownOf(indicator, territories).measurements());
    }
    values.put(indicatorId, result);
    return result;
  }

  /** The measurements grouped by period (in period order, document order within one) and combined. */
  private static List<PeriodValue> byPeriod(MeasureType type, List<Measurement> measurements) {
    if (measurements.isEmpty()) {
      return List.of();
    }
    List<Measurement> sorted = measurements;
    for (int i = 1; i < measurements.size(); i++) {
      if (measurements.get(i - 1).period().compareTo(measurements.get(i).period()) > 0) {
        // Stable: measurements of one period keep their document order.
        sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparing(Measurement::period));
        break;
      }
    }
    List<PeriodValue> out = new ArrayList<>(sorted.size());
    int start = 0;
    while (start < sorted.size()) {
      CalendarPeriod period = sorted.get(start).period();
      int end = start + 1;
      while (end < sorted.size() && sorted.get(end).period().equals(period)) {
        end++;
      }
      out.add(combine(type, period, sorted, start, end));
      start = end;
    }
    return Collections.unmodifiableList(out);
  }

  private List<PeriodValue> computed(Formula formula, Set<String> visiting, Map<String, Boolean> territories) {
    Map<String, Map<CalendarPeriod, PeriodValue>> operands = new HashMap<>();
    Set<CalendarPeriod> periods = new TreeSet<>();
    for (String ref : formula.references()) {
      Map<CalendarPeriod, PeriodValue> byPeriod = new HashMap<>();
      for (PeriodValue v : valuesOf(ref, visiting, territories)) {
        byPeriod.put(v.period(), v);
        periods.add(v.period());
      }
      operands.put(ref, byPeriod);
    }
    List<PeriodValue> out = new ArrayList<>();
    for (CalendarPeriod period : periods) {
      Optional<BigDecimal> value;
      String how;
      try {
        value = Optional.of(formula.evaluate(ref -> Optional.ofNullable(operands.get(ref).get(period))
            .flatMap(PeriodValue::value)));
        how = "computed from " + formula.text();
      } catch (FormulaException e) {
        value = Optional.empty();
        how = "not computable: " + e.getMessage();
      }
      out.add(new PeriodValue(period, value, Optional.empty(), Optional.empty(), List.of(), how));
    }
    return List.copyOf(out);
  }

  /**
   * Combines the measurements of one period of an indicator of the given type, following the
   * rules of this class.
   */
  public static PeriodValue combine(MeasureType type, CalendarPeriod period, List<Measurement> rows) {
    return combine(type, period, rows, 0, rows.size());
  }

  /** {@link #combine(MeasureType, CalendarPeriod, List)} of {@code rows[from, to)}. */
  private static PeriodValue combine(MeasureType type, CalendarPeriod period, List<Measurement> rows, int from, int to) {
    if (to - from == 1 && rows.get(from).territory().isEmpty()) {
      return single(type, period, rows.get(from), List.of(), DEPARTEMENT_WIDE_HOW);
    }
    Measurement total = null;
    int totals = 0;
    // The territories in the order first met, each with its last measurement: a few per period,
    // so two lists searched in place rather than a map per period.
    List<String> names = new ArrayList<>();
    List<Measurement> parts = new ArrayList<>();
    int territoryRows = 0;
    for (int i = from; i < to; i++) {
      Measurement m = rows.get(i);
      if (m.territory().isEmpty()) {
        total = m;
        totals++;
      } else {
        int at = names.indexOf(m.territory().get());
        if (at < 0) {
          names.add(m.territory().get());
          parts.add(m);
        } else {
          parts.set(at, m);
        }
        territoryRows++;
      }
    }
    if (total != null) {
      int all = totals;
      int territorial = territoryRows;
      return single(type, period, total, List.of(), () -> DEPARTEMENT_WIDE
          + (all > 1 ? " (last of " + all + " for the period)" : "")
          + (territorial > 0 ? "; " + territorial + " territorial measurement(s) not added to it" : ""));
    }
    String duplicates = territoryRows > parts.size() ? " (last measurement per territory)" : "";
    if (parts.size() == 1) {
      String name = names.get(0);
      return single(type, period, parts.get(0), names, () -> "measurement for " + name + duplicates);
    }
    boolean allRatios = true;
    boolean allValues = true;
    for (Measurement m : parts) {
      allRatios &= m.numerator().isPresent() && m.denominator().isPresent();
      allValues &= m.value().isPresent();
    }
    if (allRatios) {
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      for (Measurement m : parts) {
        num = num.add(m.numerator().get());
        den = den.add(m.denominator().get());
      }
      Optional<BigDecimal> value = ratio(type, num, den);
      int n = parts.size();
      BigDecimal sumOfNumerators = num;
      BigDecimal sumOfDenominators = den;
      return new PeriodValue(period, value, Optional.of(num), Optional.of(den), names,
          () -> "Σ numerators / Σ denominators over " + n + " territories (" + Values.plain(sumOfNumerators) + " / "
              + Values.plain(sumOfDenominators) + ")" + duplicates
              + (value.isEmpty() ? "; the denominators add up to 0" : ""));
    }
    if (type == MeasureType.COUNT && allValues) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Measurement m : parts) {
        sum = sum.add(m.value().get());
      }
      int n = parts.size();
      return new PeriodValue(period, Optional.of(sum), Optional.empty(), Optional.empty(), names,
          () -> "sum over " + n + " territories" + duplicates);
    }
    int n = parts.size();
    return new PeriodValue(period, Optional.empty(), Optional.empty(), Optional.empty(), names,
        () -> n + " territorial measurements that cannot be combined: "
            + (type == MeasureType.COUNT ? "some have no value" : "a " + type.name().toLowerCase(java.util.Locale.ROOT)
                + " needs a numerator and a denominator in each to be combined"));
  }

  private static PeriodValue single(
      MeasureType type, CalendarPeriod period, Measurement m, List<String> territories, Supplier<String> how) {
    Optional<BigDecimal> value = m.effectiveValue(type);
    if (value.isPresent()) {
      return new PeriodValue(period, value, m.numerator(), m.denominator(), territories, how);
    }
    return new PeriodValue(period, value, m.numerator(), m.denominator(), territories, () -> how.get()
        + (m.text().isPresent() && m.numerator().isEmpty() && m.denominator().isEmpty() ? " (text only)"
            : m.denominator().filter(d -> d.signum() == 0).isPresent() ? "; denominator 0, no value"
            : "; numerator or denominator missing, no value"));
  }


  /** num / den, × 100 for a percentage; empty when den is 0. */
  static Optional<BigDecimal> ratio(MeasureType type, BigDecimal num, BigDecimal den) {
    if (den.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(type == MeasureType.PERCENTAGE ? Values.percent(num, den) : Values.divide(num, den));
  }
}
