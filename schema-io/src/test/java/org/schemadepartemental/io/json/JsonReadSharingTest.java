package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;

/**
 * What a read makes once and shares: the JSON factory of the limits (for every read), and within
 * one read the period of each text, which repeat in every indicator. Nothing is shared between
 * reads: the memo lives as long as the read.
 */
class JsonReadSharingTest {

  private static final String PLAN = "{\"formatVersion\": 1, \"id\": \"p\", \"title\": \"Plan\", \"orientations\": [{\"code\": \"1\","
      + " \"title\": \"Axe\", \"fiches\": [{\"number\": \"1\", \"title\": \"Fiche\", \"indicators\": ["
      + "{\"id\": \"fa-1.i1\", \"label\": \"Bilans\", \"measurements\": [{\"period\": \"2019\", \"value\": 12},"
      + " {\"period\": \"2020\", \"value\": 70000}]},"
      + "{\"id\": \"fa-1.i2\", \"label\": \"Visites\", \"measurements\": [{\"period\": \"2019\", \"value\": 12},"
      + " {\"period\": \"2020\", \"value\": 70000}]}]}]}]}";

  @Test
  void theFactoryOfTheLimitsIsMadeOnceForEveryRead() {
    ReadLimits tight = ReadLimits.builder().maxNestingDepth(20).build();

    assertThat(JsonSupport.factory(ReadLimits.defaults())).isSameAs(JsonSupport.factory(ReadLimits.defaults()))
        .isSameAs(JsonSupport.writeFactory());
    assertThat(JsonSupport.factory(tight)).isSameAs(JsonSupport.factory(ReadLimits.builder().maxNestingDepth(20).build()))
        .isNotSameAs(JsonSupport.factory(ReadLimits.defaults()));
  }

  @Test
  void aReadSharesThePeriodOfEachText() {
    List<Measurement> first = measurements(read(), 0);
    Schema plan = read();
    List<Measurement> a = measurements(plan, 0);
    List<Measurement> b = measurements(plan, 1);

    assertThat(b.get(0).period()).isEqualTo(a.get(0).period()).isSameAs(a.get(0).period());
    assertThat(b.get(1).period()).isSameAs(a.get(1).period());
    assertThat(b.get(1).value()).isEqualTo(a.get(1).value()).contains(new BigDecimal("70000"));
    // Another read made its own.
    assertThat(first.get(0).period()).isEqualTo(a.get(0).period()).isNotSameAs(a.get(0).period());
  }

  private static Schema read() {
    return new JsonFormatProvider().reader().orElseThrow()
        .read(DocumentSource.ofText("plan.json", PLAN), ReadOptions.defaults()).schema();
  }

  private static List<Measurement> measurements(Schema plan, int indicator) {
    return plan.fiches().get(0).indicators().get(indicator).measurements();
  }
}
