package org.schemadepartemental.core;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.schemadepartemental.core.internal.Checks;

/**
 * The calendar of a fiche or sous-action: the original text, always kept, and its meaning at
 * the granularity the plan gives ("calendrier de mise en œuvre", "échéancier", "délai").
 *
 * <p>The meaning depends on the {@link CalendarForm}:
 *
 * <ul>
 *   <li>{@code POINT}: {@code start == end}, with an {@link Approximation};
 *   <li>{@code RANGE}: {@code start} and {@code end};
 *   <li>{@code FROM}: {@code start} only, the end being the end of the plan;
 *   <li>{@code UNTIL}: {@code end} only;
 *   <li>{@code GRID}: the marked {@code semesters}, {@code start} and {@code end} being the
 *       first and last of them;
 *   <li>{@code NONE}, {@code TO_BE_DEFINED}, {@code IN_PROGRESS}, {@code UNPARSED}: no dates.
 * </ul>
 *
 * <p>{@code org.schemadepartemental.core.calendar.CalendarParser} reads the French forms and
 * {@code CalendarFormatter} writes them back.
 *
 * @param text the text as printed in the document ({@code ""} when there was none)
 * @param form what kind of statement it is
 * @param start the first period, when the form has one
 * @param end the last period, when the form has one
 * @param approximation how a {@code POINT} is qualified; {@code EXACT} for every other form
 * @param semesters the marked semesters of a {@code GRID}; empty for every other form
 */
