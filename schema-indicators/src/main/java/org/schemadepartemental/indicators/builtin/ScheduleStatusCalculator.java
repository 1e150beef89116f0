package org.schemadepartemental.indicators.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusCategory;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScheduleStatus;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;
import org.schemadepartemental.indicators.support.ReviewState;
import org.schemadepartemental.indicators.support.StatusReading;

/**
 * Schedule status at a date ({@value #ID}), per sous-action, fiche, orientation and plan: a
 * {@link ScheduleStatus} from the calendars and the latest review statuses known at the date.
 *
 * <p>For one sous-action (or a fiche with no sous-action): a review status closing the work gives
 * {@code CLOSED}, one saying it is done gives {@code DONE}. Otherwise, with the calendar's first
 * and last planned days ({@code FROM} runs to the plan's end, {@code UNTIL} starts at the plan's
 * start, a grid spans its first to its last marked semester): the last day passed gives
 * {@code LATE}; the first day not reached gives {@code NOT_YET_DUE} (or {@code RUNNING} when a
 * review says it is under way); in between, {@code SHOULD_HAVE_STARTED} when the review says
 * "not started", {@code LATE} when it says "late", else {@code RUNNING}. With no dates ("A
 * définir", no calendar, unreadable text) it is {@code UNSCHEDULED}, unless a review says it is
 * under way ({@code RUNNING}, or {@code LATE}); "En cours" as a calendar gives {@code RUNNING}. A
 * sous-action with no calendar uses its fiche's.
 *
 * <p>Fiches, orientations and the plan combine their parts, leaving out closed and unscheduled
 * ones: all done gives {@code DONE}; otherwise the first of {@code LATE},
 * {@code SHOULD_HAVE_STARTED}, {@code RUNNING} present; some done and the rest not yet due gives
 * {@code RUNNING}; else {@code NOT_YET_DUE}. With nothing left: {@code CLOSED} when all parts
 * are closed, else {@code UNSCHEDULED}. The plan also gets one {@code count.<status>} result per
 * status: the number of sous-actions (a fiche with none counts as one line) in that status.
 */
