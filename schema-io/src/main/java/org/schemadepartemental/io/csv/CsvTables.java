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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
   * @param row the record it is in
   * @param index its 0-based index in the record; -1 for a cell the record lacks (read as empty)
   */
  record Cell(String text, Row row, int index) {
    boolean isBlank() {
      return text.isBlank();
    }

    /** Its 1-based line as the parser gives it; the record's line for a cell the record lacks. */
    int line() {
      return index < 0 ? row.line() : row.positions.line(row.record, index);
    }

    /** Its 1-based character column as the parser gives it; 0 for a cell the record lacks. */
    int column() {
      return index < 0 ? 0 : row.positions.column(row.record, index);
    }
  }

  /**
   * A record of the file: the texts of its cells. Their lines and columns are asked of the
   * {@link Positions} of the file, only when a message needs one.
   */
  static final class Row {
    private final Positions positions;
    private final int record;
    private final int line;
    private final String[] texts;

    private Row(Positions positions, int record, int line, String[] texts) {
      this.positions = positions;
      this.record = record;
      this.line = line;
      this.texts = texts;
    }

    /** The line it starts on (its first cell's), 0 when it has no cell. */
    int line() {
      return line;
    }

    /** How many cells it has. */
    int size() {
      return texts.length;
    }

    /**
     * The text of the cell at a 0-based index, empty when the record is short: what a row's
     * reading asks, without making a {@link Cell} (the cell is made for a message only).
     */
    String text(int index) {
      return index >= 0 && index < texts.length ? texts[index] : "";
    }

    /** The cell at a 0-based index, or an empty one at the row's line when the record is short. */
    Cell cell(int index) {
      return index >= 0 && index < texts.length ? new Cell(texts[index], this, index) : new Cell("", this, -1);
    }

    /** Its cells, in order. */
    List<Cell> cells() {
      List<Cell> cells = new ArrayList<>(texts.length);
      for (int i = 0; i < texts.length; i++) {
        cells.add(new Cell(texts[i], this, i));
      }
      return cells;
    }

    /** Whether the cells' locations were asked for (the file parsed a second time); for tests. */
    boolean cellsLocated() {
      return positions.byRecord != null;
    }

    boolean isBlank() {
      for (String text : texts) { // a loop, not a stream: every row of a file is asked
        if (!text.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The line and column of every cell of a file, as the parser gives them. The parser makes a
   * location object each time one is asked (a third of the parse when asked for every cell), and
   * a file without a problem needs none: the records keep their first line only, and the file is
   * parsed a second time, with every cell's location, the first time a message needs one.
   */
  static final class Positions {
    private final String text;
    private final char delimiter;
    private final String source;
    private final ReadLimits limits;
    /** Per record, the line and column of each cell (two ints per cell); null until asked. */
    private List<int[]> byRecord;

    private Positions(String text, char delimiter, String source, ReadLimits limits) {
      this.text = text;
      this.delimiter = delimiter;
      this.source = source;
      this.limits = limits;
    }

    int line(int record, int cell) {
      return of(record)[2 * cell];
    }

    int column(int record, int cell) {
      return of(record)[2 * cell + 1];
    }

    private int[] of(int record) {
      if (byRecord == null) {
        List<int[]> all = new ArrayList<>();
        records(text, delimiter, source, limits, this, all); // the same text, parsed the same way: the same records
        byRecord = all;
      }
      return byRecord.get(record);
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
      return row.cell(index(column));
    }

    /** The 0-based index of the named column, or -1 when the header lacks it: looked up once per file. */
    int index(String column) {
      return indexes.getOrDefault(column, -1);
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
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (Row row : records.subList(1, records.size())) { // a loop, not a stream: every row of a file is asked
      if (!row.isBlank()) {
        rows.add(row);
      }
    }
    return new Table(source.name(), delimiter, records.get(0), Collections.unmodifiableList(rows));
  }



  /** The header columns of a layout, checking the required ones and reporting unknown ones. */
  static Columns columns(Table table, CsvLayout layout, List<String> required, ReadOptions options,
      List<ReadProblem> problems) {
    Map<String, String> known = new HashMap<>();
    layout.columns().forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    Map<String, Integer> indexes = new HashMap<>();
    List<Cell> header = table.header().cells();
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
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
    int width = table.header().size();
    for (Row row : table.rows()) {
      if (row.size() > width) {
        boolean lost = false;
        for (int i = width; i < row.size(); i++) {
          lost |= !row.text(i).isBlank();
        }
        if (lost) {
          throw new SchemaReadException(table.at(row.cell(width)), "the row has " + row.size()
              + " cells but the header only " + width, "at most one cell per column");
        }
      }
    }
    return new Columns(Map.copyOf(indexes));
  }

  /**
   * Reads the number of a numeric column in a row (the cell at {@code index}): spaces between
   * thousands and a decimal comma allowed.
   */
  static Optional<BigDecimal> decimal(Table table, Row row, int index, String column) {
    String text = row.text(index).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal number = plainDecimal(text);
    if (number != null) {
      return Optional.of(number); // most cells: no regex for them
    }
    String plain = THOUSANDS_SPACES.matcher(text).replaceAll("");
    if (!DECIMAL.matcher(plain).matches()) {
      throw new SchemaReadException(table.at(row.cell(index)), "invalid number \"" + row.text(index) + "\" in column '"
          + column + "'", NUMBER_EXPECTED);
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

  /**
   * The number of a text that matches {@link #DECIMAL} as it is, as {@code new BigDecimal} reads
   * it with the comma as a point (same digits, same scale), else null. Up to 18 characters, checked
   * and read in one pass by hand, without the char array and the general parse of that
   * constructor: every number cell of a file goes through here.
   */
  static BigDecimal plainDecimal(String text) {
    int length = text.length();
    if (length > 18) {
      return isPlainDecimal(text) ? new BigDecimal(text.replace(',', '.')) : null;
    }
    int start = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    long unscaled = 0; // at most 18 digits: within a long
    int separator = -1;
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
      } else if ((c == '.' || c == ',') && separator < 0) {
        separator = i;
      } else {
        return null;
      }
    }
    int whole = (separator < 0 ? length : separator) - start;
    int scale = separator < 0 ? 0 : length - separator - 1;
    if (whole < 1 || separator >= 0 && scale < 1) {
      return null;
    }
    return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, scale);
  }

  /** The text of a text column in a row (the cell at {@code index}), or empty when blank. */
  static Optional<String> optionalText(Row row, int index) {
    String text = row.text(index);
    return text.isBlank() ? Optional.empty() : Optional.of(text);
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

  /** Every record of the text. */
  private static List<Row> records(String text, char delimiter, String source, ReadLimits limits) {
    return records(text, delimiter, source, limits, new Positions(text, delimiter, source, limits), null);
  }

  /**
   * Every record of the text, each with its first cell's line; when {@code cellPositions} is
   * given, each record's line and column of every cell are added to it (two ints per cell).
   */
  private static List<Row> records(String text, char delimiter, String source, ReadLimits limits, Positions positions,
      List<int[]> cellPositions) {
    List<Row> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withoutEscapeChar();
    try (CsvParser p = FACTORIES.apply(limits).createParser(new StringReader(text))) {
      p.setSchema(schema);
      // Each record is read into an array of the header's width, kept as it is when the record
      // has that width (most do), else cut to its size.
      int width = 16;
      String[] cells = null;
      int count = 0;
      int[] places = new int[2 * width];
      int line = 0;
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          cells = new String[width];
          count = 0;
          line = 0;
        } else if (token == JsonToken.VALUE_STRING) {
          if (cells == null) {
            throw new IllegalStateException("a CSV cell outside a record");
          }
          if (count == cells.length) {
            cells = Arrays.copyOf(cells, 2 * count);
          }
          // The record's line is its first cell's: the parser's own record location lags behind.
          if (count == 0 || cellPositions != null) {
            JsonLocation at = p.currentTokenLocation();
            int cellLine = Math.max(0, at.getLineNr());
            line = count == 0 ? cellLine : line;
            if (cellPositions != null) {
              if (2 * count + 2 > places.length) {
                places = Arrays.copyOf(places, 2 * places.length);
              }
              places[2 * count] = cellLine;
              places[2 * count + 1] = Math.max(0, at.getColumnNr());
            }
          }
          cells[count++] = FormulaGuard.unprotect(p.getText());
        } else if (token == JsonToken.END_ARRAY && cells != null) {
          if (cellPositions != null) {
            cellPositions.add(Arrays.copyOf(places, 2 * count));
          }
          rows.add(new Row(positions, rows.size(), line, count == cells.length ? cells : Arrays.copyOf(cells, count)));
          if (rows.size() == 1) {
            width = Math.max(1, count);
          }
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
