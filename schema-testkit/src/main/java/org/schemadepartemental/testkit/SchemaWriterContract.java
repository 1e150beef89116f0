package org.schemadepartemental.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;

/**
 * The contract of a format's {@link SchemaWriter}, on top of {@link FormatProviderContract}: over
 * generated plans ({@link SchemaArbitraries#schemas()}), what is written reads back, with no
 * error, as the same plan as far as the format carries it ({@link #carried(Schema)}); writing is
 * deterministic, pretty or not; the stream is left open; and a stream that fails gives a {@link
 * SchemaWriteException}, never another exception.
 *
 * <pre>{@code
 * class MyFormatConformanceTest implements SchemaReaderContract, SchemaWriterContract {
 *   public FormatProvider provider() { return new MyFormat(); }
 *   public List<ReaderSample> samples() { return List.of(ReaderSample.resource("samples/plan.my")); }
 *   public Object carried(Schema plan) { return MyFormatView.of(plan); } // what the format keeps
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface SchemaWriterContract extends FormatProviderContract {

  /**
   * What the format carries of a plan, as a value compared with {@code equals}: the plan itself
   * for a lossless format, else a projection (records of the fields kept). A plan written then
   * read back must give the same view.
   */
  Object carried(Schema plan);

  /** The plans to write; every generated plan by default. */
  default Arbitrary<Schema> plansToWrite() {
    return SchemaArbitraries.schemas();
  }

  /** The writer under test; the provider's by default. */
  default SchemaWriter writer() {
    return provider().writer().orElseThrow(() -> new AssertionError(
        "provider " + provider().id() + " has no writer: implement SchemaReaderContract only, or override writer()"));
  }

  /**
   * The reader that reads the written files back; the provider's own by default. Override it for
   * a format read by another provider.
   */
  default SchemaReader readBackReader() {
    return provider().reader().orElseThrow(() -> new AssertionError(
        "provider " + provider().id() + " cannot read: override readBackReader() to name the reader of its files"));
  }

  /** The file name written and read back: {@code plan.<first extension>}. */
  default String writtenFileName() {
    return "plan" + provider().extensions().stream().findFirst().map(e -> "." + e).orElse("");
  }

  /** Generated plans. */
  @Provide
  default Arbitrary<Schema> contractPlans() {
    return plansToWrite();
  }

  /** What is written reads back as what the format carries of the plan, without error. */
  @Property(tries = 60, seed = "5922011")
  default void writtenPlansReadBackAsTheyWere(@ForAll("contractPlans") Schema plan, @ForAll boolean pretty) {
    byte[] written = write(plan, WriteOptions.defaults().withPretty(pretty));
    ReadResult back = readBackReader().read(
        org.schemadepartemental.io.DocumentSource.of(writtenFileName(), written), ReadOptions.defaults());
    assertThat(back.problems()).as("errors reading back what was written")
        .noneMatch(p -> p.severity() == ProblemSeverity.ERROR);
    assertThat(carried(back.schema())).as("the plan read back, as far as the format carries it")
        .isEqualTo(carried(plan));
  }

  /** The same plan gives the same bytes, so that files can be compared and versioned. */
  @Property(tries = 20, seed = "14122012")
  default void writingIsDeterministic(@ForAll("contractPlans") Schema plan, @ForAll boolean pretty) {
    WriteOptions options = WriteOptions.defaults().withPretty(pretty);
    assertThat(write(plan, options)).as("bytes of a second write").isEqualTo(write(plan, options));
  }

  /** The caller owns the stream: the writer does not close it. */
  @Property(tries = 10, seed = "31122012")
  default void theStreamIsLeftOpen(@ForAll("contractPlans") Schema plan) {
    boolean[] closed = {false};
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    writer().write(plan, out, WriteOptions.defaults());
    assertThat(closed[0]).as("the writer closed the stream it was given").isFalse();
  }

  /** A disk full or a broken pipe: a SchemaWriteException, nothing else. */
  @Property(tries = 20, seed = "18102012")
  default void aFailingStreamGivesASchemaWriteException(
      @ForAll("contractPlans") Schema plan, @ForAll @IntRange(max = 4000) int failAfterBytes) {
    OutputStream failing = new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > failAfterBytes) {
          throw new IOException("no space left on device (simulated after " + failAfterBytes + " bytes)");
        }
      }
    };
    try {
      writer().write(plan, failing, WriteOptions.defaults());
    } catch (SchemaWriteException e) {
      assertThat(e.getMessage()).as("message of " + e).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("a failing stream must give a SchemaWriteException, got " + e, e);
    }
  }

  private byte[] write(Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer().write(plan, out, options);
    return out.toByteArray();
  }
}