public final class ScheduleStatusCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "schedule-status";
  /** Metric of every status result. */
  public static final String STATUS = "status";
  /** Prefix of the plan's count metrics ({@code count.late}). */
  public static final String COUNT_PREFIX = "count.";

  /** The statuses a whole takes from its parts, first present first. */
  private static final List<ScheduleStatus> PRECEDENCE =
      List.of(ScheduleStatus.LATE, ScheduleStatus.SHOULD_HAVE_STARTED, ScheduleStatus.RUNNING);

  /** The calculator. */
  public ScheduleStatusCalculator() {
    super(ID, "Schedule status at the date, per sous-action, fiche and orientation, from calendars and reviews");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
    ReviewState reviews = ReviewState.asOf(schema, context);
    LocalDate asOf = context.asOf();
    List<IndicatorResult> results = new ArrayList<>();
    List<ScheduleStatus> planFiches = new ArrayList<>();
    Map<ScheduleStatus, Integer> lineCounts = new EnumMap<>(ScheduleStatus.class);
    for (Orientation orientation : schema.orientations()) {
      List<ScheduleStatus> ficheStatuses = new ArrayList<>();
      for (Fiche fiche : orientation.fiches()) {
        Assessment ficheAssessment;
        Optional<StatusReading> ficheReading = reviews.fiche(fiche.id());
        if (fiche.lifecycle().status() != FicheStatus.ACTIVE) {
          FicheLifecycle lifecycle = fiche.lifecycle();
          ficheAssessment = new Assessment(ScheduleStatus.CLOSED,
              () -> "fiche " + lifecycle.status().name().toLowerCase(java.util.Locale.ROOT)
                  + lifecycle.note().map(n -> " (" + n + ")").orElse(""));
          countLines(fiche, ScheduleStatus.CLOSED, lineCounts);
        } else if (ficheReading.filter(r -> r.isDone() || r.isClosed()).isPresent() || fiche.sousActions().isEmpty()) {
          ficheAssessment = assess(fiche.calendar(), schema.period(), asOf, ficheReading, "");
          countLines(fiche, ficheAssessment.status(), lineCounts);
          Assessment fromFiche = ficheAssessment;
          Assessment inherited = new Assessment(fromFiche.status(), () -> "fiche status: " + fromFiche.explanation());
          for (SousAction sa : fiche.sousActions()) {
            results.add(statusResult(index.sousAction(sa), inherited));
          }
        } else {
          List<ScheduleStatus> parts = new ArrayList<>();
          for (SousAction sa : fiche.sousActions()) {
            boolean inherits = sa.calendar().form() == CalendarForm.NONE && fiche.calendar().form() != CalendarForm.NONE;
            Assessment a = assess(inherits ? fiche.calendar() : sa.calendar(), schema.period(), asOf,
                reviews.sousAction(fiche, sa), inherits ? "fiche calendar " : "");
            parts.add(a.status());
            lineCounts.merge(a.status(), 1, Integer::sum);
            results.add(statusResult(index.sousAction(sa), a));
          }
          ficheAssessment = new Assessment(combine(parts), () -> describeCounts(parts, "sous-action"));
        }
        ficheStatuses.add(ficheAssessment.status());
        planFiches.add(ficheAssessment.status());
        results.add(statusResult(index.fiche(fiche), ficheAssessment));
      }
      results.add(statusResult(index.orientation(orientation),
          new Assessment(combine(ficheStatuses), () -> describeCounts(ficheStatuses, "fiche"))));
    }
    results.add(statusResult(index.plan(), new Assessment(combine(planFiches), () -> describeCounts(planFiches, "fiche"))));
    int lines = lineCounts.values().stream().mapToInt(Integer::intValue).sum();
    for (ScheduleStatus s : ScheduleStatus.values()) {
      results.add(result(countMetric(s), index.plan())
          .value(lineCounts.getOrDefault(s, 0))
          .unit("sous-actions")
          .explanation("sous-actions " + s.label() + " of " + lines + " (a fiche with no sous-action counts as one)")
          .build());
    }
    return results;
  }

  /** The metric of the plan's count of sous-actions in a status: {@code count.late}, {@code count.not-yet-due}. */
  public static String countMetric(ScheduleStatus status) {
    return COUNT_PREFIX + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private IndicatorResult statusResult(Scope scope, Assessment a) {
    return result(STATUS, scope, a.status().toValue(), Optional.empty(), a.why());
  }

  private static void countLines(Fiche fiche, ScheduleStatus status, Map<ScheduleStatus, Integer> counts) {
    counts.merge(status, Math.max(1, fiche.sousActions().size()), Integer::sum);
  }

  /** The status of one line of work; package access for the tests. */
  static Assessment assess(
      ActionCalendar calendar, Optional<YearRange> planPeriod, LocalDate asOf, Optional<StatusReading> reading,
      String calendarPrefix) {
    if (reading.isPresent() && reading.get().isClosed()) {
      return new Assessment(ScheduleStatus.CLOSED, () -> said(reading));
    }
    if (reading.isPresent() && reading.get().isDone()) {
      return new Assessment(ScheduleStatus.DONE, () -> said(reading));
    }
    Optional<StatusCategory> category = reading.flatMap(StatusReading::category);
    boolean underWay = category.filter(c -> c == StatusCategory.ACTIVE).isPresent();
    boolean notStarted = category.filter(c -> c == StatusCategory.NOT_STARTED).isPresent();
    boolean saidLate = reading.flatMap(StatusReading::status).filter(s -> s.code().equals(StatusVocabulary.LATE)).isPresent();
    if (!calendar.isDated()) {
      ScheduleStatus s = calendar.form() == CalendarForm.IN_PROGRESS
          ? notStarted ? ScheduleStatus.SHOULD_HAVE_STARTED : saidLate ? ScheduleStatus.LATE : ScheduleStatus.RUNNING
          : saidLate ? ScheduleStatus.LATE : underWay ? ScheduleStatus.RUNNING : ScheduleStatus.UNSCHEDULED;
      return new Assessment(s, () -> calendarPrefix + describe(calendar) + "; " + said(reading));
    }
    Optional<LocalDate> start = calendar.startDate(planPeriod);
    Optional<LocalDate> end = calendar.endDate(planPeriod);
    if (end.isPresent() && asOf.isAfter(end.get())) {
      return new Assessment(ScheduleStatus.LATE,
          () -> calendarPrefix + describe(calendar) + ", planned end " + end.get() + " passed; " + said(reading));
    }
    if (start.isPresent() && asOf.isBefore(start.get())) {
      return new Assessment(underWay ? ScheduleStatus.RUNNING : ScheduleStatus.NOT_YET_DUE,
          () -> calendarPrefix + describe(calendar) + ", planned start " + start.get()
              + (underWay ? ", started ahead; " : "; ") + said(reading));
    }
    ScheduleStatus s = notStarted ? ScheduleStatus.SHOULD_HAVE_STARTED
        : saidLate ? ScheduleStatus.LATE : ScheduleStatus.RUNNING;
    return new Assessment(s, () -> calendarPrefix + describe(calendar) + (calendar.form() == CalendarForm.GRID
        ? (calendar.isActiveOn(asOf, planPeriod)
            ? ", marked for the current semester" : ", not marked for the current semester")
        : ", within its planned period")
        + (end.isEmpty() ? " (no planned end)" : "") + "; " + said(reading));
  }

  /** What the review said, for explanations. */
  private static String said(Optional<StatusReading> reading) {
    return reading.map(r -> "review " + r.describe()).orElse("no review status");
  }

  /** Combines the statuses of parts into the status of the whole. */
  static ScheduleStatus combine(List<ScheduleStatus> parts) {
    EnumSet<ScheduleStatus> judged = EnumSet.noneOf(ScheduleStatus.class);
    boolean allClosed = true;
    for (ScheduleStatus s : parts) {
      if (s != ScheduleStatus.CLOSED && s != ScheduleStatus.UNSCHEDULED) {
        judged.add(s);
      }
      allClosed &= s == ScheduleStatus.CLOSED;
    }
    if (judged.isEmpty()) {
      return !parts.isEmpty() && allClosed ? ScheduleStatus.CLOSED : ScheduleStatus.UNSCHEDULED;
    }
    if (judged.size() == 1 && judged.contains(ScheduleStatus.DONE)) {
      return ScheduleStatus.DONE;
    }
    for (ScheduleStatus s : PRECEDENCE) {
      if (judged.contains(s)) {
        return s;
      }
    }
    return judged.contains(ScheduleStatus.DONE) ? ScheduleStatus.RUNNING : ScheduleStatus.NOT_YET_DUE;
  }

  private static String describeCounts(List<ScheduleStatus> parts, String what) {
    if (parts.isEmpty()) {
      return "no " + what;
    }
    Map<ScheduleStatus, Long> counts = parts.stream()
        .collect(Collectors.groupingBy(s -> s, () -> new EnumMap<>(ScheduleStatus.class), Collectors.counting()));
    return parts.size() + " " + what + (parts.size() > 1 ? "s" : "") + ": " + counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
  }

  /** "grid 2018-S1…2019-S1 (3 semesters)", "'2019-2020' (2019-01-01…2020-12-31)", "no calendar". */
  static String describe(ActionCalendar calendar) {
    String quoted = calendar.text().isBlank() ? "" : "'" + calendar.text().strip() + "'";
    return switch (calendar.form()) {
      case NONE -> "no calendar";
      case TO_BE_DEFINED -> "calendar " + (quoted.isEmpty() ? "to be defined" : quoted);
      case IN_PROGRESS -> "calendar " + (quoted.isEmpty() ? "in progress" : quoted);
      case UNPARSED -> "calendar " + quoted + " could not be read";
      case GRID -> "grid " + calendar.semesters().first() + (calendar.semesters().size() > 1
          ? "…" + calendar.semesters().last() + " (" + calendar.semesters().size() + " semesters)" : "");
      default -> "calendar " + (quoted.isEmpty() ? calendar.form().name().toLowerCase(java.util.Locale.ROOT) : quoted);
    };
  }

  /**
   * A status and why, written out when asked.
   *
   * @param status the status
   * @param why writes out the explanation
   */
  record Assessment(ScheduleStatus status, Supplier<String> why) {
    /** The explanation. */
    String explanation() {
      return why.get();
    }
  }
}
