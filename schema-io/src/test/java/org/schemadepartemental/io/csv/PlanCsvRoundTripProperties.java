package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.WriteOptions;

/** The plan layout gives back everything it carries, whatever the plan. */
class PlanCsvRoundTripProperties {

  private static final CsvFormatProvider CSV = new CsvFormatProvider();

  /** What the plan layout carries of a sous-action. */
  record SousActionView(String id, String title, ActionCalendar calendar) {}

  /** What the plan layout carries of a fiche. */
  record FicheView(String id, String number, String title, ActionCalendar calendar, List<String> pilots,
      List<String> partners, List<SousActionView> sousActions) {}

  /** What the plan layout carries of an orientation. */
  record OrientationView(String code, String title, OrientationKind kind, List<FicheView> fiches) {}

  static List<OrientationView> view(Schema plan) {
    return plan.orientations().stream().map(PlanCsvRoundTripProperties::view).toList();
  }

  private static OrientationView view(Orientation o) {
    return new OrientationView(o.code(), o.title(), o.kind(), o.fiches().stream().map(PlanCsvRoundTripProperties::view).toList());
  }

  private static FicheView view(Fiche f) {
    return new FicheView(f.id(), f.number(), f.title(), f.calendar(), names(f.pilots()), names(f.partners()),
        f.sousActions().stream().map(a -> new SousActionView(a.id(), a.title(), a.calendar())).toList());
  }

  private static List<String> names(List<Actor> actors) {
    return actors.stream().map(Actor::name).toList();
  }

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 200, seed = "1123581321")
  void thePlanLayoutReadsBackWhatItCarries(@ForAll("plans") Schema plan) {
    ReadResult back = roundTrip(plan, WriteOptions.defaults());

    assertThat(view(back.schema())).isEqualTo(view(plan));
    assertThat(back.problems()).allMatch(p -> p.severity() == ProblemSeverity.INFO);
  }

  @Property(tries = 50, seed = "2357111317")
  void semicolonsReadBackTheSame(@ForAll("plans") Schema plan) {
    ReadResult back = roundTrip(plan, WriteOptions.defaults().withProperty(CsvLayout.DELIMITER_PROPERTY, ";"));

    assertThat(view(back.schema())).isEqualTo(view(plan));
  }

  @Test
  void aFicheWithoutSousActionAndAnOrientationWithoutFicheKeepTheirRow() {
    Schema plan = RichPlans.everyField().toBuilder()
        .addOrientation(Orientation.builder("T1", "Axe transversal sans fiche").kind(OrientationKind.TRANSVERSAL).build())
        .build();

    Schema back = roundTrip(plan, WriteOptions.defaults()).schema();

    assertThat(back.orientations()).extracting(Orientation::code).containsExactly("1", "T1");
    assertThat(back.fiches()).extracting(Fiche::id).containsExactly("fa-1", "fa-2");
    assertThat(back.fiches().get(1).sousActions()).isEmpty();
    assertThat(back.fiches().get(0).sousActions()).extracting(SousAction::id)
        .containsExactly("fa-1.sa1", "fa-1.sa2", "fa-1.sa3", "fa-1.sa4", "fa-1.sa5", "fa-1.sa6");
  }

  @Test
  void theIdAndTitleComeFromTheOptionsAndTheFileName() {
    ReadResult back = CSV.reader().orElseThrow().read(DocumentSource.of("exports/orne-plan.csv", write(RichPlans.everyField(),
        WriteOptions.defaults())), ReadOptions.builder().planId("orne-2017-2021").build());

    assertThat(back.schema().id()).isEqualTo("orne-2017-2021");
    assertThat(back.schema().title()).isEqualTo("orne-plan");
    assertThat(back.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("csv.plan-identity"));
  }

  private static ReadResult roundTrip(Schema plan, WriteOptions options) {
    return CSV.reader().orElseThrow().read(DocumentSource.of("plan.csv", write(plan, options)), ReadOptions.defaults());
  }

  static byte[] write(Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writer().orElseThrow().write(plan, out, options);
    return out.toByteArray();
  }
}
