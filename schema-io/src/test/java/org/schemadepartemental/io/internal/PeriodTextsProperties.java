package org.schemadepartemental.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarPeriod;

/**
 * The periods of a read are parsed once per text and shared, and read exactly as {@link
 * CalendarPeriod#parse} reads them, whatever the text and wherever it stands in the parser's buffer.
 */
class PeriodTextsProperties {

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> canonical = Arbitraries.oneOf(
        Arbitraries.integers().between(1890, 2210).map(String::valueOf),
        Arbitraries.integers().between(1890, 2210).flatMap(y -> Arbitraries.of("-S1", "-S2", "-S3", "-Q1", "-Q4", "-Q5",
            "-01", "-09", "-12", "-13", "-00", "-s1").map(suffix -> y + suffix)));
    Arbitrary<String> other = Arbitraries.strings().withChars("0123456789-SQ é\t").ofMaxLength(9);
    return Arbitraries.frequencyOf(
        Tuple.of(4, canonical), Tuple.of(1, other)).list().ofMaxSize(300);
  }

  @Property(tries = 200, seed = "20250110")
  void readsEveryTextAsParseDoesAndSharesThePeriodOfATextReadAgain(@ForAll("texts") List<String> texts) {
    PeriodTexts periods = new PeriodTexts();
    List<CalendarPeriod> firstOfEach = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String text : texts) {
      // In the middle of a larger buffer, as the parser hands its characters over.
      char[] buffer = ("ab" + text + "cd").toCharArray();
      CalendarPeriod expected = parsedOrNull(text);
      if (expected == null) {
        assertThatThrownBy(() -> periods.parse(buffer, 2, text.length())).as(text)
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      CalendarPeriod read = periods.parse(buffer, 2, text.length());
      assertThat(read).as(text).isEqualTo(expected);
      int earlier = seen.indexOf(text);
      if (earlier >= 0 && text.equals(text.strip()) && text.length() <= 7) {
        assertThat(read).as(text).isSameAs(firstOfEach.get(earlier));
      } else if (earlier < 0) {
        seen.add(text);
        firstOfEach.add(read);
      }
    }
  }

  @Test
  void aPlanOfManyMeasurementsRemembersOnlyItsFewPeriods() {
    PeriodTexts periods = new PeriodTexts();
    for (int i = 0; i < 10_000; i++) {
      String text = String.valueOf(2010 + i % 12);
      periods.parse(text.toCharArray(), 0, text.length());
    }
    assertThat(periods.size()).isEqualTo(12);
  }

  @Test
  void growsPastItsFirstTableWithoutLosingAPeriod() {
    PeriodTexts periods = new PeriodTexts();
    List<CalendarPeriod> first = new ArrayList<>();
    for (int year = 1900; year <= 2200; year++) {
      String text = year + "-0" + (1 + year % 9);
      first.add(periods.parse(text.toCharArray(), 0, text.length()));
    }
    for (int year = 1900; year <= 2200; year++) {
      String text = year + "-0" + (1 + year % 9);
      assertThat(periods.parse(text.toCharArray(), 0, text.length())).isSameAs(first.get(year - 1900));
    }
    assertThat(periods.size()).isEqualTo(301);
  }

  private static CalendarPeriod parsedOrNull(String text) {
    try {
      return CalendarPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
