package org.schemadepartemental.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FrenchNumbersTest {

  @ParameterizedTest(name = "''{0}'' = {1}")
  @CsvSource(delimiter = '|', value = {
      "4 149|4149", "16 533|16533", "2 116|2116", "2 204|2204", "0,5|0.5", "87|87", "1.234|1234",
      "1.234,5|1234.5", "1 234 567,89|1234567.89", "3,14|3.14", "-3|-3", "+12|12", "−7,5|-7.5", "2019|2019",
      "87.5|87.5", "0|0", "  25  |25"})
  void readsTheNumbersOfTheSamples(String text, String expected) {
    assertThat(FrenchNumbers.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  @Test
  void readsNoBreakAndNarrowNoBreakSpacesBetweenThousands() {
    assertThat(FrenchNumbers.parse("17\u00a0463")).contains(new BigDecimal("17463"));
    assertThat(FrenchNumbers.parse("3\u202f494")).contains(new BigDecimal("3494"));
    assertThat(FrenchNumbers.parse("1\u2009000\u00a0000")).contains(new BigDecimal("1000000"));
  }

  @Test
  void keepsThePercentAndApproximationMarks() {
    assertThat(FrenchNumbers.read("87 %")).contains(new FrenchNumbers.ReadNumber(new BigDecimal("87"), true, false));
    assertThat(FrenchNumbers.read("87,5%")).contains(new FrenchNumbers.ReadNumber(new BigDecimal("87.5"), true, false));
    assertThat(FrenchNumbers.read("≈87 %")).contains(new FrenchNumbers.ReadNumber(new BigDecimal("87"), true, true));
    assertThat(FrenchNumbers.read("environ 92\u00a0%")).contains(new FrenchNumbers.ReadNumber(new BigDecimal("92"), true, true));
    assertThat(FrenchNumbers.read("~ 1 200")).contains(new FrenchNumbers.ReadNumber(new BigDecimal("1200"), false, true));
  }

  @ParameterizedTest(name = "''{0}'' is not a number")
  @ValueSource(strings = {"", "   ", "%", "≈", "abc", "12 34", "4 149 enfants", "1.234.5", "1,2,3", "12,", ",5",
      "--3", "3-", "N/A", "2 116 / 2 204", "12 %%", "1 2345", "∞", "١٢٣"})
  void garbageGivesNothing(String text) {
    assertThat(FrenchNumbers.parse(text)).isEmpty();
  }

  @Test
  void nullGivesNothing() {
    assertThat(FrenchNumbers.parse(null)).isEmpty();
    assertThat(FrenchNumbers.read(null)).isEmpty();
  }

  @Test
  void writesFrenchStyle() {
    assertThat(FrenchNumbers.format(new BigDecimal("4149"))).isEqualTo("4\u00a0149");
    assertThat(FrenchNumbers.format(new BigDecimal("-1234.50"))).isEqualTo("-1\u00a0234,5");
    assertThat(FrenchNumbers.format(new BigDecimal("1E+3"))).isEqualTo("1\u00a0000");
    assertThat(FrenchNumbers.format(new BigDecimal("0.05"))).isEqualTo("0,05");
  }

  @Property(tries = 300, seed = "4149")
  void readsBackWhatItWrites(@ForAll @BigRange(min = "-100000000", max = "100000000") @Scale(4) BigDecimal value) {
    assertThat(FrenchNumbers.parse(FrenchNumbers.format(value))).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo(value));
  }

  @Property(tries = 300, seed = "4150")
  void neverThrows(@ForAll @StringLength(max = 20) String text) {
    FrenchNumbers.read(text);
  }
}
