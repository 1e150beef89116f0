package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand check that spares most number cells the regular expressions accepts what they accept,
 * and the hand reading of those cells gives what {@code new BigDecimal} gives.
 */
class PlainDecimalTest {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,100}(?:[.,]\\d{1,100})?");

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("0123456789+-.,  e").ofMaxLength(9);
  }

  @Property(tries = 500, seed = "20250107")
  void acceptsExactlyWhatTheExpressionAccepts(@ForAll("cells") String text) {
    assertThat(CsvTables.isPlainDecimal(text)).as(text).isEqualTo(DECIMAL.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> cellsAroundTheHandReadingLength() {
    // Up to 18 characters read by hand, longer ones through the constructor.
    return Arbitraries.strings().withChars("0123456789+-.,  e").ofMinLength(0).ofMaxLength(24);
  }

  @Property(tries = 1000, seed = "20251122")
  void readsANumberExactlyWhenTheExpressionAcceptsIt(@ForAll("cellsAroundTheHandReadingLength") String text) {
    assertThat(CsvTables.plainDecimal(text) != null).as(text).isEqualTo(DECIMAL.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> plainDecimals() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(22);
    return Arbitraries.of("", "+", "-").flatMap(sign -> digits.flatMap(whole -> Arbitraries.of("", ".", ",")
        .flatMap(separator -> separator.isEmpty() ? Arbitraries.just(sign + whole)
            : digits.map(fraction -> sign + whole + separator + fraction))));
  }

  @Property(tries = 1000, seed = "20251122")
  void aPlainDecimalIsReadAsTheBigDecimalConstructorReadsIt(@ForAll("plainDecimals") String text) {
    BigDecimal expected = new BigDecimal(text.replace(',', '.'));

    BigDecimal actual = CsvTables.plainDecimal(text);

    // equals, not compareTo: the same digits and the same scale ("2.50" stays 250 at scale 2).
    assertThat(actual).as(text).isEqualTo(expected);
  }

  @Test
  void theEdgesOfTheHandReadingKeepSignAndScale() {
    for (String text : List.of("0", "-0", "+0", "-0,0", "000123", "999999999999999999", "-99999999999999999",
        "1234567890123456789", "0.000000000000001", "-12,50")) {
      assertThat(CsvTables.plainDecimal(text)).as(text).isEqualTo(new BigDecimal(text.replace(',', '.')));
    }
  }

  @Test
  void lengthsAreBoundedAsInTheExpression() {
    assertThat(CsvTables.isPlainDecimal("1".repeat(100))).isTrue();
    assertThat(CsvTables.isPlainDecimal("1".repeat(101))).isFalse();
    assertThat(CsvTables.isPlainDecimal("1," + "5".repeat(100))).isTrue();
    assertThat(CsvTables.isPlainDecimal("1." + "5".repeat(101))).isFalse();
    assertThat(CsvTables.isPlainDecimal("-12,5")).isTrue();
    assertThat(CsvTables.isPlainDecimal("4 149")).isFalse(); // read by the general path
  }
}
