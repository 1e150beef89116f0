package org.schemadepartemental.indicators.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final EvaluationContext context;
  private final Formulas formulas;
  /** Every indicator's values, by id; filled by the constructor, never changed after. */
  private final Map<String, List<PeriodValue>> values = new HashMap<>();

  private IndicatorSeries(Schema schema, EvaluationContext context) {
    for (Indicator i : schema.indicators()) {
      indicators.putIfAbsent(i.id(), i);
    }
    this.context = context;
    this.formulas = Formulas.of(schema);
    Set<String> visiting = new HashSet<>();
    for (String id : indicators.keySet()) {
      valuesOf(id, visiting);
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
    List<Measurement> all = indicator.measurements();
    int passing = 0;
    for (Measurement m : all) {
      if (accepts(m)) {
        passing++;
      }
    }
    if (passing == all.size()) {
      return all;
    }
    List<Measurement> known = new ArrayList<>(passing);
    for (Measurement m : all) {
      if (accepts(m)) {
        known.add(m);
      }
    }
    return Collections.unmodifiableList(known);
  }

  private boolean accepts(Measurement m) {
    return !m.period().startDate().isAfter(context.asOf()) && context.acceptsTerritory(m.territory());
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

  private List<PeriodValue> valuesOf(String indicatorId, Set<String> visiting) {
    List<PeriodValue> known = values.get(indicatorId);
    if (known != null) {
      return known;
    }
    Indicator indicator = indicators.get(indicatorId);
    if (indicator == null || !visiting.add(indicatorId)) {
      return List.of();
    }
    List<PeriodValue> result;
    Optional<Formula> formula = formulas.formula(indicatorId);
    if (indicator.measurements().isEmpty() && formula.isPresent()) {
      result = computed(formula.get(), visiting);
    } else {
      result = byPeriod(indicator.measureType(), measurements(indicator));
    }
    visiting.remove(indicatorId);
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
      out.add(combine(type, period, sorted.subList(start, end)));
      start = end;
    }
    return Collections.unmodifiableList(out);
  }

  private List<PeriodValue> computed(Formula formula, Set<String> visiting) {
    Map<String, Map<CalendarPeriod, PeriodValue>> operands = new HashMap<>();
    Set<CalendarPeriod> periods = new TreeSet<>();
    for (String ref : formula.references()) {
      Map<CalendarPeriod, PeriodValue> byPeriod = new HashMap<>();
      for (PeriodValue v : valuesOf(ref, visiting)) {
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
    if (rows.size() == 1 && rows.get(0).territory().isEmpty()) {
      return single(type, period, rows.get(0), List.of(), DEPARTEMENT_WIDE);
    }
    Measurement total = null;
    int totals = 0;
    Map<String, Measurement> byTerritory = new LinkedHashMap<>();
    int territoryRows = 0;
    for (Measurement m : rows) {
      if (m.territory().isEmpty()) {
        total = m;
        totals++;
      } else {
        byTerritory.put(m.territory().get(), m);
        territoryRows++;
      }
    }
    if (total != null) {
      String how = DEPARTEMENT_WIDE
          + (totals > 1 ? " (last of " + totals + " for the period)" : "")
          + (territoryRows > 0 ? "; " + territoryRows + " territorial measurement(s) not added to it" : "");
      return single(type, period, total, List.of(), how);
    }
    List<Measurement> parts = List.copyOf(byTerritory.values());
    List<String> names = List.copyOf(byTerritory.keySet());
    String duplicates = territoryRows > parts.size() ? " (last measurement per territory)" : "";
    if (parts.size() == 1) {
      return single(type, period, parts.get(0), names, "measurement for " + names.get(0) + duplicates);
    }
    boolean allRatios = parts.stream().allMatch(m -> m.numerator().isPresent() && m.denominator().isPresent());
    if (allRatios) {
      BigDecimal num = parts.stream().map(m -> m.numerator().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal den = parts.stream().map(m -> m.denominator().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
      Optional<BigDecimal> value = ratio(type, num, den);
      String how = "Σ numerators / Σ denominators over " + parts.size() + " territories"
          + " (" + Values.plain(num) + " / " + Values.plain(den) + ")" + duplicates
          + (value.isEmpty() ? "; the denominators add up to 0" : "");
      return new PeriodValue(period, value, Optional.of(num), Optional.of(den), names, how);
    }
    boolean allValues = parts.stream().allMatch(m -> m.value().isPresent());
    if (type == MeasureType.COUNT && allValues) {
      BigDecimal sum = parts.stream().map(m -> m.value().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new PeriodValue(period, Optional.of(sum), Optional.empty(), Optional.empty(), names,
          "sum over " + parts.size() + " territories" + duplicates);
    }
    return new PeriodValue(period, Optional.empty(), Optional.empty(), Optional.empty(), names,
        parts.size() + " territorial measurements that cannot be combined: "
            + (type == MeasureType.COUNT ? "some have no value" : "a " + type.name().toLowerCase(java.util.Locale.ROOT)
                + " needs a numerator and a denominator in each to be combined"));
  }

  private static PeriodValue single(MeasureType type, CalendarPeriod period, Measurement m, List<String> territories, String how) {
    Optional<BigDecimal> value = m.effectiveValue(type);
    String detail;
    if (value.isPresent()) {
      detail = how;
    } else if (m.text().isPresent() && m.numerator().isEmpty() && m.denominator().isEmpty()) {
      detail = how + " (text only)";
    } else if (m.denominator().filter(d -> d.signum() == 0).isPresent()) {
      detail = how + "; denominator 0, no value";
    } else {
      detail = how + "; numerator or denominator missing, no value";
    }
    return new PeriodValue(period, value, m.numerator(), m.denominator(), territories, detail);
  }

  /** num / den, × 100 for a percentage; empty when den is 0. */
  static Optional<BigDecimal> ratio(MeasureType type, BigDecimal num, BigDecimal den) {
    if (den.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(type == MeasureType.PERCENTAGE ? Values.percent(num, den) : Values.divide(num, den));
  }
}
