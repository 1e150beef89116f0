package org.schemadepartemental.io.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.layouts.actionplan.ActionPlanFormat;
import org.schemadepartemental.io.layouts.review.PlanReviewFormat;
import org.schemadepartemental.io.layouts.summary.SummaryTableFormat;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * Variants of the three layouts, written for these tests, as other départements publish them:
 * other header names, other years, fewer or more columns, CRLF, Windows-1252, no HTML, a fiche
 * with no calendar.
 */
class LayoutVariantsTest {

  private static ReadResult read(FormatProvider provider, String name) {
    return LayoutSamples.read(provider, "variants/" + name);
  }

  @Test
  void summaryTableWithOtherHeaderNamesCodesAndYears() {
    ReadResult r = read(new SummaryTableFormat(), "summary-actions-echeance.md");
    Schema s = r.schema();
    assertThat(s.period()).contains(new YearRange(2023, 2027));
    assertThat(s.departement().map(d -> d.code())).contains("32");
    assertThat(s.orientations()).extracting(o -> o.code()).containsExactly("Axe 1", "Axe 2");
    assertThat(s.orientations()).allSatisfy(o -> assertThat(o.kind()).isEqualTo(OrientationKind.UNSPECIFIED));
    assertThat(s.fiches()).extracting(Fiche::number).containsExactly("Fiche action n° 1", "FA 2", "FA 3", "FA 4");
    Fiche f1 = s.fiches().get(0);
    // Each row has its own calendar: the fiche row's is the fiche's and its first sous-action's.
    assertThat(f1.sousActions()).extracting(x -> x.calendar().form()).containsExactly(CalendarForm.POINT, CalendarForm.RANGE);
    assertThat(s.fiches().get(1).sousActions()).hasSize(2);
    assertThat(s.fiches().get(1).calendar().form()).isEqualTo(CalendarForm.NONE);
    assertThat(s.fiches().get(2).sousActions()).extracting(x -> x.calendar().form())
        .containsExactly(CalendarForm.TO_BE_DEFINED, CalendarForm.IN_PROGRESS);
    Fiche f4 = s.fiches().get(3);
    assertThat(f4.sousActions()).isEmpty();
    assertThat(f4.calendar().text()).isEqualTo("fin 2026");
    assertThat(r.placement().orElseThrow().accountedRatio()).isEqualTo(1.0);
  }

  @Test
  void summaryTableWithCrlfLineEndingsReadsTheSame() {
    byte[] lf = LayoutSamples.bytes("variants/summary-actions-echeance.md");
    byte[] crlf = new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    FormatProvider p = new SummaryTableFormat();
    Schema fromLf = p.reader().orElseThrow().read(DocumentSource.of("plan.md", lf), ReadOptions.defaults()).schema();
    Schema fromCrlf = p.reader().orElseThrow().read(DocumentSource.of("plan.md", crlf), ReadOptions.defaults()).schema();
    assertThat(fromCrlf).isEqualTo(fromLf);
  }

