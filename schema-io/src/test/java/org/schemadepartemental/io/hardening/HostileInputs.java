package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.csv.CsvFormatProvider;
import org.schemadepartemental.io.csv.MeasurementCsv;
import org.schemadepartemental.io.json.JsonFormatProvider;
import org.schemadepartemental.io.layouts.LayoutSamples;
import org.schemadepartemental.io.layouts.actionplan.ActionPlanFormat;
import org.schemadepartemental.io.layouts.review.PlanReviewFormat;
import org.schemadepartemental.io.layouts.summary.SummaryTableFormat;
import org.schemadepartemental.io.markdown.MarkdownFormat;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * What the hardening tests share: every reader of the module with valid inputs to start from,
 * the mutations of broken files, and the one contract: a read returns, or throws the documented
 * {@link SchemaReadException} naming the source, within a deadline, and never reports an
 * internal failure (a {@code NullPointerException} or an index out of bounds caught by a reader's
 * safety net is a bug too).
 */
public final class HostileInputs {

  /** Longest a single read may take on a loaded two-core machine (the 10 MB inputs included). */
  public static final Duration DEADLINE = Duration.ofSeconds(10);

  private HostileInputs() {}

  /** A reader of the module, with valid inputs of its format. */
  public enum Reader {
    JSON("json", () -> List.of(write(new JsonFormatProvider(), RichPlans.everyField(), WriteOptions.defaults()),
        write(new JsonFormatProvider(), RichPlans.everyField(), WriteOptions.defaults().withPretty(false)))),
    CSV_PLAN("csv-plan", () -> List.of(write(new CsvFormatProvider(), RichPlans.everyField(), WriteOptions.defaults()),
        write(new CsvFormatProvider(), LayoutSamples.read(new SummaryTableFormat(), "seine-saint-denis-tableau.txt")
            .schema(), WriteOptions.defaults().withProperty("csv.delimiter", ";")))),
    CSV_MEASUREMENTS("csv-measurements", () -> List.of(write(new CsvFormatProvider(), RichPlans.everyField(),
        WriteOptions.defaults().withProperty("csv.layout", "measurements")))),
    SUMMARY_TABLE("summary-table", () -> List.of(LayoutSamples.bytes("seine-saint-denis-tableau.txt"),
        LayoutSamples.bytes("variants/summary-fewer-columns.md"), LayoutSamples.bytes("variants/summary-more-columns-cp1252.txt"))),
    MARKDOWN("markdown", () -> List.of(write(new MarkdownFormat(), RichPlans.everyField(), WriteOptions.defaults()))),
    ACTION_PLAN("action-plan", () -> List.of(orneExcerpt(),
        LayoutSamples.bytes("variants/action-plan-gers-cp1252.txt"))),
    PLAN_REVIEW("plan-review", () -> List.of(LayoutSamples.bytes("charente-maritime-bilan-2018-2022.txt"),
        LayoutSamples.bytes("variants/plan-review-lines.txt")));

    private final String id;
    private final java.util.function.Supplier<List<byte[]>> samples;
    private List<byte[]> cached;

    Reader(String id, java.util.function.Supplier<List<byte[]>> samples) {
      this.id = id;
      this.samples = samples;
    }

    /** The reader's name, also the folder of its regression inputs. */
    public String id() {
      return id;
    }

    /** Valid inputs of the format. */
    public synchronized List<byte[]> samples() {
      if (cached == null) {
        cached = samples.get();
      }
      return cached;
    }

