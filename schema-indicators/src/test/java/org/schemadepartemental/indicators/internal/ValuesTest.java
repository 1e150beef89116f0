package org.schemadepartemental.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain text and normal form of the decimals the calculators give; texts checked and trimmed. */
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

  @Test
  void aTextAlreadyTrimmedIsKeptAsItIsOtherwiseStrippedAsStringStripDoes() {
    String id = "fa-10.i1";
    Optional<String> unit = Optional.of("%");
    assertThat(Values.nonBlank(id, "id")).isSameAs(id);
    assertThat(Values.optionalText(unit)).isSameAs(unit);
    assertThat(Values.nonBlank(" fa-10\t", "id")).isEqualTo("fa-10");
    assertThat(Values.nonBlank("\u2003enfants\u2003", "unit")).isEqualTo("enfants"); // an em space is whitespace
    assertThat(Values.nonBlank("\u00a0enfants", "unit")).isEqualTo("\u00a0enfants"); // a no-break space is not
    assertThat(Values.nonBlank("Éducation", "name")).isEqualTo("Éducation");
    assertThat(Values.optionalText(Optional.of(" \n"))).isEmpty();
    assertThatThrownBy(() -> Values.nonBlank("\u2003", "unit")).isInstanceOf(IllegalArgumentException.class);
  }
}
