package org.schemadepartemental.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plain text and normal form of the decimals the calculators give. */
class ValuesTest {

  @Test
  void wholeNumbersStayAsTheyAreOthersLoseTrailingZerosNeverAnExponent() {
    BigDecimal count = new BigDecimal("2204");
    assertThat(Values.normalize(count)).isSameAs(count);
    assertThat(Values.normalize(new BigDecimal("62.50"))).isEqualTo(new BigDecimal("62.5"));
    assertThat(Values.normalize(new BigDecimal("2.1E+3"))).isEqualTo(new BigDecimal("2100"));
    assertThat(Values.plain(new BigDecimal("2.1E+3"))).isEqualTo("2100");
    assertThat(Values.plain(new BigDecimal("100.000"))).isEqualTo("100");
    assertThat(Values.plain(new BigDecimal("-0.50"))).isEqualTo("-0.5");
  }
}
