package org.schemadepartemental.indicators.former;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Fiche;
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
 * {@code ScheduleStatusCalculator} as it was at 682d0a3, kept as an oracle: the results must not change. Not to be
 * maintained, only compared with.
 */
public final class FormerScheduleStatusCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "schedule-status";
  /** Metric of every status result. */
  public static final String STATUS = "status";
  /** Prefix of the plan's count metrics ({@code count.late}). */
  public static final String COUNT_PREFIX = "count.";

  /** The calculator. */
  public FormerScheduleStatusCalculator() {
    super(ID, "Schedule status at the date, per sous-action, fiche and orientation, from calendars and reviews");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema);
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
          ficheAssessment = new Assessment(ScheduleStatus.CLOSED,
              "fiche " + fiche.lifecycle().status().name().toLowerCase(java.util.Locale.ROOT)
                  + fiche.lifecycle().note().map(n -> " (" + n + ")").orElse(""));
          countLines(fiche, ScheduleStatus.CLOSED, lineCounts);
        } else if (ficheReading.filter(r -> r.isDone() || r.isClosed()).isPresent() || fiche.sousActions().isEmpty()) {
          ficheAssessment = assess(fiche.calendar(), schema.period(), asOf, ficheReading, "");
          countLines(fiche, ficheAssessment.status(), lineCounts);
          if (!fiche.sousActions().isEmpty()) {
            for (SousAction sa : fiche.sousActions()) {
              results.add(statusResult(index.sousAction(sa), new Assessment(ficheAssessment.status(),
                  "fiche status: " + ficheAssessment.explanation())));
            }
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
          ScheduleStatus combined = combine(parts);
          ficheAssessment = new Assessment(combined, describeCounts(parts, "sous-action"));
        }
        ficheStatuses.add(ficheAssessment.status());
        planFiches.add(ficheAssessment.status());
        results.add(statusResult(index.fiche(fiche), ficheAssessment));
      }
      results.add(statusResult(index.orientation(orientation),
          new Assessment(combine(ficheStatuses), describeCounts(ficheStatuses, "fiche"))));
    }
    results.add(statusResult(index.plan(), new Assessment(combine(planFiches), describeCounts(planFiches, "fiche"))));
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
    return result(STATUS, scope).value(a.status().toValue()).explanation(a.explanation()).build();
  }

  private static void countLines(Fiche fiche, ScheduleStatus status, Map<ScheduleStatus, Integer> counts) {
    counts.merge(status, Math.max(1, fiche.sousActions().size()), Integer::sum);
  }

  /** The status of one line of work; package access for the tests. */
  static Assessment assess(
      ActionCalendar calendar, Optional<YearRange> planPeriod, LocalDate asOf, Optional<StatusReading> reading,
      String calendarPrefix) {
    String said = reading.map(r -> "review " + r.describe()).orElse("no review status");
    if (reading.isPresent() && reading.get().isClosed()) {
      return new Assessment(ScheduleStatus.CLOSED, said);
    }
    if (reading.isPresent() && reading.get().isDone()) {
      return new Assessment(ScheduleStatus.DONE, said);
    }
    Optional<StatusCategory> category = reading.flatMap(StatusReading::category);
    boolean underWay = category.filter(c -> c == StatusCategory.ACTIVE).isPresent();
    boolean notStarted = category.filter(c -> c == StatusCategory.NOT_STARTED).isPresent();
    boolean saidLate = reading.flatMap(StatusReading::status).filter(s -> s.code().equals(StatusVocabulary.LATE)).isPresent();
    String cal = calendarPrefix + describe(calendar);
    if (!calendar.isDated()) {
      if (calendar.form() == CalendarForm.IN_PROGRESS) {
        return new Assessment(notStarted ? ScheduleStatus.SHOULD_HAVE_STARTED : saidLate ? ScheduleStatus.LATE
            : ScheduleStatus.RUNNING, cal + "; " + said);
      }
      ScheduleStatus s = saidLate ? ScheduleStatus.LATE : underWay ? ScheduleStatus.RUNNING : ScheduleStatus.UNSCHEDULED;
      return new Assessment(s, cal + "; " + said);
    }
    Optional<LocalDate> start = calendar.startDate(planPeriod);
    Optional<LocalDate> end = calendar.endDate(planPeriod);
    if (end.isPresent() && asOf.isAfter(end.get())) {
      return new Assessment(ScheduleStatus.LATE, cal + ", planned end " + end.get() + " passed; " + said);
    }
    if (start.isPresent() && asOf.isBefore(start.get())) {
      return new Assessment(underWay ? ScheduleStatus.RUNNING : ScheduleStatus.NOT_YET_DUE,
          cal + ", planned start " + start.get() + (underWay ? ", started ahead; " : "; ") + said);
    }
    String window = cal + (calendar.form() == CalendarForm.GRID
        ? (calendar.isActiveOn(asOf, planPeriod) ? ", marked for the current semester" : ", not marked for the current semester")
        : ", within its planned period")
        + (end.isEmpty() ? " (no planned end)" : "");
    if (notStarted) {
      return new Assessment(ScheduleStatus.SHOULD_HAVE_STARTED, window + "; " + said);
    }
    return new Assessment(saidLate ? ScheduleStatus.LATE : ScheduleStatus.RUNNING, window + "; " + said);
  }

  /** Combines the statuses of parts into the status of the whole. */
  static ScheduleStatus combine(List<ScheduleStatus> parts) {
    List<ScheduleStatus> judged = parts.stream()
        .filter(s -> s != ScheduleStatus.CLOSED && s != ScheduleStatus.UNSCHEDULED).toList();
    if (judged.isEmpty()) {
      return !parts.isEmpty() && parts.stream().allMatch(s -> s == ScheduleStatus.CLOSED)
          ? ScheduleStatus.CLOSED : ScheduleStatus.UNSCHEDULED;
    }
    if (judged.stream().allMatch(s -> s == ScheduleStatus.DONE)) {
      return ScheduleStatus.DONE;
    }
    for (ScheduleStatus s : List.of(ScheduleStatus.LATE, ScheduleStatus.SHOULD_HAVE_STARTED, ScheduleStatus.RUNNING)) {
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

  /** A status and why. */
  record Assessment(ScheduleStatus status, String explanation) {}
}
