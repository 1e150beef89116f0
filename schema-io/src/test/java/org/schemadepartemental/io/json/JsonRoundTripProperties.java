package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.WriteOptions;
import org.junit.jupiter.api.Test;

/** Whatever the plan, writing it as JSON and reading it back gives the same plan. */
class JsonRoundTripProperties {

  private static final JsonFormatProvider JSON = new JsonFormatProvider();

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 200, seed = "3141592653")
  void prettyJsonReadsBackEqual(@ForAll("plans") Schema plan) {
    assertRoundTrip(plan, WriteOptions.defaults());
  }

  @Property(tries = 100, seed = "2718281828")
  void compactJsonReadsBackEqual(@ForAll("plans") Schema plan) {
    assertRoundTrip(plan, WriteOptions.defaults().withPretty(false));
  }

  @Test
  void everyFieldOfTheModelSurvives() {
    assertRoundTrip(RichPlans.everyField(), WriteOptions.defaults());
  }

  @Test
  void writingTwiceGivesTheSameBytes() {
    Schema plan = RichPlans.everyField();
    assertThat(write(plan, WriteOptions.defaults())).isEqualTo(write(plan, WriteOptions.defaults()));
  }

  private static void assertRoundTrip(Schema plan, WriteOptions options) {
    byte[] json = write(plan, options);

    ReadResult result = JSON.reader().orElseThrow()
        .read(DocumentSource.of("plan.json", json), ReadOptions.builder().unknownFields(ReadOptions.UnknownFields.REJECT).build());

    assertThat(result.problems()).isEmpty();
    assertThat(result.schema()).isEqualTo(plan);
  }

  private static byte[] write(Schema plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writer().orElseThrow().write(plan, out, options);
    return out.toByteArray();
  }
}
