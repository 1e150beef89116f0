package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.csv.MeasurementRows;
import org.schemadepartemental.io.hardening.HostileInputs.Reader;
import org.schemadepartemental.io.spi.support.DecodedText;

/**
 * Each limit, for each reader it applies to and each kind of input the API takes (a path, bytes,
 * an opener of streams, a string; there is no {@code java.io.Reader} entry point): an input whose
 * measure equals the limit is read, and the same input under a limit one lower (the input is then
 * at limit + 1) fails with a {@link LimitExceededException} naming that limit and its value, at a
 * location naming the source.
 */
class ReadLimitsTest {

  @TempDir
  static Path folder;

  /** How an input reaches a reader. */
  enum InputKind { PATH, BYTES, OPENER, STRING }

  /** Which readers apply which limit, and how much of it a valid input uses. */
  private static final Map<String, List<Reader>> APPLIES = Map.ofEntries(
      Map.entry(ReadLimits.MAX_INPUT_BYTES, List.of(Reader.values())),
      Map.entry(ReadLimits.MAX_LINE_LENGTH, List.of(Reader.CSV_PLAN, Reader.CSV_MEASUREMENTS, Reader.SUMMARY_TABLE,
          Reader.MARKDOWN, Reader.ACTION_PLAN, Reader.PLAN_REVIEW)),
      Map.entry(ReadLimits.MAX_FICHES, List.of(Reader.JSON, Reader.CSV_PLAN, Reader.SUMMARY_TABLE, Reader.MARKDOWN,
          Reader.ACTION_PLAN)),
      Map.entry(ReadLimits.MAX_SOUS_ACTIONS, List.of(Reader.JSON, Reader.CSV_PLAN, Reader.SUMMARY_TABLE,
          Reader.MARKDOWN, Reader.ACTION_PLAN)),
      Map.entry(ReadLimits.MAX_INDICATORS, List.of(Reader.JSON, Reader.ACTION_PLAN)),
      Map.entry(ReadLimits.MAX_MEASUREMENTS, List.of(Reader.JSON, Reader.CSV_MEASUREMENTS)),
      Map.entry(ReadLimits.MAX_NESTING_DEPTH, List.of(Reader.JSON)),
      Map.entry(ReadLimits.MAX_STRING_LENGTH, List.of(Reader.JSON, Reader.CSV_PLAN, Reader.CSV_MEASUREMENTS)),
      Map.entry(ReadLimits.MAX_NAME_LENGTH, List.of(Reader.JSON)),
      Map.entry(ReadLimits.MAX_NUMBER_LENGTH, List.of(Reader.JSON)),
      Map.entry(ReadLimits.MAX_DOCUMENT_LENGTH, List.of(Reader.JSON, Reader.CSV_PLAN, Reader.CSV_MEASUREMENTS)));

