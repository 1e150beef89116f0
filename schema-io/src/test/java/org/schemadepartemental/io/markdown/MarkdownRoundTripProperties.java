package org.schemadepartemental.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.WriteOptions;

/** Markdown write → layout-1 read keeps orientations, fiches, sous-actions and calendars. */
class MarkdownRoundTripProperties {
  private final MarkdownFormat markdown = new MarkdownFormat();

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 100, seed = "4242")
  void theSummaryTableReadsBackTheStructure(@ForAll("plans") Schema plan) {
    String text = write(plan, WriteOptions.defaults());
    ReadResult back = markdown.reader().orElseThrow()
        .read(DocumentSource.ofText("plan.md", text), ReadOptions.defaults());
    Schema read = back.schema();
    assertThat(read.title()).isEqualTo(plan.title());
    assertThat(read.id()).isEqualTo(plan.id());
    assertThat(read.departement()).isEqualTo(plan.departement());
    assertThat(read.period()).isEqualTo(plan.period());
    assertThat(shape(read.orientations())).isEqualTo(shape(plan.orientations()));
  }

  @Property(tries = 50, seed = "777")
  void withoutDetailsEveryLineIsPlaced(@ForAll("plans") Schema plan) {
    String text = write(plan, WriteOptions.defaults().withProperty(MarkdownWriter.DETAILS, "false"));
    ReadResult back = markdown.reader().orElseThrow()
        .read(DocumentSource.ofText("plan.md", text), ReadOptions.defaults());
    assertThat(back.placement().orElseThrow().unplaced()).isEmpty();
  }

  static String write(MarkdownFormat markdown, Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    markdown.writer().orElseThrow().write(plan, out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  private String write(Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    markdown.writer().orElseThrow().write(plan, out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the summary table carries, calendars by meaning (and by text where the text reads back to it). */
  static List<Object> shape(List<Orientation> orientations) {
    return orientations.stream().<Object>map(o -> List.of(o.code(), o.title(), o.kind(),
        o.fiches().stream().map(f -> List.of(f.number(), f.title(), calendar(f.calendar()),
            f.sousActions().stream().map(MarkdownRoundTripProperties::sousAction).toList())).toList())).toList();
  }

  private static List<Object> sousAction(SousAction s) {
    return List.of(s.id(), s.title(), calendar(s.calendar()));
  }

  private static List<Object> calendar(ActionCalendar c) {
    boolean textReadsBack = CalendarParser.standard().parse(c.text()).equals(c);
    return List.of(c.form(), c.start(), c.end(), c.approximation(), c.semesters(),
        textReadsBack ? c.text() : Objects.toString(null));
  }
}
