package org.schemadepartemental.testkit.builtin;

import java.util.List;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.csv.CsvFormatProvider;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.testkit.ReaderSample;
import org.schemadepartemental.testkit.SchemaReaderContract;
import org.schemadepartemental.testkit.SchemaWriterContract;

/**
 * The CSV format against the kit. Its plan layout carries one row per sous-action: the
 * orientations, fiches (with calendar, pilot and partner names) and sous-actions with calendars.
 */
class CsvFormatConformanceTest implements SchemaReaderContract, SchemaWriterContract {

  /** What the plan layout carries of an orientation. */
  record OrientationRow(String code, String title, OrientationKind kind, List<FicheRow> fiches) {}

  /** What it carries of a fiche. */
  record FicheRow(String id, String number, String title, ActionCalendar calendar, List<String> pilots,
      List<String> partners, List<SousActionRow> sousActions) {}

  /** What it carries of a sous-action. */
  record SousActionRow(String id, String title, ActionCalendar calendar) {}

  @Override
  public FormatProvider provider() {
    return new CsvFormatProvider();
  }

  @Override
  public List<ReaderSample> samples() {
    return List.of(ReaderSample.resource("samples/orne-plan-2017-2021.csv"));
  }

  @Override
  public Object carried(Schema plan) {
    return plan.orientations().stream().map(CsvFormatConformanceTest::row).toList();
  }

  private static OrientationRow row(Orientation o) {
    return new OrientationRow(o.code(), o.title(), o.kind(), o.fiches().stream().map(CsvFormatConformanceTest::row).toList());
  }

  private static FicheRow row(Fiche f) {
    return new FicheRow(f.id(), f.number(), f.title(), f.calendar(), names(f.pilots()), names(f.partners()),
        f.sousActions().stream().map(s -> new SousActionRow(s.id(), s.title(), s.calendar())).toList());
  }

  private static List<String> names(List<Actor> actors) {
    return actors.stream().map(Actor::name).toList();
  }
}
