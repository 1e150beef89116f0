package org.schemadepartemental.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;

class GlossaryMarksTest {

  private final Glossary glossary = BuiltInGlossary.glossary();

  @Test
  void findsTheMarkedAcronymsOfTheCharenteMaritimeReview() {
    String text = "Adapter les modes d’accompagnement au titre de l’ASE* aux besoins des enfants • Adapter l’offre "
        + "d’accueil à l’évolution des besoins du public MNA* • en prévision d’un placement ou d’un TDC* "
        + "* Voir glossaire p. 118";
    List<GlossaryMarks.Mark> marks = GlossaryMarks.find(text, glossary);
    assertThat(marks).extracting(GlossaryMarks.Mark::acronym).containsExactly("ASE", "MNA", "TDC");
    assertThat(marks).allSatisfy(m -> assertThat(m.entry()).isPresent());
    GlossaryMarks.Mark first = marks.get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("ASE*");
    assertThat(first.entry().get().expansion()).isEqualTo("Aide sociale à l'enfance");
  }

  @Test
  void ignoresAsterisksThatAreNotMarks() {
    assertThat(GlossaryMarks.find("* Voir glossaire, note*, Asso*, 3*4, A*", glossary)).isEmpty();
    assertThat(GlossaryMarks.find(null, glossary)).isEmpty();
  }

  @Test
  void reportsMarksTheGlossaryDoesNotKnow() {
    String text = "la MECOP* et l'ASE* puis la MECOP* encore";
    assertThat(GlossaryMarks.unknown(text, glossary)).containsExactly("MECOP");
    Glossary withPlan = Glossary.of(List.of(GlossaryEntry.of("MECOP", "Maisons des Enfants de la Côte d'Opale")))
        .merge(glossary);
    assertThat(GlossaryMarks.unknown(text, withPlan)).isEmpty();
  }

  @Test
  void stripsTheMarksOnly() {
    assertThat(GlossaryMarks.strip("l’ASE* et les MNA* (* Voir glossaire)")).isEqualTo("l’ASE et les MNA (* Voir glossaire)");
  }
}
