package org.schemadepartemental.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemadepartemental.core.validation.ProblemCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarParser;

/** One passing and one failing plan per rule: each code is reported where it should be, and only there. */
class SchemaValidatorTest {

  private static final CalendarParser PARSER = CalendarParser.standard();

  /** A small plan with no problem at all. */
  static Schema cleanPlan() {
    Fiche one = Fiche.builder("FA 1", "Développer la prévention précoce")
        .addPilot(Actor.named("Direction Enfance, Famille"))
        .calendar(PARSER.parse("2018-2019"))
        .addSousAction("Créer un réseau « parentalité »", PARSER.parse("Démarrage en 2019"))
        .addIndicator(Indicator.builder("fa-1.i1", "Nombre d'actions partenariales conduites")
            .baseline(Baseline.of(BigDecimal.valueOf(12), CalendarPeriod.year(2017)))
            .addTarget(Target.finalTarget(BigDecimal.valueOf(25), CalendarPeriod.year(2021)))
            .addMeasurement(Measurement.of(CalendarPeriod.year(2018), BigDecimal.valueOf(14)))
            .build())
        .addIndicator(Indicator.builder("fa-1.i2", "Part des actions réalisées").formula("fa-1.i1 / 25 * 100").build())
        .addCrossReference(FicheReference.to("2"))
        .build();
    Fiche two = Fiche.builder("FA 2", "Adapter l'accueil des mineurs non accompagnés")
        .addPilot(Actor.of("ASE", "Aide sociale à l'enfance"))
        .calendar(PARSER.parse("2ème trimestre 2018"))
        .build();
    Review review = Review.of(LocalDate.of(2018, 12, 31), List.of(
        ReviewEntry.builder("fa-1").sousActionId("fa-1.sa1").status("in-progress")
            .addMeasurement(new ReviewMeasurement(Optional.of("fa-1.i1"), Optional.empty(),
                Measurement.of(CalendarPeriod.year(2018), BigDecimal.TEN)))
            .build()));
    return Schema.builder("orne-2017-2021", "Schéma enfance famille 2017-2021")
        .period(new YearRange(2017, 2021))
        .addOrientation(Orientation.builder("1", "Prévenir").addFiche(one, two).build())
        .addReview(review)
        .build();
  }

  private static ValidationReport validate(Schema schema) {
    return SchemaValidator.standard().validate(schema);
  }

  /** The plan with the first fiche changed. */
  private static Schema withFirstFiche(UnaryOperator<Fiche.Builder> change) {
    Schema plan = cleanPlan();
    Orientation o = plan.orientations().get(0);
    Fiche changed = change.apply(o.fiches().get(0).toBuilder()).build();
    return plan.withOrientations(List.of(o.withFiches(List.of(changed, o.fiches().get(1)))));
  }

  private static Schema withEntry(ReviewEntry entry) {
    return cleanPlan().toBuilder().reviews(List.of(Review.of(LocalDate.of(2019, 6, 30), List.of(entry)))).build();
  }

