package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A decimal value is read in its normal form and compares as a quantity, whatever scale it was given with. */
class ResultValueTest {

  @Test
  void aDecimalIsReadNormalisedAndEqualToTheSameQuantityAtAnotherScale() {
    ResultValue.Decimal given = new ResultValue.Decimal(new BigDecimal("62.50"));
    ResultValue.Decimal normal = new ResultValue.Decimal(new BigDecimal("62.5"));

    assertThat(given.amount()).isEqualTo(new BigDecimal("62.5")); // equals: same scale too
    assertThat(given).isEqualTo(normal).hasSameHashCodeAs(normal).hasToString("Decimal[amount=62.5]");
    assertThat(given.display()).isEqualTo("62.5");
    assertThat(new ResultValue.Decimal(new BigDecimal("2.1E+3")).amount()).isEqualTo(new BigDecimal("2100"));
    assertThat(new ResultValue.Decimal(new BigDecimal("0.00"))).isEqualTo(ResultValue.decimal(0));
    assertThat(given).isNotEqualTo(new ResultValue.Decimal(new BigDecimal("62.51")));
  }

  @Test
  void aWholeNumberIsReadAsItIsWithoutACopy() {
    BigDecimal count = new BigDecimal("2204");
    assertThat(new ResultValue.Decimal(count).amount()).isSameAs(count);
  }
}
