package org.schemadepartemental.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ScopeLevel;
import org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator;

class AnnualReviewTest {

  private static final ReportData ORNE_2019 = ReportData.builder(Examples.orneIllustrative())
      .asOf(AnnualReview.endOfYear(2019)).illustrative("exemple").build();
  private static final String MARKDOWN = AnnualReview.of(ORNE_2019).markdown();

  @Test
  void theMarkdownHasTheShapeOfAPublishedReview() {
    List<String> headings = MARKDOWN.lines().filter(l -> l.startsWith("#")).toList();
    assertThat(headings.get(0)).isEqualTo("# Bilan 2019 — Schéma départemental de l'enfance et de la famille 2017-2021");
    assertThat(headings.get(1)).isEqualTo("## Synthèse");
    assertThat(headings.get(headings.size() - 1)).isEqualTo("## Sous-actions en retard au 31/12/2019");
    int fiches = 0;
    for (Orientation o : ORNE_2019.schema().orientations()) {
      int at = headings.indexOf("## Orientation " + o.code() + " : " + o.title());
      assertThat(at).as("orientation %s", o.code()).isPositive();
      for (Fiche f : o.fiches()) {
        int h = headings.indexOf("### FA " + f.number() + " : " + f.title());
        assertThat(h).as("fiche %s", f.id()).isGreaterThan(at);
        assertThat(headings.subList(h + 1, h + 4))
            .containsExactly("#### Point bilan", "#### Chiffres 2018 → 2019", "#### Perspectives 2020");
        fiches++;
      }
    }
    assertThat(fiches).isEqualTo(12);
    assertThat(MARKDOWN).startsWith("# Bilan 2019").contains("> **Données illustratives** — exemple");
  }

  @Test
  void figuresShowTheEvolutionFromThePreviousYearAsTheTrendsCalculatorGivesIt() {
    assertThat(MARKDOWN).contains("| Indicateur | 2018 | 2019 | Évolution |")
        .contains("| Nombre d'actions partenariales conduites | 9 | 13 | +4 (+44,4\u202F%), favorable |")
        .contains("| Pourcentage de PPE réalisés/nombre d'enfants suivis par une mesure ASE. | 38,23\u202F% | 48,31\u202F% |")
        .contains("| Nombre d'enfants en situation complexe sans solution (objectif : baisse). | 10 | 11 | +1 (+10\u202F%), "
            + "défavorable |")
        // A figure the review records under a label of its own, for both years.
        .contains("| Contrats jeunes majeurs signés (relevé du bilan) | 74 | 87 | +13 (+17,57\u202F%) |");
  }

  @Test
  void narrativeAndPerspectivesComeFromTheYearsReview() {
    assertThat(MARKDOWN).contains("- Treize actions partenariales conduites dans l'année, dont quatre avec l'Éducation "
        + "nationale.")
        .contains("- **Développer des modes de communication alternatifs (En retard)**")
        .contains("- Consolider les partenariats multilatéraux autour de l'ODPE.");
    // The 2018 review's narrative belongs to the 2018 review, not to this one.
    assertThat(MARKDOWN).doesNotContain("Premières conventions bilatérales");
    String review2018 = AnnualReview.of(ReportData.builder(Examples.orneIllustrative())
        .asOf(AnnualReview.endOfYear(2018)).build()).markdown();
    assertThat(review2018).contains("Premières conventions bilatérales").contains("#### Perspectives 2019");
  }

  @Test
  void theLateListIsTheSousActionsTheScheduleCalculatorSaysAreLate() {
    List<String> late = ORNE_2019.indicators().results(ScheduleStatusCalculator.ID, ScheduleStatusCalculator.STATUS)
        .stream().filter(r -> r.scope().level() == ScopeLevel.SOUS_ACTION)
        .filter(r -> r.code().filter("LATE"::equals).isPresent())
        .map(IndicatorResult::scope).map(s -> s.sousAction().orElseThrow()).toList();
    String section = MARKDOWN.substring(MARKDOWN.indexOf("## Sous-actions en retard"));
    List<String> rows = section.lines().filter(l -> l.startsWith("| FA ")).toList();
    assertThat(late).hasSize(4);
    assertThat(rows).hasSize(late.size());
    for (String id : late) {
      String title = ORNE_2019.schema().fiches().stream().flatMap(f -> f.sousActions().stream())
          .filter(sa -> sa.id().equals(id)).findFirst().orElseThrow().title();
      assertThat(rows).anyMatch(r -> r.contains(title));
    }
    assertThat(rows).anyMatch(r -> r.contains("| 31/12/2018 | En retard |"));
  }

  @Test
  void hostileTextStaysTextInMarkdownAndHtml() {
    AnnualReview review = AnnualReview.of(ReportData.builder(HostilePlans.plan()).asOf(AnnualReview.endOfYear(2020))
        .build());
    String md = review.markdown();
    assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
    assertThat(md).contains("&lt;script&gt;window.pwned=1;document.title='pwned'&lt;/script&gt;")
        .contains("\\_\\*\\[lien\\](javascript:alert(1))\\*\\_");
    // A narrative starting with "#" is not a heading, and its "|" does not split a table.
    assertThat(md).contains("- \\# titre &lt;script&gt;window.pwned=6&lt;/script&gt; \\| pipe");
    String html = review.html().toLowerCase(Locale.ROOT);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("<[a-z][^>]*\\son[a-z]+=");
    assertThat(html).startsWith("<!doctype html>\n<html lang=\"fr\">").contains("content-security-policy");
  }

  @Test
  void htmlAndMarkdownSayTheSameThings() {
    String html = AnnualReview.of(ORNE_2019).html();
    List<String> mdHeadings = MARKDOWN.lines().filter(l -> l.startsWith("#"))
        .map(l -> l.replaceFirst("^#+ ", "")).toList();
    List<String> htmlHeadings = html.lines().filter(l -> l.matches("<h[1-4]>.*</h[1-4]>"))
        .map(l -> l.replaceAll("</?h[1-4]>", "").replace("&#39;", "'").replace("&amp;", "&")).toList();
    assertThat(htmlHeadings).isEqualTo(mdHeadings);
    assertThat(html.lines().filter(l -> l.startsWith("<table>")).count())
        .isEqualTo(MARKDOWN.lines().filter(l -> l.startsWith("| ---") || l.startsWith("| ---:")).count());
  }

  @Test
  void formatsAreChosenFromFileNames() {
    assertThat(ReviewFormat.fromFileName("bilan-2019.MD")).contains(ReviewFormat.MARKDOWN);
    assertThat(ReviewFormat.fromFileName("bilan.html")).contains(ReviewFormat.HTML);
    assertThat(ReviewFormat.fromFileName("bilan.pdf")).isEmpty();
    assertThat(ReviewFormat.byName("Markdown")).contains(ReviewFormat.MARKDOWN);
    assertThat(MARKDOWN.lines().collect(Collectors.joining("\n"))).doesNotContain("\r");
  }
}
