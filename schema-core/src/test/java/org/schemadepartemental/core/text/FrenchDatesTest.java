package org.schemadepartemental.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchDatesTest {

  @ParameterizedTest(name = "''{0}'' = {1}")
  @CsvSource(delimiter = '|', value = {
      "18 octobre 2012|2012-10-18", "1er juin 2013|2013-06-01", "30/11/2012|2012-11-30",
      "'14 décembre 2012 '|2012-12-14", "14 decembre 2012|2012-12-14", "1 er juin 2013|2013-06-01",
      "1ᵉʳ juin 2013|2013-06-01", "lundi 3 mars 2014|2014-03-03", "le 22 novembre 2012|2012-11-22",
      "Jeudi 29 Novembre 2012|2012-11-29", "6 févr. 2013|2013-02-06", "15 août 2013|2013-08-15",
      "15 aout 2013|2013-08-15", "30-11-12|2012-11-30", "30.11.2012|2012-11-30", "2012-11-30|2012-11-30",
      "'18\u00a0octobre\u00a02012'|2012-10-18", "'18 octobre 2012.'|2012-10-18", "1/2/2013|2013-02-01"})
  void readsTheDatesOfTheSamples(String text, LocalDate expected) {
    assertThat(FrenchDates.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "''{0}'' is not a date")
  @ValueSource(strings = {"", "  ", "octobre 2012", "31/02/2013", "32 octobre 2012", "18 brumaire 2012",
      "A définir", "18 octobre", "2012", "30/13/2012", "18 octobre 2012 à Arras", "00/10/2012"})
  void garbageAndImpossibleDaysGiveNothing(String text) {
    assertThat(FrenchDates.parse(text)).isEmpty();
  }

  @Test
  void nullGivesNothing() {
    assertThat(FrenchDates.parse(null)).isEmpty();
  }

  @Test
  void writesTheFirstOfTheMonthAsFrenchDo() {
    assertThat(FrenchDates.format(LocalDate.of(2013, 6, 1))).isEqualTo("1er juin 2013");
    assertThat(FrenchDates.format(LocalDate.of(2012, 12, 14))).isEqualTo("14 décembre 2012");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(0, 365L * 60).map(LocalDate.of(1990, 1, 1)::plusDays);
  }

  @Property(tries = 300, seed = "2012")
  void readsBackWhatItWrites(@ForAll("dates") LocalDate date) {
    assertThat(FrenchDates.parse(FrenchDates.format(date))).contains(date);
  }

  @Property(tries = 300, seed = "2013")
  void neverThrows(@ForAll @StringLength(max = 30) String text) {
    FrenchDates.parse(text);
  }
}
