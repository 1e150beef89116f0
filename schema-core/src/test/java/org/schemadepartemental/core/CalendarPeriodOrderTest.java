package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The order of periods, computed on months, is the documented one computed on dates (start,
 * then end from the latest), and the canonical text reads back.
 */
class CalendarPeriodOrderTest {

  private static final Comparator<CalendarPeriod> BY_DATES = Comparator.comparing(CalendarPeriod::startDate)
      .thenComparing(CalendarPeriod::endDate, Comparator.reverseOrder());

  @Provide
  Arbitrary<CalendarPeriod> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2017, 2020);
    Arbitrary<Granularity> granularities = Arbitraries.of(Granularity.class);
    return Combinators.combine(years, granularities, Arbitraries.integers().between(1, 12))
        .as((y, g, i) -> new CalendarPeriod(y, g, (i - 1) % g.perYear() + 1));
  }

  @Property(tries = 500, seed = "20250103")
  void comparesAsItsDatesDo(@ForAll("periods") CalendarPeriod a, @ForAll("periods") CalendarPeriod b) {
    assertThat(Integer.signum(a.compareTo(b))).as(a + " vs " + b).isEqualTo(Integer.signum(BY_DATES.compare(a, b)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property(tries = 200, seed = "20250104")
  void textReadsBack(@ForAll("periods") CalendarPeriod a) {
    assertThat(CalendarPeriod.parse(a.toString())).isEqualTo(a);
    if (a.granularity() == Granularity.MONTH) {
      assertThat(a.toString()).matches("\\d{4}-(0[1-9]|1[0-2])");
    }
  }
}
