package org.schemadepartemental.indicators.builtin;

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
 * Calendar load ({@value #ID}): how many sous-actions are planned in each semester, per
 * orientation and for the plan; the data behind a Gantt chart or a heat map.
 *
 * <p>The semesters are those of the plan's period (2018-S1 … 2021-S2 for 2018-2021), or, when
 * the plan states none, from the first to the last semester any calendar mentions. A sous-action
 * counts in a semester when its calendar plans work during any part of it (for a grid: when the
 * semester is marked; {@code FROM} runs to the plan's end). A sous-action with no calendar uses
 * its fiche's; a fiche with no sous-action counts as one line of its own calendar; fiches that
 * are not active are left out. Each orientation also gets an {@value #UNDATED} result counting
 * its lines with no dates.
 */
public final class CalendarLoadCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "calendar-load";
  /** Metric of the per-semester counts (scope with a period). */
  public static final String ACTIVE = "active";
  /** Metric of the count of lines with no dates, per orientation. */
  public static final String UNDATED = "undated";

  /** The calculator. */
  public CalendarLoadCalculator() {
    super(ID, "Calendar load: sous-actions planned per semester, per orientation and for the plan");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
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
    long[][] semesterDays = new long[semesters.get().size()][];
    for (int s = 0; s < semesterDays.length; s++) {
      CalendarPeriod semester = semesters.get().get(s);
      semesterDays[s] = new long[] {semester.startDate().toEpochDay(), semester.endDate().toEpochDay()};
    }
    for (int o = 0; o < schema.orientations().size(); o++) {
      Orientation orientation = schema.orientations().get(o);
      List<ActionCalendar> lines = linesByOrientation.get(o);
      List<long[]> planned = new ArrayList<>(lines.size());
      for (ActionCalendar c : lines) {
        planned.add(daysPlanned(c, schema.period()));
      }
      for (int s = 0; s < semesters.get().size(); s++) {
        CalendarPeriod semester = semesters.get().get(s);
        int active = 0;
        for (long[] days : planned) {
          if (plannedDuring(days, semesterDays[s][0], semesterDays[s][1])) {
            active++;
          }
        }
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

  /**
   * The spans of days a calendar plans work in, as {@code [first, last, first, last…]} epoch
   * days: a grid's marked periods, else its start to its end when both are known (see {@code
   * ActionCalendar.isActiveDuring}, whose answer this gives for every semester, computing the
   * dates once per line rather than once per line and semester).
   */
  private static long[] daysPlanned(ActionCalendar calendar, Optional<YearRange> planPeriod) {
    if (calendar.form() == CalendarForm.GRID) {
      long[] days = new long[2 * calendar.semesters().size()];
      int i = 0;
      for (CalendarPeriod p : calendar.semesters()) {
        days[i++] = p.startDate().toEpochDay();
        days[i++] = p.endDate().toEpochDay();
      }
      return days;
    }
    Optional<LocalDate> start = calendar.startDate(planPeriod);
    Optional<LocalDate> end = calendar.endDate(planPeriod);
    return start.isPresent() && end.isPresent()
        ? new long[] {start.get().toEpochDay(), end.get().toEpochDay()} : new long[0];
  }

  /** Whether one of the spans shares a day with {@code first…last}. */
  private static boolean plannedDuring(long[] spans, long first, long last) {
    for (int i = 0; i < spans.length; i += 2) {
      if (spans[i] <= last && spans[i + 1] >= first) {
        return true;
      }
    }
    return false;
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
