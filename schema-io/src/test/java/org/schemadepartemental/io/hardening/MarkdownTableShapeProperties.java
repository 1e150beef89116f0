package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.markdown.MarkdownFormat;
import org.schemadepartemental.io.spi.support.MarkdownTables;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * Markdown injection: titles holding pipes, backslashes, line breaks (LF, CR, CRLF), HTML and
 * Markdown marks never break the summary table: every row has as many cells as the header, no
 * line of the table is cut, and the table reads back to the same axes, fiches and sous-actions.
 */
class MarkdownTableShapeProperties {

  @Property(tries = 150, seed = "4913")
  void hostileTitlesKeepTheTableShape(@ForAll("hostile") String axis, @ForAll("hostile") String fiche,
      @ForAll("hostile") String sousAction) {
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", axis)
        .addFiche(Fiche.builder("1", fiche).addSousAction(sousAction, ActionCalendar.none())
            .addSousAction("Seconde | sous-action", ActionCalendar.none()).build())
        .build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MarkdownFormat().writer().orElseThrow().write(plan, out, WriteOptions.defaults().withProperty("markdown.details", "false"));
    String text = out.toString(StandardCharsets.UTF_8);

    List<String> rows = text.lines().filter(MarkdownTables::isRow).toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(4); // header, delimiter, two sous-actions
    int columns = MarkdownTables.splitRow(rows.get(0)).size();
    for (String row : rows) {
      assertThat(MarkdownTables.splitRow(row)).as("cells of %s", row).hasSize(columns);
    }
    Schema back = new MarkdownFormat().reader().orElseThrow()
        .read(DocumentSource.ofText("plan.md", text), ReadOptions.defaults()).schema();
    assertThat(back.fiches()).hasSize(1);
    assertThat(folded(back.orientations().get(0).title())).isEqualTo(folded(axis));
    assertThat(folded(back.fiches().get(0).title())).isEqualTo(folded(fiche));
    assertThat(back.fiches().get(0).sousActions()).extracting(s -> folded(s.title()))
        .containsExactly(folded(sousAction), folded("Seconde | sous-action"));
  }

  /** Titles compare as a reader of the table sees them: line breaks and runs of spaces as one space. */
  private static String folded(String title) {
    return TextFolding.collapseSpaces(title.replace('\t', ' '));
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("|", "||", "\\|", "\\", "\\\\", "\n", "\r", "\r\n", "<br>", "<script>alert(1)</script>", "&amp;",
            "&#124;", "**", "_", "`", "# ", "- ", "---", "| --- |", ":--:", "[lien](javascript:alert(1))", " ", "é"));
    return pieces.list().ofMinSize(1).ofMaxSize(8).map(list -> "T " + String.join("", list) + " fin");
  }
}
