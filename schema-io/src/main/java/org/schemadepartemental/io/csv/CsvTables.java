package org.schemadepartemental.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.internal.InputLimits;
import org.schemadepartemental.io.internal.JacksonLimits;
import org.schemadepartemental.io.internal.TextDecoding;

/**
 * What both CSV layouts share: decoding (byte-order mark, UTF-8 or Windows-1252), the delimiter
 * ({@code ,} or {@code ;}, from the header), RFC 4180 records with the line and column of every
 * cell, the header's columns, the formula guard, numbers; and writing UTF-8 with a byte-order mark
 * and CRLF line ends. One {@link CsvFactory}, configured once with its own limits.
 */
final class CsvTables {

  /** The library's own factories, one per limits (never Jackson's global defaults). */
  private static final Function<ReadLimits, CsvFactory> FACTORIES = JacksonLimits.factoryCache(limits ->
      CsvFactory.builder()
          .streamReadConstraints(JacksonLimits.readConstraints(limits))
          // The SPI leaves the caller's stream open.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build());

  /** A plain decimal with an optional comma or point and spaces between thousands; no exponent. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,100}(?:[.,]\\d{1,100})?");
  private static final Pattern THOUSANDS_SPACES = Pattern.compile("(?<=\\d)[ \\u00A0\\u202F](?=\\d{3})");
  static final String NUMBER_EXPECTED = "a number such as 12, -3.5 or 12,5";

  /**
   * A cell as read, the formula guard removed.
   *
   * @param text the text
   * @param line its 1-based line
   * @param column its 1-based character column
   */
  record Cell(String text, int line, int column) {
    boolean isBlank() {
      return text.isBlank();
    }
  }

  /**
   * A record of the file.
   *
   * @param line the line it starts on
   * @param cells its cells, as many as the record has
   */
  record Row(int line, List<Cell> cells) {
    /** The cell at a 0-based index, or an empty one at the row's line when the record is short. */
    Cell cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : new Cell("", line, 0);
    }

    boolean isBlank() {
      for (Cell cell : cells) { // a loop, not a stream: every row of a file is asked
        if (!cell.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A whole file read.
   *
   * @param source the source name
   * @param delimiter the delimiter found (or forced)
   * @param header the first record
   * @param rows the other records, blank ones left out
   */
  record Table(String source, char delimiter, Row header, List<Row> rows) {
    InputLocation at(Cell cell) {
      return InputLocation.at(source, cell.line(), cell.column());
    }
  }

  /** Where each known column is in a header. */
  record Columns(Map<String, Integer> indexes) {
    /** The cell of the named column in a row (empty when the column is absent). */
    Cell cell(Row row, String column) {
      return row.cell(indexes.getOrDefault(column, -1));
    }

    boolean has(String column) {
      return indexes.containsKey(column);
    }
  }

  private CsvTables() {}

  /** Reads every record of the source, within the limits of the options. */
  static Table read(DocumentSource source, ReadOptions options) {
    ReadLimits limits = options.limits();
    byte[] bytes = InputLimits.readAll(source, limits.maxInputBytes(), ReadLimits.MAX_INPUT_BYTES);
    String text = TextDecoding.decode(bytes, options.charset()).text();
    // Jackson's CSV parser does not count the document: the decoded text is measured here.
    if (text.length() > limits.maxDocumentLength()) {
      throw new LimitExceededException(InputLocation.of(source.name()), ReadLimits.MAX_DOCUMENT_LENGTH,
          limits.maxDocumentLength(), "document too long", "characters");
    }
    InputLimits.checkLines(text, source.name(), limits.maxLineLength());
    char delimiter = delimiter(options.property(CsvLayout.DELIMITER_PROPERTY), text, source.name());
    List<Row> records = records(text, delimiter, source.name(), limits);
    if (records.isEmpty()) {
      throw new SchemaReadException(InputLocation.of(source.name()), "empty input", "a header line");
    }
    List<Row> rows = records.subList(1, records.size()).stream().filter(r -> !r.isBlank()).toList();
    return new Table(source.name(), delimiter, records.get(0), rows);
  }

  /** The header columns of a layout, checking the required ones and reporting unknown ones. */
  static Columns columns(Table table, CsvLayout layout, List<String> required, ReadOptions options,
      List<ReadProblem> problems) {
    Map<String, String> known = new HashMap<>();
    layout.columns().forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < table.header().cells().size(); i++) {
      Cell cell = table.header().cells().get(i);
      String name = known.get(cell.text().strip().toLowerCase(Locale.ROOT));
      if (name == null) {
        int index = i;
        long filled = table.rows().stream().filter(r -> !r.cell(index).isBlank()).count();
        if (cell.isBlank() && filled == 0) {
          continue; // an empty column with no title, as spreadsheets leave behind
        }
        String what = "unknown column '" + cell.text() + "' in the " + layout.id() + " layout";
        if (options.unknownFields() == ReadOptions.UnknownFields.REJECT) {
          throw new SchemaReadException(table.at(cell), what, "one of " + String.join(", ", layout.columns()));
        }
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.unknown-column", table.at(cell),
            what + " ignored, with its " + filled + " non-empty cell(s)",
            Optional.of("one of " + String.join(", ", layout.columns()))));
        continue;
      }
      if (indexes.put(name, i) != null) {
        throw new SchemaReadException(table.at(cell), "column '" + name + "' given twice", "each column once");
      }
    }
    for (String column : required) {
      if (!indexes.containsKey(column)) {
        throw new SchemaReadException(InputLocation.at(table.source(), table.header().line()),
            "missing column '" + column + "' in the " + layout.id() + " layout header",
            "the columns " + String.join(", ", layout.columns()));
      }
    }
    for (Row row : table.rows()) {
      if (row.cells().size() > table.header().cells().size()) {
        Cell extra = row.cells().get(table.header().cells().size());
        boolean lost = row.cells().subList(table.header().cells().size(), row.cells().size()).stream()
            .anyMatch(c -> !c.isBlank());
        if (lost) {
          throw new SchemaReadException(table.at(extra), "the row has " + row.cells().size()
              + " cells but the header only " + table.header().cells().size(), "at most one cell per column");
        }
      }
    }
    return new Columns(Map.copyOf(indexes));
  }

  /** Reads a number of a numeric column: spaces between thousands and a decimal comma allowed. */
  static Optional<BigDecimal> decimal(Table table, Cell cell, String column) {
    String text = cell.text().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (isPlainDecimal(text)) {
      return Optional.of(new BigDecimal(text.replace(',', '.'))); // most cells: no regex for them
    }
    String plain = THOUSANDS_SPACES.matcher(text).replaceAll("");
    if (!DECIMAL.matcher(plain).matches()) {
      throw new SchemaReadException(table.at(cell), "invalid number \"" + cell.text() + "\" in column '" + column + "'",
          NUMBER_EXPECTED);
    }
    return Optional.of(new BigDecimal(plain.replace(',', '.')));
  }

  /** Whether the text matches {@link #DECIMAL} as it is (no spaces between thousands), checked by hand. */
  static boolean isPlainDecimal(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits < 1 || digits > 100) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.' && text.charAt(i) != ',') {
      return false;
    }
    int decimals = text.length() - i - 1;
    for (int j = i + 1; j < text.length(); j++) {
      if (text.charAt(j) < '0' || text.charAt(j) > '9') {
        return false;
      }
    }
    return decimals >= 1 && decimals <= 100;
  }

  /** The text of a text column, or empty when blank. */
  static Optional<String> optionalText(Cell cell) {
    return cell.isBlank() ? Optional.empty() : Optional.of(cell.text());
  }

  /** Writes a header and rows, UTF-8 with a byte-order mark (so that Excel reads accents right), CRLF. */
  static void write(OutputStream out, WriteOptions options, List<String> header, List<List<String>> rows) {
    char delimiter = delimiter(options.property(CsvLayout.DELIMITER_PROPERTY), "", "the write options");
    CsvSchema.Builder schema = CsvSchema.builder();
    header.forEach(schema::addColumn);
    // The generator writes arrays as rows; the header is written as the first of them.
    CsvSchema csvSchema = schema.build().withoutHeader().withColumnSeparator(delimiter).withLineSeparator("\r\n")
        .withQuoteChar('"').withoutEscapeChar();
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      try (CsvGenerator g = FACTORIES.apply(ReadLimits.defaults()).createGenerator(writer)) {
        g.setSchema(csvSchema);
        writeRow(g, header);
        for (List<String> row : rows) {
          writeRow(g, row);
        }
      }
      writer.flush();
    } catch (IOException e) {
      throw new SchemaWriteException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  private static void writeRow(CsvGenerator g, List<String> cells) throws IOException {
    g.writeStartArray();
    for (String cell : cells) {
      g.writeString(cell);
    }
    g.writeEndArray();
  }

  private static char delimiter(Optional<String> forced, String text, String where) {
    if (forced.isPresent()) {
      String d = forced.get();
      if (d.equals("tab") || d.equals("\t")) {
        return '\t';
      }
      if (d.length() != 1 || Character.isLetterOrDigit(d.charAt(0)) || d.charAt(0) == '"') {
        throw new SchemaReadException(InputLocation.of(where), "invalid " + CsvLayout.DELIMITER_PROPERTY + " '" + d + "'",
            "one character such as , or ; (or 'tab')");
      }
      return d.charAt(0);
    }
    // The header line decides: French Excel writes ';', most other tools ','.
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static List<Row> records(String text, char delimiter, String source, ReadLimits limits) {
    List<Row> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withoutEscapeChar();
    try (CsvParser p = FACTORIES.apply(limits).createParser(new StringReader(text))) {
      p.setSchema(schema);
      List<Cell> cells = null;
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          cells = new ArrayList<>();
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = p.currentTokenLocation();
          Objects.requireNonNull(cells, "cells").add(
              new Cell(FormulaGuard.unprotect(p.getText()), Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())));
        } else if (token == JsonToken.END_ARRAY && cells != null) {
          // The row's line is its first cell's: the parser's own row location lags behind.
          int line = cells.isEmpty() ? 0 : cells.get(0).line();
          rows.add(new Row(line, List.copyOf(cells)));
          cells = null;
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      InputLocation where = at == null ? InputLocation.of(source)
          : InputLocation.at(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
      if (e instanceof StreamConstraintsException limit) {
        JacksonLimits.translate(limit, limits, where).ifPresent(x -> {
          throw x;
        });
      }
      throw new SchemaReadException(where, "malformed CSV: " + e.getOriginalMessage(),
          "RFC 4180 records: cells separated by '" + delimiter + "', quotes doubled inside quoted cells", e);
    } catch (IOException e) {
      throw new SchemaReadException(InputLocation.of(source), "cannot read: " + e, null, e);
    }
    return rows;
  }
}
