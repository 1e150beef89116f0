package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;

/** Cells a spreadsheet would execute are neutralised on write and restored on read. */
class FormulaGuardTest {

  /** Cells that start like a formula, and the OWASP examples of CSV injection. */
  private static final List<String> DANGEROUS = List.of(
      "=1+1", "+33 1 23 45 67 89", "-2", "@cible", "\t=1", "\r=1", "\n=1",
      "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"clic\")",
      "+cmd|' /C notepad'!'A1'", "-2+3+cmd|' /C calc'!A0", "=", "+", "-", "@");

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=1+1|'=1+1",
      "+1|'+1",
      "-1|'-1",
      "@SUM(1+1)|'@SUM(1+1)",
      "\"=cmd|' /C calc'!A0\"|\"'=cmd|' /C calc'!A0\"",
      "'|''",
      "'=x|''=x",
      "''|'''",
      "'hello|''hello",
      "plain|plain",
      "a=b|a=b",
      "|"})
  void protectsFormulaStartersAndApostrophes(String cell, String written) {
    String in = cell == null ? "" : cell;
    String out = written == null ? "" : written;

    assertThat(FormulaGuard.protect(in)).isEqualTo(out);
    assertThat(FormulaGuard.unprotect(out)).isEqualTo(in);
  }

  @Test
  void controlCharactersAtTheStartAreProtected() {
    for (String start : List.of("\t", "\r", "\n")) {
      assertThat(FormulaGuard.protect(start + "x")).isEqualTo("'" + start + "x");
      assertThat(FormulaGuard.unprotect("'" + start + "x")).isEqualTo(start + "x");
    }
  }

  @Test
  void anApostropheTypedByAUserBeforePlainTextIsKept() {
    assertThat(FormulaGuard.unprotect("'hello")).isEqualTo("'hello");
  }

  @Property(tries = 500, seed = "42")
  void unprotectUndoesProtect(@ForAll String cell) {
    assertThat(FormulaGuard.unprotect(FormulaGuard.protect(cell))).isEqualTo(cell);
  }

  @Test
  void noWrittenCellStartsAFormulaAndTheRoundTripIsExact() throws IOException {
    Fiche.Builder fiche = Fiche.builder("1", "=SUM(A1:A9)");
    for (int i = 0; i < DANGEROUS.size(); i++) {
      // Calendar texts are kept verbatim by the model, control characters included.
      fiche.addSousAction("@titre " + i, ActionCalendar.state(DANGEROUS.get(i), org.schemadepartemental.core.CalendarForm.UNPARSED));
    }
    Schema plan = Schema.builder("p", "P").addOrientation(Orientation.builder("-1", "+Orientation").addFiche(fiche.build()).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvFormatProvider().writer().orElseThrow().write(plan, out, WriteOptions.defaults());

    // Every cell as a spreadsheet sees it, read by a plain CSV parser: none starts a formula.
    String text = out.toString(StandardCharsets.UTF_8).substring(1);
    List<String> cells = new ArrayList<>();
    try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
      rows.forEachRemaining(row -> cells.addAll(List.of(row)));
    }
    assertThat(cells).hasSize(CsvLayout.PLAN.columns().size() * (DANGEROUS.size() + 1));
    assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r\n".indexOf(c.charAt(0)) >= 0);
    assertThat(cells).contains("'=SUM(A1:A9)", "'-1", "'+Orientation", "'=cmd|' /C calc'!A0", "'\t=1");
    Schema back = new CsvFormatProvider().reader().orElseThrow()
        .read(DocumentSource.of("plan.csv", out.toByteArray()), ReadOptions.defaults()).schema();
    List<String> calendars = back.fiches().get(0).sousActions().stream().map(a -> a.calendar().text()).toList();
    assertThat(calendars).containsExactlyElementsOf(DANGEROUS);
    assertThat(back.orientations().get(0).code()).isEqualTo("-1");
    assertThat(back.fiches().get(0).title()).isEqualTo("=SUM(A1:A9)");
  }
}
