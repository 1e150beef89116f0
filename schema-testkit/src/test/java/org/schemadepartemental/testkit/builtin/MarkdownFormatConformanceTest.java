package org.schemadepartemental.testkit.builtin;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;
import org.schemadepartemental.testkit.SchemaWriterContract;

/**
 * The Markdown format against the kit. What it reads back is its summary table: orientations
 * (code, title, kind), fiches (number, title, calendar) and sous-actions (title, calendar), the
 * calendars by meaning since a calendar may be printed in its canonical text.
 */
class MarkdownFormatConformanceTest implements SchemaReaderContract, SchemaWriterContract {

  /** An orientation of the summary table. */
  record AxisRow(String code, String title, OrientationKind kind, List<FicheRow> fiches) {}

  /** A fiche of the summary table. */
  record FicheRow(String number, String title, When calendar, List<SousActionRow> sousActions) {}

  /** A sous-action of the summary table. */
  record SousActionRow(String title, When calendar) {}

  /** What a calendar means, whatever its text. */
  record When(CalendarForm form, Optional<CalendarPeriod> start, Optional<CalendarPeriod> end,
      Approximation approximation, SortedSet<CalendarPeriod> semesters) {
    static When of(ActionCalendar c) {
      return new When(c.form(), c.start(), c.end(), c.approximation(), c.semesters());
    }
  }

  @Override
  public FormatProvider provider() {
    return BuiltIns.format("markdown");
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/orne-plan-2017-2021.md"));
  }

  @Override
  public Object carried(Schema plan) {
    return plan.orientations().stream().map(MarkdownFormatConformanceTest::row).toList();
  }

  private static AxisRow row(Orientation o) {
    return new AxisRow(o.code(), o.title(), o.kind(), o.fiches().stream().map(MarkdownFormatConformanceTest::row).toList());
  }

  private static FicheRow row(Fiche f) {
    return new FicheRow(f.number(), f.title(), When.of(f.calendar()),
        f.sousActions().stream().map(s -> new SousActionRow(s.title(), When.of(s.calendar()))).toList());
  }
}
