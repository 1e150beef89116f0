package org.schemadepartemental.indicators.former;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * {@code CalendarLoadCalculator} as it was at 682d0a3, kept as an oracle: the results must not change. Not to be
 * maintained, only compared with.
 */
public final class FormerCalendarLoadCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "calendar-load";
  /** Metric of the per-semester counts (scope with a period). */
  public static final String ACTIVE = "active";
  /** Metric of the count of lines with no dates, per orientation. */
  public static final String UNDATED = "undated";

  /** The calculator. */
  public FormerCalendarLoadCalculator() {
    super(ID, "Calendar load: sous-actions planned per semester, per orientation and for the plan");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
    List<List<ActionCalendar>> linesByOrientation = new ArrayList<>();
    for (Orientation o : schema.orientations()) {
      linesByOrientation.add(lines(o));
    }
    Optional<List<CalendarPeriod>> semesters = semesters(schema.period(),
        linesByOrientation.stream().flatMap(List::stream).toList());
    List<IndicatorResult> results = new ArrayList<>();
    if (semesters.isEmpty()) {
      results.add(result(ACTIVE, index.plan()).unit("sous-actions")
          .explanation("no plan period and no dated calendar: no semester to count").build());
      return results;
    }
    String range = semesters.get().get(0) + "…" + semesters.get().get(semesters.get().size() - 1);
    String basis = schema.period().map(p -> "plan period " + p).orElse("semesters the calendars mention");
    int[] planCounts = new int[semesters.get().size()];
    for (int o = 0; o < schema.orientations().size(); o++) {
      Orientation orientation = schema.orientations().get(o);
      List<ActionCalendar> lines = linesByOrientation.get(o);
      for (int s = 0; s < semesters.get().size(); s++) {
        CalendarPeriod semester = semesters.get().get(s);
        int active = (int) lines.stream().filter(c -> c.isActiveDuring(semester, schema.period())).count();
        planCounts[s] += active;
        results.add(result(ACTIVE, index.orientation(orientation).withPeriod(semester)).value(active)
            .unit("sous-actions")
            .explanation(active + " of " + lines.size() + " lines planned during " + semester).build());
      }
      long undated = lines.stream().filter(c -> !c.isDated()).count();
      results.add(result(UNDATED, index.orientation(orientation)).value(undated).unit("sous-actions")
          .explanation(undated + " of " + lines.size() + " lines with no dates (" + basis + ", " + range + ")").build());
    }
    for (int s = 0; s < semesters.get().size(); s++) {
      results.add(result(ACTIVE, index.plan().withPeriod(semesters.get().get(s))).value(planCounts[s])
          .unit("sous-actions")
          .explanation(planCounts[s] + " lines planned during " + semesters.get().get(s) + " over all orientations")
          .build());
    }
    return results;
  }

  /** The calendar of each line of work of an orientation's active fiches. */
  private static List<ActionCalendar> lines(Orientation orientation) {
    List<ActionCalendar> lines = new ArrayList<>();
    for (Fiche fiche : orientation.fiches()) {
      if (fiche.lifecycle().status() != FicheStatus.ACTIVE) {
        continue;
      }
      if (fiche.sousActions().isEmpty()) {
        lines.add(fiche.calendar());
      }
      for (SousAction sa : fiche.sousActions()) {
        lines.add(sa.calendar().form() == CalendarForm.NONE ? fiche.calendar() : sa.calendar());
      }
    }
    return lines;
  }

  private static Optional<List<CalendarPeriod>> semesters(Optional<YearRange> period, List<ActionCalendar> calendars) {
    LocalDate first;
    LocalDate last;
    if (period.isPresent()) {
      first = period.get().startDate();
      last = period.get().endDate();
    } else {
      first = null;
      last = null;
      for (ActionCalendar c : calendars) {
        for (LocalDate d : List.of(c.startDate(period), c.endDate(period)).stream().flatMap(Optional::stream).toList()) {
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
      if (first == null) {
        return Optional.empty();
      }
    }
    List<CalendarPeriod> out = new ArrayList<>();
    CalendarPeriod end = CalendarPeriod.containing(last, Granularity.SEMESTER);
    for (CalendarPeriod p = CalendarPeriod.containing(first, Granularity.SEMESTER); p.compareTo(end) <= 0; p = p.next()) {
      out.add(p);
    }
    return Optional.of(out);
  }
}