public record ActionCalendar(
    String text,
    CalendarForm form,
    Optional<CalendarPeriod> start,
    Optional<CalendarPeriod> end,
    Approximation approximation,
    SortedSet<CalendarPeriod> semesters) {

  private static final ActionCalendar NONE =
      new ActionCalendar("", CalendarForm.NONE, Optional.empty(), Optional.empty(),
          Approximation.EXACT, ImmutableSortedSet.of());

  /** Checks that the dates given agree with the form. */
  public ActionCalendar {
    text = Checks.text(text);
    Objects.requireNonNull(form, "form");
    start = Checks.optional(start);
    end = Checks.optional(end);
    approximation = approximation == null ? Approximation.EXACT : approximation;
    // Natural order whatever the comparator of the set given: first() and last() are start and end.
    // A set already immutable and in natural order is kept as it is (copyOf does not copy it).
    semesters = semesters == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(semesters);
    if (form == CalendarForm.GRID) {
      if (semesters.isEmpty()) {
        throw new IllegalArgumentException("a GRID calendar needs at least one semester");
      }
      for (CalendarPeriod p : semesters) {
        if (p.granularity() != Granularity.SEMESTER) {
          throw new IllegalArgumentException("a GRID calendar holds semesters only, got " + p);
        }
      }
      start = Optional.of(semesters.first());
      end = Optional.of(semesters.last());
    } else if (!semesters.isEmpty()) {
      throw new IllegalArgumentException("only a GRID calendar has semesters, not " + form);
    }
    boolean needsStart = form == CalendarForm.POINT || form == CalendarForm.RANGE || form == CalendarForm.FROM;
    boolean needsEnd = form == CalendarForm.POINT || form == CalendarForm.RANGE || form == CalendarForm.UNTIL;
    if (form != CalendarForm.GRID) {
      if (needsStart != start.isPresent() || needsEnd != end.isPresent()) {
        throw new IllegalArgumentException(form + " calendar: start " + (needsStart ? "required" : "not allowed")
            + ", end " + (needsEnd ? "required" : "not allowed") + "; got start=" + start + ", end=" + end);
      }
    }
    if (form == CalendarForm.POINT && !start.equals(end)) {
      throw new IllegalArgumentException("a POINT calendar has start == end");
    }
    if (form == CalendarForm.RANGE && end.get().startDate().isBefore(start.get().startDate())) {
      throw new IllegalArgumentException("range ends before it starts: " + start.get() + ".." + end.get());
    }
    if (form != CalendarForm.POINT && approximation != Approximation.EXACT) {
      throw new IllegalArgumentException("only a POINT calendar is approximate, not " + form);
    }
  }

  /** No calendar. */
  public static ActionCalendar none() {
    return NONE;
  }

  /** A single period, e.g. "1er semestre 2013" or "début juin 2013". */
  public static ActionCalendar point(String text, CalendarPeriod period, Approximation approximation) {
    return new ActionCalendar(text, CalendarForm.POINT, Optional.of(period), Optional.of(period),
        approximation, ImmutableSortedSet.of());
  }

  /** A range, e.g. "2019-2020". */
  public static ActionCalendar range(String text, CalendarPeriod start, CalendarPeriod end) {
    return new ActionCalendar(text, CalendarForm.RANGE, Optional.of(start), Optional.of(end),
        Approximation.EXACT, ImmutableSortedSet.of());
  }

  /** A start running to the end of the plan, e.g. "Démarrage en 2019". */
  public static ActionCalendar from(String text, CalendarPeriod start) {
    return new ActionCalendar(text, CalendarForm.FROM, Optional.of(start), Optional.empty(),
        Approximation.EXACT, ImmutableSortedSet.of());
  }

  /** A deadline, e.g. "d'ici fin 2020". */
  public static ActionCalendar until(String text, CalendarPeriod end) {
    return new ActionCalendar(text, CalendarForm.UNTIL, Optional.empty(), Optional.of(end),
        Approximation.EXACT, ImmutableSortedSet.of());
  }

  /** A semester grid with the given marked semesters. */
  public static ActionCalendar grid(String text, Collection<CalendarPeriod> semesters) {
    return new ActionCalendar(text, CalendarForm.GRID, Optional.empty(), Optional.empty(),
        Approximation.EXACT, ImmutableSortedSet.copyOf(semesters));
  }

  /** A calendar that states a known condition without dates ("A définir", "En cours") or could not be read. */
  public static ActionCalendar state(String text, CalendarForm form) {
    if (form == CalendarForm.POINT || form == CalendarForm.RANGE || form == CalendarForm.FROM
        || form == CalendarForm.UNTIL || form == CalendarForm.GRID) {
      throw new IllegalArgumentException(form + " needs dates");
    }
    return new ActionCalendar(text, form, Optional.empty(), Optional.empty(),
        Approximation.EXACT, ImmutableSortedSet.of());
  }

  /** Whether the calendar says when (it has at least a start or an end). */
  public boolean isDated() {
    return start.isPresent() || end.isPresent();
  }

  /**
   * The first day the work is planned, when known. For an {@code UNTIL} calendar the start of the
   * plan is used when given.
   */
  public Optional<LocalDate> startDate(Optional<YearRange> planPeriod) {
    if (start.isPresent()) {
      return Optional.of(start.get().startDate());
    }
    if (form == CalendarForm.UNTIL) {
      return planPeriod.map(YearRange::startDate);
    }
    return Optional.empty();
  }

  /**
   * The last day the work is planned, when known. For a {@code FROM} calendar ("Démarrage en
   * 2019") it is the end of the plan, when the plan period is given.
   */
  public Optional<LocalDate> endDate(Optional<YearRange> planPeriod) {
    if (end.isPresent()) {
      return Optional.of(end.get().endDate());
    }
    if (form == CalendarForm.FROM) {
      return planPeriod.map(YearRange::endDate);
    }
    return Optional.empty();
  }

  /**
   * Whether work is planned on that date. For a grid, only marked semesters count; for other
   * dated forms, any day between start and end.
   */
  public boolean isActiveOn(LocalDate date, Optional<YearRange> planPeriod) {
    if (form == CalendarForm.GRID) {
      return semesters.stream().anyMatch(p -> p.contains(date));
    }
    Optional<LocalDate> s = startDate(planPeriod);
    Optional<LocalDate> e = endDate(planPeriod);
    return s.isPresent() && e.isPresent() && !date.isBefore(s.get()) && !date.isAfter(e.get());
  }

  /** Whether work is planned during any part of the given period. */
  public boolean isActiveDuring(CalendarPeriod period, Optional<YearRange> planPeriod) {
    if (form == CalendarForm.GRID) {
      return semesters.stream().anyMatch(p -> p.overlaps(period));
    }
    Optional<LocalDate> s = startDate(planPeriod);
    Optional<LocalDate> e = endDate(planPeriod);
    return s.isPresent() && e.isPresent()
        && !period.endDate().isBefore(s.get()) && !period.startDate().isAfter(e.get());
  }

  /** The same meaning with another original text. */
  public ActionCalendar withText(String newText) {
    return new ActionCalendar(newText, form, start, end, approximation, semesters);
  }
}