  @Test
  void summaryTableWithMoreColumnsInWindows1252() {
    ReadResult r = read(new SummaryTableFormat(), "summary-more-columns-cp1252.txt");
    Schema s = r.schema();
    assertThat(s.title()).isEqualTo("Schéma départemental enfance famille de la Haute-Vienne 2020-2024");
    assertThat(s.departement().map(d -> d.code())).contains("87");
    assertThat(s.orientations()).extracting(o -> o.kind()).containsExactly(OrientationKind.TRANSVERSAL, OrientationKind.STRATEGIC);
    Fiche f1 = s.fiches().get(0);
    assertThat(f1.pilots()).extracting(Actor::name).containsExactly("Conseil départemental");
    assertThat(f1.partners()).extracting(Actor::name).containsExactly("CAF", "PJJ", "ARS");
    assertThat(f1.indicators()).extracting(i -> i.label()).containsExactly("Nombre de réunions de l'ODPE");
    // Fiche 3's row is shifted left by one column.
    Fiche f3 = s.ficheByNumber("3").orElseThrow();
    assertThat(f3.title()).isEqualTo("Sécuriser les parcours");
    assertThat(f3.sousActions()).extracting(SousAction::title).containsExactly("Désigner un référent de parcours");
    assertThat(f3.calendar().start()).contains(CalendarPeriod.year(2021));
    assertThat(s.orientations().get(1).fiches()).hasSize(2);
    assertThat(r.placement().orElseThrow().accountedRatio()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void summaryTableWithFewerColumnsAndAxesAsHeadings() {
    Schema s = read(new SummaryTableFormat(), "summary-fewer-columns.md").schema();
    assertThat(s.orientations()).extracting(o -> o.title()).containsExactly("Prévention", "Protection");
    assertThat(s.orientations().get(0).fiches()).hasSize(2);
    assertThat(s.fiches()).allSatisfy(f -> {
      assertThat(f.sousActions()).isEmpty();
      assertThat(f.calendar().isDated()).isTrue();
    });
  }

  @Test
  void actionPlanWithoutHtmlInWindows1252WithCrlfAndYearColumns() {
    ReadResult r = read(new ActionPlanFormat(), "action-plan-gers-cp1252.txt");
    Schema s = r.schema();
    assertThat(s.departement().map(d -> d.code())).contains("32");
    assertThat(s.period()).contains(new YearRange(2023, 2027));
    assertThat(s.orientations()).hasSize(2);
    assertThat(s.orientations().get(0).principle()).contains("agir avant que les difficultés ne s'installent");
    assertThat(s.orientations().stream().map(o -> o.fiches().size())).containsExactly(1, 2);
    Fiche f1 = s.fiches().get(0);
    assertThat(f1.pilots()).extracting(Actor::name).containsExactly("Conseil départemental");
    assertThat(f1.partners()).extracting(Actor::name).containsExactly("CAF", "CPAM", "maternités");
    assertThat(f1.breakdown()).hasSize(2);
    assertThat(f1.breakdown().get(0).children()).hasSize(2);
    // A grid with one column per year marks both semesters of each year.
    assertThat(f1.sousActions().get(0).calendar().semesters()).containsExactly(CalendarPeriod.semester(2023, 1),
        CalendarPeriod.semester(2023, 2), CalendarPeriod.semester(2024, 1), CalendarPeriod.semester(2024, 2));
    // A fiche with a calendar sentence and no grid, and one with no calendar at all.
    assertThat(s.fiches().get(1).calendar().form()).isEqualTo(CalendarForm.RANGE);
    assertThat(s.fiches().get(2).calendar().form()).isEqualTo(CalendarForm.NONE);
    assertThat(s.fiches().get(2).sousActions()).isEmpty();
    assertThat(s.fiches().get(2).indicators()).hasSize(1);
    assertThat(r.placement().orElseThrow().accountedRatio()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void planReviewOnSeveralLines() {
    ReadResult r = read(new PlanReviewFormat(), "plan-review-lines.txt");
    Schema s = r.schema();
    assertThat(s.period()).contains(new YearRange(2019, 2023));
    assertThat(s.lineage().orElseThrow().axes()).extracting(a -> a.stakes().size()).containsExactly(2, 3, 1);
    assertThat(s.predecessor().orElseThrow().period()).contains(new YearRange(2014, 2018));
    assertThat(s.glossary().lookup("IP")).isPresent();
    assertThat(r.placement().orElseThrow().accountedRatio()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void eachLayoutIsRecognisedFromItsContentNotItsName() {
    FormatProvider summary = new SummaryTableFormat();
    FormatProvider plan = new ActionPlanFormat();
    FormatProvider review = new PlanReviewFormat();
    for (String[] c : new String[][] {
        {"seine-saint-denis-tableau.txt", "summary"}, {"orne-plan-2017-2021.txt", "plan"},
        {"charente-maritime-bilan-2018-2022.txt", "review"}}) {
      byte[] bytes = LayoutSamples.bytes(c[0]);
      ContentSample sample = new ContentSample("document.bin",
          java.util.Arrays.copyOf(bytes, Math.min(bytes.length, ContentSample.HEAD_SIZE)));
      double s = summary.sniff(sample);
      double p = plan.sniff(sample);
      double v = review.sniff(sample);
      double best = Math.max(s, Math.max(p, v));
      assertThat(best).as(c[0]).isGreaterThanOrEqualTo(0.5);
      double expected = switch (c[1]) {
        case "summary" -> s;
        case "plan" -> p;
        default -> v;
      };
      assertThat(expected).as(c[0]).isEqualTo(best);
    }
  }
}
