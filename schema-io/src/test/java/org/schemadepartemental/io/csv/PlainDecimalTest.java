package org.schemadepartemental.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand check that spares most number cells the regular expressions accepts what they accept. */
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
