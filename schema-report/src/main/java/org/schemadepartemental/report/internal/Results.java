package org.schemadepartemental.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.ScopeLevel;
import org.schemadepartemental.indicators.builtin.ProgressCalculator;
import org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator;

/**
 * Finds the calculators' results the documents show, by calculator, metric and the element they
 * are about. Every figure of the documents is read through here, never recomputed.
 */
public final class Results {
  private final IndicatorReport report;

  /** The results of a report. */
  public Results(IndicatorReport report) {
    this.report = report;
  }

  /** The report read. */
  public IndicatorReport report() {
    return report;
  }

  /** The result of a metric about an element, for no particular period. */
  public Optional<IndicatorResult> find(String calculatorId, String metric, ScopeLevel level, String subjectId) {
    return all(calculatorId, metric, level, subjectId).stream()
        .filter(r -> r.scope().period().isEmpty()).findFirst();
  }

  /** Every result of a metric about an element, whatever its period, in period order. */
  public List<IndicatorResult> all(String calculatorId, String metric, ScopeLevel level, String subjectId) {
    return report.results(calculatorId, metric).stream()
        .filter(r -> r.scope().level() == level && r.scope().subjectId().equals(subjectId))
        .filter(r -> r.scope().territory().isEmpty())
        .sorted(Comparator.comparing(r -> r.scope().period().orElse(null),
            Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** Every result of a metric at a level, in the calculator's order. */
  public List<IndicatorResult> atLevel(String calculatorId, String metric, ScopeLevel level) {
    return report.results(calculatorId, metric).stream().filter(r -> r.scope().level() == level).toList();
  }

  /** The schedule status of an element, when the calculator gave one. */
  public Optional<ScheduleStatus> status(ScopeLevel level, String subjectId) {
    return find(ScheduleStatusCalculator.ID, ScheduleStatusCalculator.STATUS, level, subjectId)
        .flatMap(IndicatorResult::code).map(ScheduleStatus::fromCode);
  }

  /** The schedule-status result of an element (with its explanation). */
  public Optional<IndicatorResult> statusResult(ScopeLevel level, String subjectId) {
    return find(ScheduleStatusCalculator.ID, ScheduleStatusCalculator.STATUS, level, subjectId);
  }

  /** The progress result of an element. */
  public Optional<IndicatorResult> progress(ScopeLevel level, String subjectId) {
    return find(ProgressCalculator.ID, ProgressCalculator.PROGRESS, level, subjectId);
  }

  /** The number of parts without a progress value, from the progress calculator. */
  public Optional<IndicatorResult> missing(ScopeLevel level, String subjectId) {
    return find(ProgressCalculator.ID, ProgressCalculator.MISSING, level, subjectId);
  }
}