  @Test
  void aCleanPlanHasNoProblem() {
    ValidationReport report = validate(cleanPlan());
    assertThat(report.problems()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void reportsEveryProblemNotOnlyTheFirst() {
    Schema plan = withFirstFiche(b -> b.pilots(List.of())
        .addCrossReference(FicheReference.to("13"))
        .addCrossReference(FicheReference.to("14")));
    ValidationReport report = validate(plan);
    assertThat(report.withCode(UNKNOWN_CROSS_REFERENCE)).hasSize(2);
    assertThat(report.withCode(FICHE_WITHOUT_PILOT)).hasSize(1);
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.toString()).startsWith("2 errors, 0 warnings, 1 infos");
  }

  @Nested
  class UniqueIds {
    @Test
    void sameNumberPrintedTwoWays() {
      Schema plan = cleanPlan();
      Orientation second = Orientation.builder("2", "Protéger")
          .addFiche(Fiche.builder("1", "Une autre fiche").id("fa-1-bis").addPilot(Actor.named("CD")).build())
          .build();
      ValidationReport report = validate(plan.toBuilder().addOrientation(second).build());
      assertThat(report.withCode(DUPLICATE_FICHE_NUMBER)).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.path()).hasToString("orientations[1].fiches[0].number");
        assertThat(p.message()).contains("\"1\"", "\"FA 1\"", "orientations[0].fiches[0]");
      });
      assertThat(report.withCode(DUPLICATE_FICHE_ID)).isEmpty();
    }

    @Test
    void sameIdWithDifferentNumbers() {
      Schema plan = withFirstFiche(b -> b.id("fa-2"));
      ValidationReport report = validate(plan);
      assertThat(report.withCode(DUPLICATE_FICHE_ID)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[1].id"));
      assertThat(report.withCode(DUPLICATE_FICHE_NUMBER)).isEmpty();
    }

    @Test
    void sameSousActionAndIndicatorIds() {
      Schema plan = withFirstFiche(b -> b.addSousAction(SousAction.of("fa-1.sa1", "Doublon", ActionCalendar.none()))
          .addIndicator(Indicator.builder("fa-1.i1", "Doublon").build()));
      ValidationReport report = validate(plan);
      assertThat(report.withCode(DUPLICATE_SOUS_ACTION_ID)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[0].sousActions[1].id"));
      assertThat(report.withCode(DUPLICATE_INDICATOR_ID)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[0].indicators[2].id"));
    }

    @Test
    void sameOrientationCodeAndReviewId() {
      Schema plan = cleanPlan();
      Schema bad = plan.toBuilder()
          .addOrientation(Orientation.builder("1", "Encore l'axe 1").build())
          .addReview(Review.of(LocalDate.of(2018, 12, 31), List.of()))
          .build();
      ValidationReport report = validate(bad);
      assertThat(report.withCode(DUPLICATE_ORIENTATION_CODE)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[1]"));
      assertThat(report.withCode(DUPLICATE_REVIEW_ID)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("reviews[1].id"));
    }
  }

  @Nested
  class Periods {
    @Test
    void sousActionAndFicheCalendarsOutsideThePeriod() {
      Schema plan = withFirstFiche(b -> b.calendar(PARSER.parse("2016-2018"))
          .sousActions(List.of(SousAction.of("fa-1.sa1", "Évaluer", PARSER.parse("1er semestre 2023")))));
      ValidationReport report = validate(plan);
      assertThat(report.withCode(CALENDAR_OUTSIDE_PERIOD)).extracting(p -> p.path().toString())
          .containsExactly("orientations[0].fiches[0].calendar", "orientations[0].fiches[0].sousActions[0].calendar");
      assertThat(report.withCode(CALENDAR_OUTSIDE_PERIOD).get(1).message())
          .contains("\"1er semestre 2023\"", "\"Évaluer\"", "2017-2021");
      assertThat(report.withCode(CALENDAR_OUTSIDE_PERIOD)).allMatch(p -> p.severity() == Severity.WARNING);
    }

    @Test
    void gridAndWorkingGroupDeadlineOutsideThePeriod() {
      Schema plan = withFirstFiche(b -> b.calendar(
          ActionCalendar.grid("", List.of(CalendarPeriod.semester(2021, 2), CalendarPeriod.semester(2022, 1)))));
      WorkingGroup group = new WorkingGroup("Autonomie des 16-18 ans", Optional.empty(), Optional.empty(),
          PARSER.parse("D'ici 2025"), List.of(), Optional.empty());
      Territory territory = new Territory("ARRAGEOIS", List.of(), List.of(group), List.of(), Optional.empty());
      ValidationReport report = validate(plan.toBuilder().addTerritory(territory).build());
      assertThat(report.withCode(CALENDAR_OUTSIDE_PERIOD)).extracting(p -> p.path().toString())
          .containsExactly("orientations[0].fiches[0].calendar", "territories[0].workingGroups[0].deadline");
    }

    @Test
    void calendarsInsideThePeriodAndUndatedOnesPass() {
      Schema plan = withFirstFiche(b -> b.calendar(PARSER.parse("A définir"))
          .sousActions(List.of(SousAction.of("fa-1.sa1", "Évaluer", PARSER.parse("fin 2021")))));
      assertThat(validate(plan).withCode(CALENDAR_OUTSIDE_PERIOD)).isEmpty();
    }

    @Test
    void planWithoutPeriodIsReportedOnceAndNothingIsCheckedAgainstIt() {
      Schema plan = withFirstFiche(b -> b.calendar(PARSER.parse("2030")));
      Schema noPeriod = new Schema(plan.id(), plan.title(), plan.departement(), Optional.empty(), plan.adoptionDate(),
          plan.predecessor(), plan.orientations(), plan.glossary(), plan.territories(), plan.reviews(), plan.lineage(),
          plan.statuses(), plan.notes(), plan.location());
      ValidationReport report = validate(noPeriod);
      assertThat(report.problems()).extracting(ValidationProblem::code).containsExactly(PLAN_WITHOUT_PERIOD);
      assertThat(report.problems().get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void measurementsAndTargetsOutsideThePeriod() {
      Schema plan = withFirstFiche(b -> b.indicators(List.of(Indicator.builder("fa-1.i1", "EPP réalisés")
          .baseline(Baseline.of(BigDecimal.valueOf(2116), CalendarPeriod.year(2010)))
          .addTarget(Target.finalTarget(BigDecimal.valueOf(2500), CalendarPeriod.year(2023)))
          .addMeasurement(Measurement.of(CalendarPeriod.year(2016), BigDecimal.valueOf(2116)))
          .addMeasurement(Measurement.of(CalendarPeriod.year(2018), BigDecimal.valueOf(2204)))
          .build())));
      Schema withFigure = plan.toBuilder().reviews(List.of(Review.of(LocalDate.of(2018, 12, 31), List.of(
          ReviewEntry.builder("fa-1").addMeasurement(new ReviewMeasurement(Optional.empty(), Optional.of("EPP réalisés"),
              Measurement.of(CalendarPeriod.month(2022, 1), BigDecimal.ONE))).build())))).build();
      ValidationReport report = validate(withFigure);
      assertThat(report.withCode(MEASUREMENT_OUTSIDE_PERIOD)).extracting(p -> p.path().toString()).containsExactly(
          "orientations[0].fiches[0].indicators[0].measurements[0].period",
          "reviews[0].entries[0].measurements[0].measurement.period");
      assertThat(report.withCode(MEASUREMENT_OUTSIDE_PERIOD).get(0).message()).contains("\"EPP réalisés\"", "2016");
      assertThat(report.withCode(TARGET_OUTSIDE_PERIOD)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[0].indicators[0].targets[0].due"));
    }
  }

  @Nested
  class References {
    @Test
    void unknownCrossReference() {
      ValidationReport report = validate(withFirstFiche(b -> b.addCrossReference(FicheReference.to("13"))));
      assertThat(report.withCode(UNKNOWN_CROSS_REFERENCE)).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.path()).hasToString("orientations[0].fiches[0].crossReferences[1]");
        assertThat(p.message()).contains("\"13\"", "\"FA 1\"");
      });
    }

    @Test
    void crossReferenceByAnotherSpellingOfTheNumberIsKnown() {
      ValidationReport report = validate(withFirstFiche(b -> b.addCrossReference(FicheReference.to("FA 2"))));
      assertThat(report.withCode(UNKNOWN_CROSS_REFERENCE)).isEmpty();
    }

    @Test
    void lifecycleRelatedFiches() {
      assertThat(validate(withFirstFiche(b -> b.lifecycle(FicheLifecycle.mergedWith(List.of("fa-2"), "2 fiches regroupées"))))
          .problems()).isEmpty();
      ValidationReport report = validate(withFirstFiche(b -> b.lifecycle(
          FicheLifecycle.mergedWith(List.of("fa-2", "fa-9", "fa-1"), "3 fiches regroupées"))));
      assertThat(report.withCode(UNKNOWN_LIFECYCLE_FICHE)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[0].lifecycle.related[1]"));
      assertThat(report.withCode(LIFECYCLE_SELF_REFERENCE)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[0].lifecycle.related[2]"));
      ValidationReport noRelated = validate(withFirstFiche(b -> b.lifecycle(
          new org.schemadepartemental.core.FicheLifecycle(FicheStatus.REPLACED, List.of(), Optional.of("Nouvelle fiche")))));
      assertThat(noRelated.withCode(LIFECYCLE_WITHOUT_RELATED)).singleElement()
          .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void formulaIdentifiers() {
      ValidationReport report = validate(withFirstFiche(b -> b.indicators(List.of(
          Indicator.builder("fa-1.i1", "Bilans réalisés").build(),
          Indicator.builder("fa-1.i2", "Taux").formula("max(fa-1.i1, 0) / fa-9.i1 * 100 + fa-1.i2").build()))));
      assertThat(report.withCode(UNKNOWN_FORMULA_INDICATOR)).singleElement().satisfies(p -> {
        assertThat(p.path()).hasToString("orientations[0].fiches[0].indicators[1].formula");
        assertThat(p.message()).contains("\"fa-9.i1\"");
      });
      assertThat(report.withCode(FORMULA_SELF_REFERENCE)).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("itself"));
    }

    @Test
    void formulaOverAnotherFichesIndicatorsIsKnown() {
      ValidationReport report = validate(withFirstFiche(b -> b.indicators(List.of(
          Indicator.builder("fa-1.i1", "Taux").formula("fa-1.i2 + fa-12-bis.i1").build(),
          Indicator.builder("fa-1.i2", "Nombre").build()))));
      // fa-12-bis.i1 is read as one identifier, not as "fa" minus 12 minus "bis.i1".
      assertThat(report.withCode(UNKNOWN_FORMULA_INDICATOR)).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("\"fa-12-bis.i1\""));
    }
  }

  @Nested
  class Reviews {
    @Test
    void entryAboutAnUnknownFiche() {
      ValidationReport report = validate(withEntry(ReviewEntry.builder("fa-25").status("done").build()));
      assertThat(report.withCode(UNKNOWN_REVIEW_FICHE)).singleElement().satisfies(p -> {
        assertThat(p.path()).hasToString("reviews[0].entries[0].ficheId");
        assertThat(p.message()).contains("\"fa-25\"", "\"bilan-2019-06-30\"");
      });
    }

    @Test
    void entryAboutAnUnknownOrMisplacedSousAction() {
      assertThat(validate(withEntry(ReviewEntry.builder("fa-1").sousActionId("fa-1.sa7").build()))
          .withCode(UNKNOWN_REVIEW_SOUS_ACTION)).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("does not have"));
      Schema plan = withFirstFiche(b -> b);
      Orientation o = plan.orientations().get(0);
      Fiche twoWithSousAction = o.fiches().get(1).toBuilder().addSousAction("Former", ActionCalendar.none()).build();
      Schema withSa = plan.withOrientations(List.of(o.withFiches(List.of(o.fiches().get(0), twoWithSousAction))))
          .toBuilder().reviews(List.of(Review.of(LocalDate.of(2019, 1, 1),
              List.of(ReviewEntry.builder("fa-1").sousActionId("fa-2.sa1").build())))).build();
      assertThat(validate(withSa).withCode(UNKNOWN_REVIEW_SOUS_ACTION)).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("belongs to another fiche"));
    }

    @Test
    void figureForAnUnknownIndicator() {
      ValidationReport report = validate(withEntry(ReviewEntry.builder("fa-1")
          .addMeasurement(new ReviewMeasurement(Optional.of("fa-1.i1"), Optional.empty(),
              Measurement.of(CalendarPeriod.year(2019), BigDecimal.ONE)))
          .addMeasurement(new ReviewMeasurement(Optional.of("fa-1.i7"), Optional.empty(),
              Measurement.of(CalendarPeriod.year(2019), BigDecimal.ONE)))
          .build()));
      assertThat(report.withCode(UNKNOWN_REVIEW_INDICATOR)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("reviews[0].entries[0].measurements[1].indicatorId"));
    }

    @Test
    void statusOutsideTheVocabulary() {
      ValidationReport report = validate(withEntry(ReviewEntry.builder("fa-1").status("Réalisé").build()));
      assertThat(report.withCode(UNKNOWN_REVIEW_STATUS)).singleElement().satisfies(p -> {
        assertThat(p.path()).hasToString("reviews[0].entries[0].status");
        assertThat(p.message()).contains("\"Réalisé\"", "\"done\"");
      });
      assertThat(validate(withEntry(ReviewEntry.builder("fa-1").status("partially-attained").build())).problems())
          .isEmpty();
    }
  }

  @Nested
  class Content {
    @Test
    void targetWithoutBaseline() {
      ValidationReport report = validate(withFirstFiche(b -> b.indicators(List.of(Indicator.builder("fa-1.i1", "Adoptions")
          .addTarget(new Target(BigDecimal.valueOf(25), org.schemadepartemental.core.TargetType.FINAL,
              Optional.empty(), Optional.of(org.schemadepartemental.core.Granularity.YEAR),
              Optional.of("25 adoptions par an dans un délai de 3 ans")))
          .build()))));
      assertThat(report.withCode(TARGET_WITHOUT_BASELINE)).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.path()).hasToString("orientations[0].fiches[0].indicators[0].baseline");
      });
    }

    @Test
    void titlesOfPunctuationOnlyOrTooLong() {
      String longTitle = "Développer l'accueil ".repeat(30);
      Schema plan = withFirstFiche(b -> b.title("• – …")
          .sousActions(List.of(SousAction.of("fa-1.sa1", longTitle, ActionCalendar.none()))));
      ValidationReport report = validate(plan);
      assertThat(report.withCode(SUSPICIOUS_TITLE)).extracting(p -> p.path().toString()).containsExactly(
          "orientations[0].fiches[0].title", "orientations[0].fiches[0].sousActions[0].title");
      assertThat(report.withCode(SUSPICIOUS_TITLE).get(0).message()).contains("no letter nor digit");
      assertThat(report.withCode(SUSPICIOUS_TITLE).get(1).message()).contains("629 characters").contains("…\"");
      assertThat(validate(withFirstFiche(b -> b.title("« 1 »"))).withCode(SUSPICIOUS_TITLE)).isEmpty();
    }

    @Test
    void unparsedCalendarsAndMissingPilots() {
      ValidationReport report = validate(withFirstFiche(b -> b.calendar(PARSER.parse("Selon financement"))
          .pilots(List.of())));
      assertThat(report.withCode(UNPARSED_CALENDAR)).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.INFO);
        assertThat(p.message()).contains("\"Selon financement\"");
      });
      assertThat(report.withCode(FICHE_WITHOUT_PILOT)).singleElement()
          .satisfies(p -> assertThat(p.path()).hasToString("orientations[0].fiches[0].pilots"));
      assertThat(report.hasErrors()).isFalse();
    }
  }

  @Nested
  class Rules {
    private final ValidationRule broken = new ValidationRule() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public void check(ValidationContext context) {
        throw new IllegalStateException("boom");
      }
    };

    @Test
    void aFailingRuleIsReportedAndTheOthersStillRun() {
      Schema plan = withFirstFiche(b -> b.addCrossReference(FicheReference.to("13")));
      ValidationReport report = SchemaValidator.standard().withRule(broken).validate(plan);
      assertThat(report.withCode(RULE_FAILED)).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("'broken'", "boom"));
      assertThat(report.withCode(UNKNOWN_CROSS_REFERENCE)).hasSize(1);
    }

    @Test
    void rulesCanBeAddedReplacedAndRemoved() {
      SchemaValidator validator = SchemaValidator.standard();
      assertThat(validator.rules()).hasSize(StandardRule.values().length);
      assertThat(validator.withoutRule("pilots").rules()).doesNotContain(StandardRule.PILOTS);
      ValidationRule custom = new ValidationRule() {
        @Override
        public String id() {
          return "pilots";
        }

        @Override
        public void check(ValidationContext context) {
          context.report("custom", Severity.WARNING, ModelPath.root(), "custom rule ran");
        }
      };
      SchemaValidator replaced = validator.withRule(custom);
      assertThat(replaced.rules()).hasSize(validator.rules().size()).contains(custom);
      assertThat(replaced.validate(cleanPlan()).withCode("custom")).hasSize(1);
      assertThat(validator.validate(cleanPlan()).withCode("custom")).isEmpty(); // the original is unchanged
      assertThatThrownBy(() -> SchemaValidator.of(List.of(custom, StandardRule.PILOTS)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pilots'");
    }
  }

  @Test
  void modelPathsParseWhatTheyWrite() {
    ModelPath path = ModelPath.root().element("orientations", 2).element("fiches", 0).element("sousActions", 3)
        .field("calendar");
    assertThat(path).hasToString("orientations[2].fiches[0].sousActions[3].calendar");
    assertThat(ModelPath.parse(path.toString())).isEqualTo(path);
    assertThat(ModelPath.parse("")).isEqualTo(ModelPath.root());
    assertThat(path.startsWith(ModelPath.parse("orientations[2].fiches[0]"))).isTrue();
    assertThat(path.startsWith(ModelPath.parse("orientations[2].fiches[1]"))).isFalse();
    assertThatThrownBy(() -> ModelPath.parse("orientations[x]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orientations[x]");
  }

  @Test
  void quotesAreOnOneLineAndShort() {
    assertThat(ValidationContext.quote("a\nb")).isEqualTo("\"a b\"");
    assertThat(ValidationContext.quote("🙂".repeat(70))).isEqualTo("\"" + "🙂".repeat(60) + "…\"");
  }
}
