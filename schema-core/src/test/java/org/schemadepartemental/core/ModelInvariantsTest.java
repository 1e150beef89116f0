package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The constructors refuse what the model cannot mean, and say what is wrong. */
class ModelInvariantsTest {

  private static final CalendarPeriod Y2019 = CalendarPeriod.year(2019);

  @Test
  void requiredTextsAreNeitherNullNorBlankAndAreStripped() {
    assertThatThrownBy(() -> Fiche.builder("6", " ").build()).hasMessage("title must not be blank");
    assertThatThrownBy(() -> Fiche.builder(null, "Titre").build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Schema.builder("", "Plan").build()).hasMessage("id must not be blank");
    assertThatThrownBy(() -> Orientation.builder("1", "\n").build()).hasMessage("title must not be blank");
    assertThatThrownBy(() -> ListItem.of("  ")).hasMessage("text must not be blank");
    assertThatThrownBy(() -> Actor.named("")).hasMessage("name must not be blank");
    assertThatThrownBy(() -> Indicator.builder("fa-1.i1", "").build()).hasMessage("label must not be blank");
    assertThat(Fiche.builder(" 6 ", "  Développer l'accueil  ").build().title()).isEqualTo("Développer l'accueil");
    assertThat(new Actor("CAF", Optional.of(" "), Optional.of("")).acronym()).isEmpty();
  }

