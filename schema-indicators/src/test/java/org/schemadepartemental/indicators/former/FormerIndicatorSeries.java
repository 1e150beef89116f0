package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.schemadepartemental.indicators.support.PeriodValue;

/**
 * {@code IndicatorSeries} as it was before it was made eager and shared (682d0a3), kept as an
 * oracle: the values must not change. Not to be maintained, only compared with.
 */
public final class FormerIndicatorSeries {
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final EvaluationContext context;
  private final Formulas formulas;
  private final Map<String, List<PeriodValue>> cache = new HashMap<>();

  private FormerIndicatorSeries(Schema schema, EvaluationContext context) {
    for (Indicator i : schema.indicators()) {
      indicators.putIfAbsent(i.id(), i);
    }
    this.context = context;
    this.formulas = Formulas.of(schema);
  }

  /** The series of a plan's indicators at the context's date and territory. */
  public static FormerIndicatorSeries of(Schema schema, EvaluationContext context) {
    return new FormerIndicatorSeries(schema, context);
  }

  /** The plan's formulas, read and checked. */
  public Formulas formulas() {
    return formulas;
  }

  /** The measurements of an indicator the context lets through (date and territory), in document order. */
  public List<Measurement> measurements(Indicator indicator) {
    return indicator.measurements().stream()
        .filter(m -> !m.period().startDate().isAfter(context.asOf()))
        .filter(m -> context.acceptsTerritory(m.territory()))
        .toList();
  }

  /** Whether the indicator's values come from its formula. */
  public boolean isComputed(Indicator indicator) {
    return indicator.measurements().isEmpty() && formulas.formula(indicator.id()).isPresent();
  }

  /** The indicator's values, one per period, in period order. */
  public List<PeriodValue> values(Indicator indicator) {
    return valuesOf(indicator.id(), new HashSet<>());
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
    List<PeriodValue> cached = cache.get(indicatorId);
    if (cached != null) {
      return cached;
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
      Map<CalendarPeriod, List<Measurement>> byPeriod = new TreeMap<>();
      for (Measurement m : measurements(indicator)) {
        byPeriod.computeIfAbsent(m.period(), p -> new ArrayList<>()).add(m);
      }
      result = new ArrayList<>();
      for (Map.Entry<CalendarPeriod, List<Measurement>> e : byPeriod.entrySet()) {
        result.add(combine(indicator.measureType(), e.getKey(), e.getValue()));
      }
      result = List.copyOf(result);
    }
    visiting.remove(indicatorId);
    cache.put(indicatorId, result);
    return result;
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
      String how = "département-wide measurement"
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
    return Optional.of(type == MeasureType.PERCENTAGE ? FormerValues.percent(num, den) : FormerValues.divide(num, den));
  }
}