    /** Reads with this reader; what it returns is of no interest to the contract. */
    public Object read(DocumentSource source, ReadOptions options) {
      return switch (this) {
        case JSON -> new JsonFormatProvider().reader().orElseThrow().read(source, options);
        case CSV_PLAN -> new CsvFormatProvider().reader().orElseThrow().read(source, options);
        case CSV_MEASUREMENTS -> MeasurementCsv.read(source, options);
        case SUMMARY_TABLE -> new SummaryTableFormat().reader().orElseThrow().read(source, options);
        case MARKDOWN -> new MarkdownFormat().reader().orElseThrow().read(source, options);
        case ACTION_PLAN -> new ActionPlanFormat().reader().orElseThrow().read(source, options);
        case PLAN_REVIEW -> new PlanReviewFormat().reader().orElseThrow().read(source, options);
      };
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * Reads the bytes within the deadline: the read returns, or throws a {@link SchemaReadException}
   * whose location names the source and whose cause is not an internal error.
   */
  public static void assertReadOrReadException(Reader reader, byte[] input, String name, ReadOptions options) {
    assertReadOrReadException(reader, input, name, options, DEADLINE);
  }

  /** As {@link #assertReadOrReadException(Reader, byte[], String, ReadOptions)}, within {@code deadline}. */
  public static void assertReadOrReadException(Reader reader, byte[] input, String name, ReadOptions options,
      Duration deadline) {
    assertTimeoutPreemptively(deadline, () -> {
      try {
        reader.read(DocumentSource.of(name, input), options);
      } catch (SchemaReadException e) {
        assertDocumented(e, name);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        fail(reader + " threw " + e + " instead of a SchemaReadException", e);
      }
    }, () -> reader + " took more than " + deadline + " on " + input.length + " bytes");
  }

  /** The documented read exception: the source named, no internal error behind it. */
  public static void assertDocumented(SchemaReadException e, String name) {
    assertThat(e.location().source()).as("the location's source of %s", e).isEqualTo(name);
    Throwable cause = e.getCause();
    while (cause != null) {
      // A reader's safety net turns these into read errors; behind one, they are bugs all the same.
      if (cause instanceof NullPointerException || cause instanceof IndexOutOfBoundsException
          || cause instanceof ClassCastException || cause instanceof IllegalStateException
          || cause instanceof IllegalArgumentException || cause instanceof ArithmeticException
          || cause instanceof java.util.NoSuchElementException || cause instanceof Error) {
        fail("an internal error behind " + e.getMessage(), cause);
      }
      cause = cause.getCause();
    }
  }

  /** How a valid file is broken. */
  public enum Mutation {
    TRUNCATE, FLIP_BYTES, SHUFFLE_LINES, DUPLICATE_LINES, DELETE_LINES, TO_WINDOWS_1252, TO_UTF_16LE_BOM,
    TO_UTF_16BE, FROM_WINDOWS_1252, ADD_BOM, MIX_LINE_ENDS, NUL_CHARACTERS, LONG_LINE, SWAP_CELLS
  }

  /** The input broken by the mutation, deterministically from the seed. */
  public static byte[] mutate(byte[] valid, Mutation mutation, long seed) {
    Random random = new Random(seed);
    String text = new String(valid, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    switch (mutation) {
      case TRUNCATE -> {
        return Arrays.copyOf(valid, random.nextInt(valid.length + 1));
      }
      case FLIP_BYTES -> {
        byte[] copy = valid.clone();
        for (int i = 0; i < 1 + copy.length / 200 && copy.length > 0; i++) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
      }
      case SHUFFLE_LINES -> Collections.shuffle(lines, random);
      case DUPLICATE_LINES -> {
        for (int i = 0; i < 1 + lines.size() / 8; i++) {
          lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
        }
      }
      case DELETE_LINES -> {
        for (int i = 0; i < 1 + lines.size() / 5 && lines.size() > 1; i++) {
          lines.remove(random.nextInt(lines.size()));
        }
      }
      case TO_WINDOWS_1252 -> {
        return encode(text, Charset.forName("windows-1252"), new byte[0]);
      }
      case TO_UTF_16LE_BOM -> {
        return encode(text, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});
      }
      case TO_UTF_16BE -> {
        return encode(text, StandardCharsets.UTF_16BE, new byte[0]);
      }
      case FROM_WINDOWS_1252 -> {
        // Bytes already in Windows-1252 read as if they were UTF-8 text, then written as UTF-8.
        return new String(valid, Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8);
      }
      case ADD_BOM -> {
        byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
        return concat(boms[random.nextInt(boms.length)], valid);
      }
      case MIX_LINE_ENDS -> {
        String[] ends = {"\n", "\r\n", "\r", "\n\n", "\u2028", "\u0085"};
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
          sb.append(line).append(ends[random.nextInt(ends.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      case NUL_CHARACTERS -> {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 1 + sb.length() / 100; i++) {
          sb.insert(random.nextInt(sb.length() + 1), '\u0000');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      case LONG_LINE -> {
        String[] shapes = {" ", ".", "a ", "| ", "\t", "1 ", "<", "Axe 1 ", "(AB) ", "* ", "FA 1 ", "…"};
        String shape = shapes[random.nextInt(shapes.length)];
        lines.add(random.nextInt(lines.size() + 1), "x" + shape.repeat(20_000 / shape.length()) + "y\u0085z");
      }
      case SWAP_CELLS -> {
        for (int i = 0; i < lines.size(); i++) {
          String[] cells = lines.get(i).split("(?<=[,;|\t])", -1);
          if (cells.length > 2 && random.nextBoolean()) {
            List<String> shuffled = new ArrayList<>(Arrays.asList(cells));
            Collections.swap(shuffled, random.nextInt(cells.length), random.nextInt(cells.length));
            lines.set(i, String.join("", shuffled));
          }
        }
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encode(String text, Charset charset, byte[] prefix) {
    return concat(prefix, text.getBytes(charset));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] write(FormatProvider format, Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer().orElseThrow().write(plan, out, options);
    return out.toByteArray();
  }

  /** The first fiches of the Orne plan: the whole layout, a tenth of the reading time. */
  private static byte[] orneExcerpt() {
    String text = new String(LayoutSamples.bytes("orne-plan-2017-2021.txt"), StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(text.split("\n", -1));
    return String.join("\n", lines.subList(0, Math.min(lines.size(), 160))).getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes of a test resource. */
  public static byte[] resource(String path) {
    try (var in = HostileInputs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
