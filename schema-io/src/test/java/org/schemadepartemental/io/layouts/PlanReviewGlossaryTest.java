package org.schemadepartemental.io.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.glossary.BuiltInGlossary;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.layouts.review.PlanReviewFormat;

/**
 * A review's marked acronyms ("ASE*") are looked up in the review's own definitions, then in the
 * built-in glossary (without merging the two for every review).
 */
class PlanReviewGlossaryTest {

  private static ReadResult read(String text) {
    return new PlanReviewFormat().reader().orElseThrow()
        .read(DocumentSource.of("review.txt", text.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
  }

  @Test
  void definitionsWinOverTheBuiltInGlossaryWhichLinksTheOtherMarksAndUnknownMarksAreReported() {
    String builtIn = BuiltInGlossary.glossary().list().get(0).acronym();
    ReadResult r = read("Le schéma départemental 2025-2029\n"
        + "Axe du précédent schéma Enjeux pour le prochain schéma\n"
        + "Axe 1 Soutenir les familles • Renforcer une Aide Sociale Élargie (ASE) et la ASE* "
        + "• Ouvrir un Relais Petite Enfance (RPE) avec les RPE* et les " + builtIn + "* • Créer un XYZQ* et un XYZQ*\n");
    assertThat(r.schema().glossary().entries().get("ASE").expansion()).isEqualTo("Aide Sociale Élargie");
    assertThat(r.schema().glossary().entries().get("RPE").expansion()).isEqualTo("Relais Petite Enfance");
    assertThat(r.schema().glossary().entries().get(builtIn))
        .isEqualTo(BuiltInGlossary.glossary().entries().get(builtIn));
    assertThat(r.schema().glossary().entries()).doesNotContainKey("XYZQ");
    assertThat(r.problems()).extracting(ReadProblem::message)
        .containsOnlyOnce("glossary mark XYZQ* has no known expansion");
    assertThat(r.schema().glossary().list()).extracting(GlossaryEntry::acronym).containsExactlyInAnyOrder("ASE", "RPE", builtIn);
  }
}