  @Test
  void calendarsAgreeWithTheirForm() {
    assertThatThrownBy(() -> ActionCalendar.grid("", List.of())).hasMessageContaining("at least one semester");
    assertThatThrownBy(() -> ActionCalendar.grid("", List.of(Y2019))).hasMessageContaining("semesters only");
    assertThatThrownBy(() -> ActionCalendar.range("", CalendarPeriod.year(2020), Y2019))
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> new ActionCalendar("", CalendarForm.POINT, Optional.of(Y2019),
        Optional.of(CalendarPeriod.year(2020)), Approximation.EXACT, null)).hasMessageContaining("start == end");
    assertThatThrownBy(() -> new ActionCalendar("", CalendarForm.FROM, Optional.of(Y2019), Optional.empty(),
        Approximation.LATE, null)).hasMessageContaining("only a POINT calendar is approximate");
    assertThatThrownBy(() -> new ActionCalendar("", CalendarForm.FROM, Optional.empty(), Optional.empty(), null, null))
        .hasMessageContaining("start required");
    assertThatThrownBy(() -> ActionCalendar.state("2019", CalendarForm.POINT)).hasMessageContaining("needs dates");
    assertThatThrownBy(() -> new ActionCalendar("", CalendarForm.RANGE, Optional.of(Y2019), Optional.of(Y2019),
        Approximation.EXACT, new TreeSet<>(List.of(CalendarPeriod.semester(2019, 1)))))
        .hasMessageContaining("only a GRID calendar has semesters");
  }

  @Test
  void aGridStartsAtItsFirstSemesterWhateverTheOrderGiven() {
    TreeSet<CalendarPeriod> reversed = new TreeSet<>(Comparator.reverseOrder());
    reversed.addAll(List.of(CalendarPeriod.semester(2018, 2), CalendarPeriod.semester(2021, 1)));
    ActionCalendar grid = new ActionCalendar("", CalendarForm.GRID, Optional.empty(), Optional.empty(), null, reversed);
    assertThat(grid.start()).contains(CalendarPeriod.semester(2018, 2));
    assertThat(grid.end()).contains(CalendarPeriod.semester(2021, 1));
    assertThat(grid).isEqualTo(ActionCalendar.grid("", reversed));
  }

  @Test
  void aGridKeepsASetAlreadyImmutableInNaturalOrderAndCopiesAnyOther() {
    ImmutableSortedSet<CalendarPeriod> natural = ImmutableSortedSet.of(CalendarPeriod.semester(2018, 2), CalendarPeriod.semester(2021, 1));
    ImmutableSortedSet<CalendarPeriod> reversed = ImmutableSortedSet.copyOf(Comparator.reverseOrder(), natural);

    assertThat(new ActionCalendar("", CalendarForm.GRID, Optional.empty(), Optional.empty(), null, natural).semesters())
        .isSameAs(natural);
    ActionCalendar fromReversed = new ActionCalendar("", CalendarForm.GRID, Optional.empty(), Optional.empty(), null, reversed);
    assertThat(fromReversed.semesters()).isNotSameAs(reversed).containsExactlyElementsOf(natural);
    assertThat(fromReversed.start()).contains(CalendarPeriod.semester(2018, 2));
  }

  @Test
  void calendarsKnowWhenWorkIsPlanned() {
    Optional<YearRange> plan = Optional.of(new YearRange(2017, 2021));
    ActionCalendar from = ActionCalendar.from("Démarrage en 2019", Y2019);
    assertThat(from.endDate(plan)).contains(LocalDate.of(2021, 12, 31));
    assertThat(from.endDate(Optional.empty())).isEmpty();
    assertThat(from.isActiveOn(LocalDate.of(2020, 5, 1), plan)).isTrue();
    assertThat(from.isActiveOn(LocalDate.of(2018, 5, 1), plan)).isFalse();
    ActionCalendar until = ActionCalendar.until("D'ici 2019", Y2019);
    assertThat(until.startDate(plan)).contains(LocalDate.of(2017, 1, 1));
    ActionCalendar grid = ActionCalendar.grid("", List.of(CalendarPeriod.semester(2018, 2), CalendarPeriod.semester(2020, 1)));
    assertThat(grid.isActiveOn(LocalDate.of(2019, 3, 1), plan)).as("a gap in the grid").isFalse();
    assertThat(grid.isActiveDuring(CalendarPeriod.year(2020), plan)).isTrue();
    assertThat(ActionCalendar.state("A définir", CalendarForm.TO_BE_DEFINED).isDated()).isFalse();
  }

  @Test
  void numbersAreNormalisedSoEqualQuantitiesAreEqual() {
    assertThat(Measurement.of(Y2019, new BigDecimal("2.50"))).isEqualTo(Measurement.of(Y2019, new BigDecimal("2.5")));
    assertThat(Measurement.of(Y2019, new BigDecimal("2100")).value()).contains(new BigDecimal("2100"));
    assertThat(Measurement.of(Y2019, new BigDecimal("2.1E+3")).value().get().toPlainString()).isEqualTo("2100");
    assertThat(Baseline.of(new BigDecimal("12.0"), Y2019)).isEqualTo(Baseline.of(BigDecimal.valueOf(12), Y2019));
  }

  @Test
  void measurementsSaySomethingAndReviewsStayWithinBounds() {
    assertThatThrownBy(() -> Measurement.builder(Y2019).comment("rien").build())
        .hasMessageContaining("needs a value");
    assertThat(Measurement.builder(Y2019).text("Réalisé").build().text()).contains("Réalisé");
    assertThatThrownBy(() -> ReviewEntry.builder("fa-1").progress(BigDecimal.valueOf(101)).build())
        .hasMessageContaining("0..100");
    assertThatThrownBy(() -> ReviewEntry.builder("fa-1").progress(BigDecimal.valueOf(-1)).build())
        .hasMessageContaining("0..100");
    assertThatThrownBy(() -> new ReviewMeasurement(Optional.empty(), Optional.of(" "), Measurement.of(Y2019, BigDecimal.ONE)))
        .hasMessageContaining("indicator id or a label");
    assertThatThrownBy(() -> SousAction.of("fa-1.sa1", "A", ActionCalendar.none()).withWeight(BigDecimal.valueOf(-1)))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Fiche.builder("1", "A").weight(new BigDecimal("-0.5")).build()).hasMessageContaining("negative");
  }

  @Test
  void otherValuesCheckTheirParts() {
    assertThatThrownBy(() -> new SourceLocation("plan.txt", 0, 1)).hasMessageContaining("1 <= firstLine");
    assertThatThrownBy(() -> new SourceLocation("plan.txt", 5, 4)).hasMessageContaining("5..4");
    assertThat(new SourceLocation("plan.txt", 3, 7)).hasToString("plan.txt:3-7");
    assertThat(SourceLocation.line("plan.txt", 3).span(SourceLocation.line("plan.txt", 9))).hasToString("plan.txt:3-9");
    assertThatThrownBy(() -> SourceLocation.line("a", 1).span(SourceLocation.line("b", 2))).hasMessageContaining("cannot span");
    assertThatThrownBy(() -> new YearRange(2021, 2017)).hasMessageContaining("2021-2017");
    assertThat(YearRange.parse("2017 – 2021")).isEqualTo(new YearRange(2017, 2021));
    assertThatThrownBy(() -> YearRange.parse("2017")).hasMessageContaining("'2017'");
    assertThatThrownBy(() -> new CommitteeMeeting(Optional.empty(), Optional.of(" "), Optional.empty(), Optional.empty()))
        .hasMessageContaining("date or a date text");
    assertThatThrownBy(() -> new Target(null, TargetType.FINAL, null, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new VolumeReference("Cahier N°5", Optional.empty(), " ")).hasMessage("text must not be blank");
    assertThatThrownBy(() -> new Glossary(ImmutableSortedMap.of("ASE", GlossaryEntry.of("PMI", "x"))))
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> new StatusVocabulary(List.of(
        StatusVocabulary.standard().byCode("done").get(), StatusVocabulary.standard().byCode("done").get())))
        .hasMessageContaining("duplicate status code: done");
    assertThatThrownBy(() -> new ReviewStatus("x", "X", List.of(), StatusCategory.DONE, Optional.of(BigDecimal.valueOf(120))))
        .hasMessageContaining("0..100");
  }

  @Test
  void listsAreCopiedNotShared() {
    java.util.ArrayList<ListItem> items = new java.util.ArrayList<>(List.of(ListItem.of("a")));
    ListItem parent = new ListItem("p", items);
    items.add(ListItem.of("b"));
    assertThat(parent.children()).hasSize(1);
    assertThatThrownBy(() -> parent.children().add(ListItem.of("c"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ListItem.of("p", ListItem.of("a", ListItem.of("a1")), ListItem.of("b")).flatten())
        .containsExactly("p", "a", "a1", "b");
  }

  @Test
  void actorsAreRecognisedAcrossSpellings() {
    assertThat(Actor.named("Éducation nationale").key()).isEqualTo(Actor.named("EDUCATION  NATIONALE").key());
    Actor caf = Actor.of("CAF", "Caisse d'allocations familiales");
    assertThat(Actor.named("C.A.F.").key()).isEqualTo(caf.key());
    assertThat(new Actor("Caisse d'Allocations Familiales", Optional.of("C. A. F."), Optional.empty()).key())
        .isEqualTo(caf.key());
    assertThat(Actor.named("Conseil départemental").key()).isEqualTo("CONSEIL DEPARTEMENTAL");
    assertThat(Actor.named("PJJ").key()).isNotEqualTo(caf.key());
    assertThat(Actor.named("—").key()).isEqualTo("—");
    assertThat(Actor.named("«»").key()).isNotEqualTo(Actor.named("—").key());
  }
}
