package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ReadOptions;

/**
 * How a CSV file is held while read: each cell's line and column are found only when a message
 * needs one, and then are those the parser gives.
 */
class CsvTablesTest {

  private static CsvTables.Table read(String text) {
    return CsvTables.read(DocumentSource.ofText("t.csv", text), ReadOptions.defaults());
  }

  /**
   * "text@line:column" of every cell of the records the table keeps (the header, then the records
   * not blank), as the parser gives them when asked for every cell: how the records were read
   * before their cells were located on demand.
   */
  private static List<String> parserLocations(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<Boolean> blank = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar();
    try (CsvParser p = new CsvFactory().createParser(new StringReader(text))) {
      p.setSchema(schema);
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          records.add(new ArrayList<>());
          blank.add(true);
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = p.currentTokenLocation();
          String cell = FormulaGuard.unprotect(p.getText());
          records.get(records.size() - 1).add(cell + "@" + Math.max(0, at.getLineNr()) + ":" + Math.max(0, at.getColumnNr()));
          blank.set(blank.size() - 1, blank.get(blank.size() - 1) && cell.isBlank());
        }
      }
    }
    List<String> locations = new ArrayList<>(records.get(0));
    for (int i = 1; i < records.size(); i++) {
      if (!blank.get(i)) {
        locations.addAll(records.get(i));
      }
    }
    return locations;
  }

  private static List<String> tableLocations(CsvTables.Table table) {
    List<CsvTables.Row> records = new ArrayList<>();
    records.add(table.header());
    records.addAll(table.rows());
    List<String> locations = new ArrayList<>();
    for (CsvTables.Row row : records) {
      for (CsvTables.Cell cell : row.cells()) {
        locations.add(cell.text() + "@" + cell.line() + ":" + cell.column());
      }
    }
    return locations;
  }

  @Provide
  Arbitrary<String> tables() {
    Arbitrary<String> plain = Arbitraries.strings().withChars("ab1 é'=-").ofMaxLength(6);
    Arbitrary<String> quoted = Arbitraries.strings().withChars("a,;\"\r\n é").ofMaxLength(6)
        .map(t -> "\"" + t.replace("\"", "\"\"") + "\"");
    Arbitrary<String> record = Arbitraries.oneOf(plain, quoted).list().ofMinSize(1).ofMaxSize(5)
        .map(cells -> String.join(",", cells));
    return Arbitraries.of("\n", "\r\n").flatMap(end -> record.list().ofMinSize(1).ofMaxSize(6)
        .map(records -> "h1,h2,h3" + end + String.join(end, records) + end));
  }

  @Property(tries = 300, seed = "20251122")
  void everyCellIsLocatedWhereTheParserPutsIt(@ForAll("tables") String text) throws IOException {
    CsvTables.Table table = read(text);

    assertThat(tableLocations(table)).isEqualTo(parserLocations(text));
  }

  @Test
  void aFileWithoutProblemIsParsedOnceAndACellIsLocatedWhenAsked() {
    CsvTables.Table table = read("indicatorId,period,value\r\nfa-1.i1,2019,1\r\nfa-1.i1,\"2020\",2\r\n");

    MeasurementRows rows = MeasurementCsv.read(table, ReadOptions.defaults());

    assertThat(rows.rows()).hasSize(2);
    assertThat(table.header().cellsLocated()).as("locations made for a file without problem").isFalse();
    assertThat(table.rows()).extracting(CsvTables.Row::line).containsExactly(2, 3);
    CsvTables.Cell quoted = table.rows().get(1).cell(1);
    assertThat(table.at(quoted)).isEqualTo(InputLocation.at("t.csv", 3, 9));
    assertThat(table.header().cellsLocated()).isTrue();
    assertThat(table.at(table.rows().get(1).cell(5))).as("a cell the record lacks").isEqualTo(InputLocation.at("t.csv", 3, 0));
  }
}
