package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemadepartemental.core.testing.SchemaArbitraries;

class CalendarPeriodTest {

  @Test
  void sortsByStartThenLongestFirst() {
    List<CalendarPeriod> periods = new ArrayList<>(List.of(
        CalendarPeriod.month(2019, 7), CalendarPeriod.semester(2019, 2), CalendarPeriod.quarter(2019, 3),
        CalendarPeriod.year(2019), CalendarPeriod.semester(2019, 1), CalendarPeriod.month(2018, 12),
        CalendarPeriod.year(2020)));
    Collections.shuffle(periods, new java.util.Random(7));
    Collections.sort(periods);
    assertThat(periods).extracting(CalendarPeriod::toString)
        .containsExactly("2018-12", "2019", "2019-S1", "2019-S2", "2019-Q3", "2019-07", "2020");
  }

  @Test
  void writesAndReadsTheCanonicalText() {
    assertThat(CalendarPeriod.year(2019)).hasToString("2019");
    assertThat(CalendarPeriod.semester(2019, 2)).hasToString("2019-S2");
    assertThat(CalendarPeriod.quarter(2013, 2)).hasToString("2013-Q2");
    assertThat(CalendarPeriod.month(2013, 6)).hasToString("2013-06");
    assertThat(CalendarPeriod.parse(" 2013-06 ")).isEqualTo(CalendarPeriod.month(2013, 6));
    assertThat(CalendarPeriod.parse("2019-S1")).isEqualTo(CalendarPeriod.semester(2019, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "19", "2019-S3", "2019-Q5", "2019-13", "2019-6", "2019-s1", "S1 2019", "1850", "2019/06"})
  void rejectsOtherTextsNamingWhatWasExpected(String text) {
    assertThatThrownBy(() -> CalendarPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void nullIsRejectedWithAMessageNotANullPointer() {
    assertThatThrownBy(() -> CalendarPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2019-S1");
  }

  @Test
  void knowsItsDays() {
    CalendarPeriod s2 = CalendarPeriod.semester(2019, 2);
    assertThat(s2.startDate()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(s2.endDate()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(CalendarPeriod.month(2020, 2).endDate()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(s2.contains(LocalDate.of(2019, 7, 1))).isTrue();
    assertThat(s2.contains(LocalDate.of(2019, 6, 30))).isFalse();
    assertThat(s2.overlaps(CalendarPeriod.quarter(2019, 3))).isTrue();
    assertThat(s2.overlaps(CalendarPeriod.quarter(2019, 2))).isFalse();
    assertThat(CalendarPeriod.containing(LocalDate.of(2013, 6, 15), Granularity.QUARTER))
        .isEqualTo(CalendarPeriod.quarter(2013, 2));
    assertThat(CalendarPeriod.semester(2019, 2).next()).isEqualTo(CalendarPeriod.semester(2020, 1));
    assertThat(CalendarPeriod.month(2020, 1).previous()).isEqualTo(CalendarPeriod.month(2019, 12));
  }

  @Test
  void rejectsImpossiblePeriods() {
    assertThatThrownBy(() -> CalendarPeriod.semester(2019, 3)).hasMessageContaining("1..2");
    assertThatThrownBy(() -> CalendarPeriod.month(2019, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarPeriod.year(1899)).hasMessageContaining("1899");
    assertThatThrownBy(() -> new CalendarPeriod(2019, null, 1)).isInstanceOf(NullPointerException.class);
  }

  @Provide
  Arbitrary<CalendarPeriod> periods() {
    return SchemaArbitraries.anyPeriods();
  }

  @Property(tries = 300, seed = "1900")
  void parseReadsBackToString(@ForAll("periods") CalendarPeriod period) {
    assertThat(CalendarPeriod.parse(period.toString())).isEqualTo(period);
  }

  @Property(tries = 300, seed = "1901")
  void orderIsConsistentWithEquals(@ForAll("periods") CalendarPeriod a, @ForAll("periods") CalendarPeriod b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property(tries = 300, seed = "1902")
  void nextAndPreviousAreInverse(@ForAll("periods") CalendarPeriod period) {
    if (period.year() > 1900 && period.year() < 2200) {
      assertThat(period.next().previous()).isEqualTo(period);
      assertThat(period.next().startDate()).isEqualTo(period.endDate().plusDays(1));
    }
  }
}
