package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.internal.Checks;

/**
 * The hand-written {@link CalendarPeriod#parse} accepts exactly the canonical forms its
 * documentation gives (the regular expression it replaced is kept here as the reference), and
 * the decimal normalisation keeps whole numbers as they are.
 */
class CalendarPeriodParsingTest {

  private static final Pattern REFERENCE = Pattern.compile("(\\d{4})(?:-(?:S([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

  /** What the regular expression read, or empty when it (or the range check) refused the text. */
  private static Optional<CalendarPeriod> reference(String text) {
    Matcher m = REFERENCE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900 || year > 2200) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      return Optional.of(CalendarPeriod.semester(year, Integer.parseInt(m.group(2))));
    }
    if (m.group(3) != null) {
      return Optional.of(CalendarPeriod.quarter(year, Integer.parseInt(m.group(3))));
    }
    if (m.group(4) != null) {
      return Optional.of(CalendarPeriod.month(year, Integer.parseInt(m.group(4))));
    }
    return Optional.of(CalendarPeriod.year(year));
  }

  private static Optional<CalendarPeriod> parsed(String text) {
    try {
      return Optional.of(CalendarPeriod.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Provide
  Arbitrary<String> nearlyPeriods() {
    Arbitrary<String> year = Arbitraries.of("2019", "1899", "1900", "2200", "2201", "0219", "20l9", "201", "20190");
    Arbitrary<String> suffix = Arbitraries.of("", "-S1", "-S2", "-S3", "-S0", "-s1", "-Q1", "-Q4", "-Q5", "-Q0", "-01", "-12",
        "-13", "-00", "-1", "-001", "S1", "-T1", "-0a", "–S1", " ", "-S", "-Q", "-06 ");
    Arbitrary<String> padding = Arbitraries.of("", " ", "\t", "\u00a0");
    return net.jqwik.api.Combinators.combine(padding, year, suffix).as((p, y, s) -> p + y + s);
  }

  @Property(tries = 300, seed = "20250101")
  void acceptsWhatTheCanonicalExpressionAccepted(@ForAll("nearlyPeriods") String text) {
    assertThat(parsed(text)).as(text).isEqualTo(reference(text));
  }

  @Property(tries = 300, seed = "20250102")
  void acceptsNoOtherShortText(@ForAll("shortTexts") String text) {
    assertThat(parsed(text)).as(text).isEqualTo(reference(text));
  }

  @Provide
  Arbitrary<String> shortTexts() {
    return Arbitraries.strings().withChars("0123456789-SQsq 6").ofMinLength(0).ofMaxLength(8);
  }

  @Test
  void refusalNamesTheText() {
    assertThatThrownBy(() -> CalendarPeriod.parse("2019-S3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2019-S3'");
  }

  @Test
  void wholeNumbersAreKeptAsTheyAreAndOthersLoseTheirTrailingZeros() {
    BigDecimal count = new BigDecimal("2204");
    assertThat(Checks.normalize(count)).isSameAs(count);
    assertThat(Checks.normalize(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.5"));
    assertThat(Checks.normalize(new BigDecimal("2.1E+3"))).isEqualTo(new BigDecimal("2100"));
    assertThat(Checks.normalize(new BigDecimal("0.00"))).isEqualTo(new BigDecimal("0"));
  }
}
