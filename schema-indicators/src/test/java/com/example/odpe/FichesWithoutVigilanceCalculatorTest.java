package com.example.odpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorReport;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.SummaryRenderer;

/** The documentation's example calculator compiles, registers and runs as the documentation says. */
class FichesWithoutVigilanceCalculatorTest {
  @Test
  void theDocumentedExampleRunsBesideTheBuiltIns() {
    Schema plan = Schema.builder("orne-2017-2021", "Schéma enfance famille")
        .addOrientation(Orientation.builder("1", "Mobiliser l'ensemble des ressources du territoire")
            .addFiche(Fiche.builder("1", "Coordonner les actions des partenaires").build())
            .addFiche(Fiche.builder("2", "Positionner l'ODPE").addVigilance(ListItem.of("Engagement des partenaires")).build())
            .build())
        .build();
    CalculatorRegistry registry = CalculatorRegistry.builder().register(new FichesWithoutVigilanceCalculator()).build();
    IndicatorReport report = registry.runAll(plan, EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));

    assertThat(registry.ids()).contains("fiches-without-vigilance", "progress");
    assertThat(report.failures()).isEmpty();
    assertThat(report.results("fiches-without-vigilance", "no-vigilance")).extracting(r -> r.scope().subjectId())
        .containsExactly("fa-1");
    assertThat(report.results("fiches-without-vigilance", "count")).extracting(IndicatorResult::display)
        .containsExactly("1 fiches");
    assertThat(SummaryRenderer.standard().render(plan, report))
        .contains("Active fiches that state no point of vigilance [fiches-without-vigilance]\n"
            + "  FA 1  no-vigilance  Coordonner les actions des partenaires  FA 1 states no point of vigilance\n");
  }
}
