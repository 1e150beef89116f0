package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Escaping a Markdown cell and splitting the row are inverse, whatever the text. */
class MarkdownTablesProperties {

  @Property(tries = 300, seed = "11")
  void anEscapedCellSplitsBackToItsText(@ForAll @StringLength(max = 40) String text) {
    String clean = text.strip().replace("\r", "");
    String row = MarkdownTables.row(List.of(MarkdownTables.escapeCell(clean), "x"));
    List<String> cells = MarkdownTables.splitRow(row);
    assertThat(cells).hasSize(2);
    String expected = TextFolding.collapseSpaces(clean.replace('\t', ' ').replace('\u00a0', ' ').replace('\u202f', ' '));
    String got = HtmlFragments.toTextWithBreaks(cells.get(0));
    assertThat(TextFolding.collapseSpaces(got.replace('\t', ' ').replace('\u00a0', ' ').replace('\u202f', ' ')))
        .isEqualTo(expected);
  }

}
