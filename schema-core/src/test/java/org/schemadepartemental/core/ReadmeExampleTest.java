package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.calendar.CalendarFormatter;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.core.validation.ProblemCodes;
import org.schemadepartemental.core.validation.SchemaValidator;
import org.schemadepartemental.core.validation.ValidationReport;

/** The code example of docs/model.md, kept here so that it compiles and does what the page says. */
class ReadmeExampleTest {

  @Test
  void theExampleOfTheModelPage() {
    // --- docs/model.md example: begin
    CalendarParser parser = CalendarParser.standard();

    Fiche fiche = Fiche.builder("FA 6", "Développer l'accueil familial")
        .addPilot(Actor.named("Direction Enfance, Famille"))
        .addPartner(Actor.of("CAF", "Caisse d'allocations familiales"))
        .calendar(parser.parse("Démarrage en 2019"))
        .addSousAction("Recruter des assistants familiaux", parser.parse("2ème semestre 2019"))
        .addIndicator(Indicator.builder(Ids.indicator("fa-6", 1), "Nombre d'assistants familiaux recrutés")
            .kind(IndicatorKind.OUTPUT)
            .measureType(MeasureType.COUNT)
            .direction(Direction.INCREASE)
            .baseline(Baseline.of(new BigDecimal("40"), CalendarPeriod.year(2017)))
            .addTarget(Target.finalTarget(new BigDecimal("60"), CalendarPeriod.year(2021)))
            .addMeasurement(Measurement.of(CalendarPeriod.year(2019), new BigDecimal("47")))
            .build())
        .addCrossReference(FicheReference.to("13")) // "cf. FA 13"
        .build();

    Schema plan = Schema.builder("orne-2017-2021", "Schéma enfance famille 2017-2021")
        .departement(Departements.byCode("61").orElseThrow())
        .period(new YearRange(2017, 2021))
        .addOrientation(Orientation.builder("1", "Accompagner les enfants confiés").addFiche(fiche).build())
        .build();

    ValidationReport report = SchemaValidator.standard().validate(plan);
    report.problems().forEach(System.out::println);
    // ERROR unknown-cross-reference at orientations[0].fiches[0].crossReferences[0]:
    //   Fiche "FA 6" ("Développer l'accueil familial") refers to fiche "13", which the plan does not have
    // --- docs/model.md example: end

    assertThat(fiche.id()).isEqualTo("fa-6");
    assertThat(fiche.sousActions().get(0).id()).isEqualTo("fa-6.sa1");
    assertThat(fiche.calendar().form()).isEqualTo(CalendarForm.FROM);
    assertThat(fiche.calendar().endDate(plan.period())).contains(java.time.LocalDate.of(2021, 12, 31));
    assertThat(CalendarFormatter.format(fiche.sousActions().get(0).calendar())).isEqualTo("2ème semestre 2019");
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCodes.UNKNOWN_CROSS_REFERENCE);
      assertThat(p.toString()).isEqualTo("ERROR unknown-cross-reference at orientations[0].fiches[0].crossReferences[0]: "
          + "Fiche \"FA 6\" (\"Développer l'accueil familial\") refers to fiche \"13\", which the plan does not have");
    });
  }
}
