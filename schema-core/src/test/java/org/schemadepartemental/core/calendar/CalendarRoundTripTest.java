package org.schemadepartemental.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadepartemental.core.calendar.CalendarParserTest.meaning;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.testing.SchemaArbitraries;

/** Every form the parser reads, the formatter writes back to the same meaning. */
class CalendarRoundTripTest {

  private static final CalendarParser PARSER = CalendarParser.standard();

  @Provide
  Arbitrary<ActionCalendar> calendars() {
    return SchemaArbitraries.calendars();
  }

  @Property(tries = 500, seed = "2019")
  void formattedCalendarsReadBackExactly(@ForAll("calendars") ActionCalendar calendar) {
    ActionCalendar read = PARSER.parse(CalendarFormatter.format(calendar));
    assertThat(read.form()).isEqualTo(calendar.form());
    assertThat(read.start()).isEqualTo(calendar.start());
    assertThat(read.end()).isEqualTo(calendar.end());
    assertThat(read.approximation()).isEqualTo(calendar.approximation());
    assertThat(read.semesters()).isEqualTo(calendar.semesters());
  }

  /** French texts the way plans vary them: spellings of ordinals, accents, case, labels, dashes. */
  @Provide
  Arbitrary<String> frenchTexts() {
    Arbitrary<String> year = Arbitraries.integers().between(2005, 2030).map(String::valueOf);
    Arbitrary<String> ordinal1 = Arbitraries.of("1er", "1 er", "premier", "1ᵉʳ", "1ere");
    Arbitrary<String> ordinal2 = Arbitraries.of("2ème", "2eme", "2e", "deuxième", "second", "2nd", "2 ème");
    Arbitrary<String> semester = Combinators.combine(Arbitraries.oneOf(ordinal1, ordinal2), year)
        .as((o, y) -> o + " semestre " + y);
    Arbitrary<String> quarter = Combinators.combine(Arbitraries.oneOf(ordinal1, ordinal2,
            Arbitraries.of("3ème", "4e", "quatrième")), year)
        .as((o, y) -> o + " trimestre " + y);
    Arbitrary<String> month = Combinators.combine(Arbitraries.of("janvier", "février", "fevrier", "mars", "avril",
            "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre"), year)
        .as((m, y) -> m + " " + y);
    Arbitrary<String> period = Arbitraries.oneOf(year, semester, quarter, month);
    Arbitrary<String> qualified = Combinators.combine(
            Arbitraries.of("début ", "fin ", "mi-", "courant ", "dans le courant de ", "Début ", "FIN "), period)
        .as(String::concat);
    Arbitrary<String> point = Arbitraries.oneOf(period, qualified);
    Arbitrary<String> range = Combinators.combine(period, Arbitraries.of("-", " - ", " – ", " à ", "/"), period)
        .as((a, sep, b) -> a + sep + b);
    Arbitrary<String> deA = Combinators.combine(Arbitraries.of("de ", "du ", "entre "), period,
            Arbitraries.of(" à ", " au ", " et "), period)
        .as((de, a, to, b) -> de + a + to + b);
    Arbitrary<String> from = Combinators.combine(
            Arbitraries.of("Démarrage en ", "À partir de ", "à partir du ", "A compter de ", "Dès ", "Lancement en "),
            period)
        .as(String::concat);
    Arbitrary<String> until = Combinators.combine(
            Arbitraries.of("D'ici ", "D’ici ", "d'ici fin ", "avant ", "Jusqu’en ", "au plus tard en ", "d'ici le "),
            period)
        .as(String::concat);
    Arbitrary<String> state = Arbitraries.of("A définir", "à définir", "A DEFINIR", "À préciser", "En cours",
        "en continu", "Permanent", "Sur la durée du schéma", "");
    Arbitrary<String> statement = Arbitraries.oneOf(point, range, deA, from, until, state);
    return Combinators.combine(Arbitraries.of("", "", "", "ECHEANCE : ", "Calendrier : ", "Échéancier: "),
            statement, Arbitraries.of("", "", ".", " "))
        .as((label, s, end) -> label + s + end);
  }

  @Property(tries = 1000, seed = "2013")
  void readingWritingAndReadingAgainKeepsTheMeaning(@ForAll("frenchTexts") String text) {
    ActionCalendar first = PARSER.parse(text);
    ActionCalendar second = PARSER.parse(CalendarFormatter.format(first));
    assertThat(meaning(second)).as(text + " → " + CalendarFormatter.format(first)).isEqualTo(meaning(first));
  }

  @Property(tries = 1000, seed = "2014")
  void mostVariantsAreUnderstood(@ForAll("frenchTexts") String text) {
    // Not a law (some generated ranges run backwards), but a gross regression would show here.
    ActionCalendar calendar = PARSER.parse(text);
    if (calendar.form() == CalendarForm.UNPARSED) {
      assertThat(text).containsAnyOf("-", "–", "/", " à ", " au ", " et ");
    }
  }

  @Property(tries = 1000, seed = "2015")
  void neverThrowsOnAnyText(@ForAll @StringLength(max = 40) String text) {
    ActionCalendar calendar = PARSER.parse(text);
    assertThat(calendar.text()).isEqualTo(text);
  }

  @Property(tries = 500, seed = "2016")
  void neverThrowsOnNearMisses(@ForAll("frenchTexts") String text, @ForAll("noise") String noise,
      @ForAll int position) {
    int at = Math.floorMod(position, text.length() + 1);
    String mangled = text.substring(0, at) + noise + text.substring(at);
    assertThat(PARSER.parse(mangled).text()).isEqualTo(mangled);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of("-", "à", "de ", "2019", "S3", "9999", " a ", "/", "1er", "'", "’", "œ", ":", "\n", "fin");
  }

  @Test
  void writesTheCanonicalFrenchForms() {
    assertThat(CalendarFormatter.format(PARSER.parse("ECHEANCE : Premier semestre 2013"))).isEqualTo("1er semestre 2013");
    assertThat(CalendarFormatter.format(PARSER.parse("2e trimestre 2013"))).isEqualTo("2ème trimestre 2013");
    assertThat(CalendarFormatter.format(PARSER.parse("Début Juin 2013"))).isEqualTo("début juin 2013");
    assertThat(CalendarFormatter.format(PARSER.parse("A DEFINIR"))).isEqualTo("A définir");
    assertThat(CalendarFormatter.format(PARSER.parse("à compter du S2 2019"))).isEqualTo("À partir du 2ème semestre 2019");
    assertThat(CalendarFormatter.format(PARSER.parse("jusqu'en juin 2020"))).isEqualTo("D'ici juin 2020");
    assertThat(CalendarFormatter.format(PARSER.parse("du 1er semestre 2019 au 2ème semestre 2020")))
        .isEqualTo("de 1er semestre 2019 à 2ème semestre 2020");
    assertThat(CalendarFormatter.format(ActionCalendar.grid("", List.of(
        CalendarPeriod.semester(2019, 1), CalendarPeriod.semester(2018, 2))))).isEqualTo("2018-S2, 2019-S1");
    assertThat(CalendarFormatter.format(ActionCalendar.point("", CalendarPeriod.month(2013, 8), Approximation.MID)))
        .isEqualTo("mi-août 2013");
    assertThat(CalendarFormatter.period(CalendarPeriod.quarter(2013, 2))).isEqualTo("2ème trimestre 2013");
  }
}
