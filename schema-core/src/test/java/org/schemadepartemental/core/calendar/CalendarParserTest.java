package org.schemadepartemental.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;

/** The French calendar statements of the sample plans, and the parser's edge cases. */
class CalendarParserTest {

  private static final CalendarParser PARSER = CalendarParser.standard();

  /** The meaning of a calendar in one line: {@code POINT 2013-06 EARLY}, {@code RANGE 2019..2020}… */
  static String meaning(ActionCalendar c) {
    return switch (c.form()) {
      case POINT -> "POINT " + c.start().get() + " " + c.approximation();
      case RANGE -> "RANGE " + c.start().get() + ".." + c.end().get();
      case FROM -> "FROM " + c.start().get();
      case UNTIL -> "UNTIL " + c.end().get();
      case GRID -> "GRID " + c.semesters().stream().map(CalendarPeriod::toString).collect(Collectors.joining(","));
      default -> c.form().name();
    };
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', value = {
      // Seine-Saint-Denis summary table
      "Démarrage en 2019|FROM 2019",
      "Démarrage en 2020|FROM 2020",
      "2020-2021|RANGE 2020..2021",
      "2019-2020|RANGE 2019..2020",
      // Pas-de-Calais review ("ECHEANCE : …")
      "2ème trimestre 2013|POINT 2013-Q2 EXACT",
      "1er trimestre 2013|POINT 2013-Q1 EXACT",
      "1er semestre 2013|POINT 2013-S1 EXACT",
      "2ème semestre 2013|POINT 2013-S2 EXACT",
      "Premier semestre 2013|POINT 2013-S1 EXACT",
      "début juin 2013|POINT 2013-06 EARLY",
      "courant 2013|POINT 2013 DURING",
      "Courant 2013|POINT 2013 DURING",
      "fin 2016|POINT 2016 LATE",
      "2013|POINT 2013 EXACT",
      "A définir|TO_BE_DEFINED",
      "à définir|TO_BE_DEFINED",
      "ECHEANCE : A définir|TO_BE_DEFINED",
      "ECHEANCE: début juin 2013|POINT 2013-06 EARLY",
      "ECHEANCE : 2ème trimestre 2013|POINT 2013-Q2 EXACT",
      "En cours|IN_PROGRESS",
      "en cours|IN_PROGRESS",
      // The canonical text of a semester grid (Orne's 2018 S1 … 2021 S2 tables)
      "2018-S2, 2019-S1, 2019-S2|GRID 2018-S2,2019-S1,2019-S2",
      "2019-S1; 2021-S2|GRID 2019-S1,2021-S2",
      // Other ways plans say the same
      "en 2019|POINT 2019 EXACT",
      "S2 2019|POINT 2019-S2 EXACT",
      "2019 S1|POINT 2019-S1 EXACT",
      "2e trimestre 2013|POINT 2013-Q2 EXACT",
      "deuxième trimestre 2013|POINT 2013-Q2 EXACT",
      "T3 2014|POINT 2014-Q3 EXACT",
      "06/2013|POINT 2013-06 EXACT",
      "2019-06|POINT 2019-06 EXACT",
      "mi-2019|POINT 2019 MID",
      "mi-juin 2019|POINT 2019-06 MID",
      "fin décembre 2019|POINT 2019-12 LATE",
      "début décembre 2013|POINT 2013-12 EARLY",
      "dans le courant de l'année 2014|POINT 2014 DURING",
      "au cours du 2ème semestre 2014|POINT 2014-S2 DURING",
      "De 2019 à 2021|RANGE 2019..2021",
      "entre 2019 et 2021|RANGE 2019..2021",
      "2019 – 2020|RANGE 2019..2020",
      "2019/2020|RANGE 2019..2020",
      "du 1er semestre 2019 au 2ème semestre 2020|RANGE 2019-S1..2020-S2",
      "1er semestre - 2ème semestre 2019|RANGE 2019-S1..2019-S2",
      "janvier - mars 2019|RANGE 2019-01..2019-03",
      "2019-06 - 2019-09|RANGE 2019-06..2019-09",
      "À partir de 2019|FROM 2019",
      "à compter du 2ème semestre 2019|FROM 2019-S2",
      "Dès 2019|FROM 2019",
      "Mise en œuvre en 2019|FROM 2019",
      "D'ici 2020|UNTIL 2020",
      "D’ici fin 2020|UNTIL 2020",
      "d'ici avril 2020|UNTIL 2020-04",
      "d'ici décembre 2020|UNTIL 2020-12",
      "Jusqu’en 2020|UNTIL 2020",
      "au plus tard en 2021|UNTIL 2021",
      "avant 2021|UNTIL 2020",
      "avant le 2ème semestre 2020|UNTIL 2020-S1",
      "avant janvier 2020|UNTIL 2019-12",
      "avant 1900|UNPARSED",
      "d'ici 2199|UNTIL 2199",
      "à déterminer|TO_BE_DEFINED",
      "En cours de réalisation|IN_PROGRESS",
      "Tout au long du schéma|IN_PROGRESS",
      "Selon financement|UNPARSED",
      "2021-2019|UNPARSED",
      "3ème semestre 2019|UNPARSED",
      "1850|UNPARSED"})
  void readsTheSamplesStatements(String text, String expected) {
    ActionCalendar calendar = PARSER.parse(text);
    assertThat(meaning(calendar)).isEqualTo(expected);
    assertThat(calendar.text()).as("the original text is kept").isEqualTo(text);
  }

  @Test
  void nullAndEmptyAreNoCalendar() {
    assertThat(PARSER.parse(null)).isEqualTo(ActionCalendar.none());
    assertThat(PARSER.parse("")).isEqualTo(ActionCalendar.none());
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "\n", "  \u00a0 ", " . "})
  void blankTextIsNoCalendarButKeepsItsText(String text) {
    ActionCalendar calendar = PARSER.parse(text);
    assertThat(calendar.form()).isEqualTo(CalendarForm.NONE);
    assertThat(calendar.text()).isEqualTo(text);
    assertThat(calendar.isDated()).isFalse();
  }

  @Test
  void extraSpacesCaseAndAFinalFullStopDoNotMatter() {
    assertThat(meaning(PARSER.parse("  DÉMARRAGE   EN  2019. "))).isEqualTo("FROM 2019");
    assertThat(meaning(PARSER.parse("1 er semestre 2013"))).isEqualTo("POINT 2013-S1 EXACT");
    assertThat(meaning(PARSER.parse("Calendrier prévisionnel : 2019-2020"))).isEqualTo("RANGE 2019..2020");
  }

  @Test
  void garbageIsKeptAsUnparsedText() {
    for (String text : List.of("X", "???", "<td>X</td>", "Voir FA 3", "2019-S3", "31/02/2019", "\u0000", "🙂")) {
      ActionCalendar calendar = PARSER.parse(text);
      assertThat(calendar.form()).as(text).isEqualTo(CalendarForm.UNPARSED);
      assertThat(calendar.text()).isEqualTo(text);
    }
  }
}