  @TestFactory
  Stream<DynamicTest> anInputAtTheLimitIsReadAndAtLimitPlusOneRefusedNamingIt() {
    List<DynamicTest> tests = new ArrayList<>();
    APPLIES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      for (Reader reader : entry.getValue()) {
        byte[] input = reader.samples().get(0);
        long measure = measure(entry.getKey(), reader, input);
        for (InputKind kind : InputKind.values()) {
          tests.add(DynamicTest.dynamicTest(entry.getKey() + " / " + reader + " / " + kind,
              () -> checkAtTheLimit(entry.getKey(), reader, input, measure, kind)));
        }
      }
    });
    return tests.stream();
  }

  private static void checkAtTheLimit(String limitName, Reader reader, byte[] input, long measure, InputKind kind)
      throws IOException {
    assertThat(measure).as("how much of %s the %s sample uses", limitName, reader).isGreaterThan(1);
    String name = reader.id() + "-" + kind.name().toLowerCase() + ".txt";
    reader.read(source(kind, name, input), options(limitName, measure));
    Throwable thrown = catchThrowable(() -> reader.read(source(kind, name, input), options(limitName, measure - 1)));
    assertThat(thrown).as("%s over %s = %s", reader, limitName, measure - 1).isInstanceOf(LimitExceededException.class);
    LimitExceededException e = (LimitExceededException) thrown;
    assertThat(e.limitName()).isEqualTo(limitName);
    assertThat(e.limit()).isEqualTo(measure - 1);
    assertThat(e.getMessage()).contains(limitName + " = " + (measure - 1));
    assertThat(e.location().source()).endsWith(name);
  }

  private static ReadOptions options(String limitName, long value) {
    ReadLimits.Builder b = ReadLimits.builder();
    switch (limitName) {
      case ReadLimits.MAX_INPUT_BYTES -> b.maxInputBytes(value).maxDocumentLength(value * 2);
      case ReadLimits.MAX_LINE_LENGTH -> b.maxLineLength((int) value);
      case ReadLimits.MAX_FICHES -> b.maxFiches((int) value);
      case ReadLimits.MAX_SOUS_ACTIONS -> b.maxSousActions((int) value);
      case ReadLimits.MAX_INDICATORS -> b.maxIndicators((int) value);
      case ReadLimits.MAX_MEASUREMENTS -> b.maxMeasurements((int) value);
      case ReadLimits.MAX_NESTING_DEPTH -> b.maxNestingDepth((int) value);
      case ReadLimits.MAX_STRING_LENGTH -> b.maxStringLength((int) value);
      case ReadLimits.MAX_NAME_LENGTH -> b.maxNameLength((int) value);
      case ReadLimits.MAX_NUMBER_LENGTH -> b.maxNumberLength((int) value);
      case ReadLimits.MAX_DOCUMENT_LENGTH -> b.maxDocumentLength(value);
      default -> throw new IllegalArgumentException(limitName);
    }
    return ReadOptions.builder().limits(b.build()).build();
  }

  private static DocumentSource source(InputKind kind, String name, byte[] input) throws IOException {
    return switch (kind) {
      case PATH -> {
        Path file = folder.resolve(name);
        Files.write(file, input);
        yield DocumentSource.of(file);
      }
      case BYTES -> DocumentSource.of(name, input);
      case OPENER -> DocumentSource.of(name, () -> new ByteArrayInputStream(input));
      case STRING -> DocumentSource.ofText(name, new String(input, StandardCharsets.UTF_8));
    };
  }

  /** How much of the limit the input uses, measured independently of the reader. */
  private static long measure(String limitName, Reader reader, byte[] input) {
    return switch (limitName) {
      case ReadLimits.MAX_INPUT_BYTES -> input.length;
      // JSON counts the bytes it parses; CSV the characters of the decoded text (no byte-order mark).
      case ReadLimits.MAX_DOCUMENT_LENGTH -> reader == Reader.JSON ? input.length
          : DecodedText.decode(input, java.util.Optional.empty()).text().length();
      case ReadLimits.MAX_LINE_LENGTH -> DecodedText.decode(input, java.util.Optional.empty()).text()
          .lines().mapToInt(String::length).max().orElse(0);
      case ReadLimits.MAX_FICHES -> count(reader, input, s -> s.fiches().size());
      case ReadLimits.MAX_SOUS_ACTIONS -> count(reader, input, s -> s.fiches().stream()
          .mapToLong(f -> f.sousActions().size()).sum());
      case ReadLimits.MAX_INDICATORS -> count(reader, input, s -> s.fiches().stream()
          .mapToLong(f -> f.indicators().size()).sum());
      case ReadLimits.MAX_MEASUREMENTS -> reader == Reader.CSV_MEASUREMENTS
          ? ((MeasurementRows) reader.read(DocumentSource.of("m.csv", input), ReadOptions.defaults())).rows().size()
          : count(reader, input, ReadLimitsTest::measurements);
      case ReadLimits.MAX_STRING_LENGTH -> reader == Reader.JSON ? json(input, (p, t) -> t == JsonToken.VALUE_STRING
          ? p.getTextLength() : 0) : longestCell(input);
      case ReadLimits.MAX_NAME_LENGTH -> json(input, (p, t) -> t == JsonToken.FIELD_NAME ? p.getTextLength() : 0);
      case ReadLimits.MAX_NUMBER_LENGTH -> json(input, (p, t) -> t == JsonToken.VALUE_NUMBER_INT
          || t == JsonToken.VALUE_NUMBER_FLOAT ? p.getText().replaceAll("[^0-9]", "").length() : 0);
      case ReadLimits.MAX_NESTING_DEPTH -> json(input, (p, t) -> t == JsonToken.START_OBJECT
          || t == JsonToken.START_ARRAY ? p.getParsingContext().getNestingDepth() : 0);
      default -> throw new IllegalArgumentException(limitName);
    };
  }

  private static long count(Reader reader, byte[] input, ToLongFunction<Schema> counter) {
    return counter.applyAsLong(((ReadResult) reader.read(DocumentSource.of("x.txt", input), ReadOptions.defaults())).schema());
  }

  private static long measurements(Schema plan) {
    long n = 0;
    for (Fiche f : plan.fiches()) {
      for (Indicator i : f.indicators()) {
        n += i.measurements().size();
      }
    }
    for (Review r : plan.reviews()) {
      for (ReviewEntry e : r.entries()) {
        n += e.measurements().size();
      }
    }
    return n;
  }

  /** The longest cell of a CSV, read with a plain Jackson CSV parser. */
  private static long longestCell(byte[] input) {
    String text = DecodedText.decode(input, java.util.Optional.empty()).text();
    try (var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(String[].class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).<String[]>readValues(text)) {
      long longest = 0;
      while (rows.hasNext()) {
        for (String cell : rows.next()) {
          longest = Math.max(longest, cell.length());
        }
      }
      return longest;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The largest value a token measure takes over a JSON document, read without limits. */
  private static long json(byte[] input, TokenMeasure measure) {
    JsonFactory unlimited = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
        .maxNumberLength(Integer.MAX_VALUE).build()).build();
    try (JsonParser p = unlimited.createParser(input)) {
      long max = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        max = Math.max(max, measure.of(p, t));
      }
      return max;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface TokenMeasure {
    long of(JsonParser p, JsonToken t) throws IOException;
  }

  @Test
  void theDefaultsAreTheDocumentedValuesAndLimitsMustBePositive() {
    ReadLimits d = ReadOptions.defaults().limits();
    assertThat(d).isEqualTo(ReadLimits.defaults()).isEqualTo(ReadLimits.builder().build());
    assertThat(d.maxInputBytes()).isEqualTo(32L * 1024 * 1024);
    assertThat(d.maxLineLength()).isEqualTo(100_000);
    assertThat(d.maxNestingDepth()).isEqualTo(200);
    assertThat(d.toBuilder().maxFiches(5).build().maxFiches()).isEqualTo(5);
    assertThatThrownBy(() -> ReadLimits.builder().maxFiches(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxFiches");
  }

  @Test
  void theRegistryPassesTheLimitsToTheDetectedReader() {
    byte[] json = Reader.JSON.samples().get(0);
    ReadOptions tiny = ReadOptions.builder().limits(ReadLimits.builder().maxFiches(1).build()).build();
    assertThatThrownBy(() -> FormatRegistry.discover().read(DocumentSource.of("plan.json", json), tiny))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxFiches = 1");
  }

  @Test
  void theFirstSizeOptionOfTheDocumentReadersStillWinsOverTheLimits() {
    byte[] text = Reader.ACTION_PLAN.samples().get(0);
    ReadOptions options = ReadOptions.builder().property("document.maxBytes", Integer.toString(text.length - 1)).build();
    assertThatThrownBy(() -> Reader.ACTION_PLAN.read(DocumentSource.of("a.txt", text), options))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxInputBytes = " + (text.length - 1));
  }
}
