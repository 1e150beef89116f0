package org.schemadepartemental.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.io.markdown.MarkdownRoundTripProperties.shape;

import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.layouts.LayoutSamples;
import org.schemadepartemental.io.layouts.summary.SummaryTableFormat;

/** The Markdown writer on a real plan and on text that could break a table. */
class MarkdownWriterTest {
  private final MarkdownFormat markdown = new MarkdownFormat();

  @Test
  void theSeineSaintDenisTableSurvivesMarkdown() {
    Schema ssd = LayoutSamples.read(new SummaryTableFormat(), "seine-saint-denis-tableau.txt").schema();
    String text = write(ssd, WriteOptions.defaults());
    assertThat(text).contains("| AXES TRANSVERSAUX | FICHES ACTIONS | SOUS-ACTIONS | CALENDRIER DE MISE EN ŒUVRE |")
        .contains("### Fiche 19 : Impliquer les jeunes");
    Schema back = markdown.reader().orElseThrow().read(DocumentSource.ofText("ssd.md", text), ReadOptions.defaults()).schema();
    assertThat(shape(back.orientations())).isEqualTo(shape(ssd.orientations()));
    assertThat(back.departement()).isEqualTo(ssd.departement());
  }

  @Test
  void pipesAndLineBreaksKeepTheTableShape() {
    Schema plan = Schema.builder("p", "Plan | test").addOrientation(Orientation.builder("1", "Axe a|b")
        .addFiche(Fiche.builder("1", "Titre\navec saut | et barre")
            .addSousAction("Sous-action 1 | x\\y", ActionCalendar.none())
            .addSousAction("<i>pas une balise</i> &amp;", CalendarParser.standard().parse("2019-2020"))
            .build())
        .build()).build();
    String text = write(plan, WriteOptions.defaults());
    assertThat(text).contains("Titre<br>avec saut \\| et barre").contains("&lt;i>pas une balise&lt;/i> &amp;amp;");
    Schema back = markdown.reader().orElseThrow().read(DocumentSource.ofText("t.md", text), ReadOptions.defaults()).schema();
    assertThat(shape(back.orientations())).isEqualTo(shape(plan.orientations()));
  }

  private String write(Schema plan, WriteOptions options) {
    return MarkdownRoundTripProperties.write(markdown, plan, options);
  }
}
