package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact label matches, which skip folding a text too long to be a label. */
class LabelVocabularyTest {
  enum Part { CALENDAR, OBJECTIVES }

  private static final LabelVocabulary<Part> LABELS = LabelVocabulary.<Part>builder()
      .add(Part.CALENDAR, "calendrier de mise en oeuvre", "calendrier")
      .add(Part.OBJECTIVES, "objectifs")
      .build();

  @Test
  void theLongestPhraseInThePluralWithTagsAndEntitiesStillMatchesExactly() {
    assertThat(LABELS.matchExactly("<b>CALENDRIERS</b> DES MISES EN ŒUVRES&nbsp;:")).isEmpty(); // "des" is another word
    assertThat(LABELS.matchExactly("<b>Calendriers</b>  de mises en œuvres&nbsp;:")).contains(Part.CALENDAR);
    assertThat(LABELS.matchExactly("Objectifs ................................................... :")).contains(Part.OBJECTIVES);
  }

  @Test
  void aParagraphIsNeverALabelExactly() {
    String paragraph = "Objectifs : mettre en œuvre le calendrier de mise en oeuvre prévu avec les partenaires, "
        + "et suivre chaque année les actions engagées dans le département.";
    assertThat(LABELS.matchExactly(paragraph)).isEmpty();
    assertThat(LABELS.matchExactly("calendrier de mise en oeuvre 2019")).isEmpty();
  }
}
