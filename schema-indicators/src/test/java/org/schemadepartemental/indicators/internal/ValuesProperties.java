package org.schemadepartemental.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.indicators.former.FormerValues;

/** A quotient divided once at the scale it is rounded to is the one the two-step division gave. */
class ValuesProperties {

  @Provide
  Arbitrary<BigDecimal> decimals() {
    // Measurement-like values, and long ones that the shortcut must leave to the two-step division.
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 12)).as(BigDecimal::new);
  }

  @Property(tries = 3000, seed = "20261122")
  void theQuotientRoundedIsWhatDividingAt16DigitsThenRoundingGives(
      @ForAll("decimals") BigDecimal part, @ForAll("decimals") BigDecimal whole, @ForAll @IntRange(min = 0, max = 4) int scale) {
    if (whole.signum() == 0) {
      return;
    }
    BigDecimal former = FormerValues.round(FormerValues.percent(part, whole), scale);
    assertThat(Values.normalize(Values.percent(part, whole, scale))).isEqualTo(Values.normalize(former));
    BigDecimal formerRatio = FormerValues.round(FormerValues.divide(part, whole), scale);
    assertThat(Values.normalize(Values.divide(part, whole, scale))).isEqualTo(Values.normalize(formerRatio));
  }

  /** Target attainment rounds, then clamps to 0..100: what clamping, then rounding, gave. */
  @Property(tries = 2000, seed = "20261122")
  void roundingThenClampingAPercentageIsClampingThenRounding(
      @ForAll("decimals") BigDecimal part, @ForAll("decimals") BigDecimal whole) {
    if (whole.signum() == 0) {
      return;
    }
    BigDecimal former = FormerValues.round(Values.clampPercent(FormerValues.percent(part, whole)), 1);
    assertThat(Values.normalize(Values.clampPercent(Values.percent(part, whole, 1)))).isEqualTo(Values.normalize(former));
  }

  @Test
  void aQuotientJustBelowAMidpointIsRoundedAsTheTwoStepDivisionRoundsIt() {
    // 100 × 4999999999999999999 / 10^22 = 0.04999999999999999999: 16 digits make it 0.05, then 0.1.
    BigDecimal part = new BigDecimal("4999999999999999999");
    BigDecimal whole = BigDecimal.TEN.pow(22);
    assertThat(FormerValues.round(FormerValues.percent(part, whole), 1)).isEqualTo(new BigDecimal("0.1"));
    assertThat(Values.normalize(Values.percent(part, whole, 1))).isEqualTo(new BigDecimal("0.1"));
    // Measurement-sized figures take the single division: 100 × 88 / 2116 = 4.158…
    assertThat(Values.percent(new BigDecimal("88"), new BigDecimal("2116"), 1)).isEqualTo(new BigDecimal("4.2"));
  }
}
