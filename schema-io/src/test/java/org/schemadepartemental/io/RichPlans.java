package org.schemadepartemental.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.Lineage;
import org.schemadepartemental.core.LineageAxis;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.PlanReference;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusCategory;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.VolumeReference;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;

/** A plan with every field of the model set at least once, for contract tests. */
public final class RichPlans {
  private RichPlans() {}

  private static SourceLocation at(int first, int last) {
    return new SourceLocation("003_orne.txt", first, last);
  }

  /** Every field, every optional present, a non-standard status vocabulary. */
  public static Schema everyField() {
    Indicator output = Indicator.builder("fa-1.i1", "Nombre de bilans médicaux réalisés / nombre d'enfants confiés")
        .kind(IndicatorKind.OUTPUT)
        .measureType(MeasureType.PERCENTAGE)
        .unit("%")
        .direction(Direction.INCREASE)
        .cumulative(true)
        .baseline(new Baseline(new BigDecimal("61.5"), Optional.of(CalendarPeriod.year(2016)), Optional.of("61,5 % en 2016")))
        .addTarget(new Target(new BigDecimal("25"), TargetType.FINAL, Optional.of(CalendarPeriod.year(2021)),
            Optional.of(Granularity.YEAR), Optional.of("25 adoptions par an dans un délai de 3 ans")))
        .addTarget(Target.intermediate(new BigDecimal("0.1"), CalendarPeriod.semester(2019, 2)))
        .addMeasurement(Measurement.builder(CalendarPeriod.year(2018))
            .value(new BigDecimal("92.0000000000000000001"))
            .ratio(new BigDecimal("3494"), new BigDecimal("17463"))
            .territory("ARRAGEOIS")
            .source("enquête ODPE")
            .comment("soit environ 92 %")
            .text("3 494 séances pour 17 463 enfants")
            .location(at(40, 41))
            .build())
        .addMeasurement(Measurement.of(CalendarPeriod.month(2019, 6), new BigDecimal("-12.75")))
        .formula("fa-1.i2 / fa-1.i3 * 100")
        .location(at(38, 39))
        .build();
    Indicator outcome = Indicator.builder("fa-1.i2", "Réalisation du protocole")
        .kind(IndicatorKind.OUTCOME).measureType(MeasureType.MILESTONE).direction(Direction.REACH)
        .addMeasurement(Measurement.builder(CalendarPeriod.quarter(2020, 2)).text("réalisé").build())
        .build();
    Fiche fiche = Fiche.builder("FA 1", "Prévenir les ruptures de parcours")
        .id("fa-1")
        .addDiagnostic(ListItem.of("Constat", ListItem.of("sous-constat", ListItem.of("détail"))))
        .addObjective(ListItem.of("Objectif général"))
        .addOperationalObjective(ListItem.of("Objectif opérationnel"))
        .addPilot(Actor.named("Conseil départemental"))
        .addPartner(Actor.of("CAF", "Caisse d'allocations familiales"), Actor.named("Éducation nationale"))
        .addBreakdown(ListItem.of("Déclinaison"))
        .addSousAction(new SousAction("fa-1.sa1", "Créer un protocole",
            ActionCalendar.point("début juin 2019", CalendarPeriod.month(2019, 6), Approximation.EARLY),
            Optional.of(new BigDecimal("2.5")), Optional.of(at(20, 21))))
        .addSousAction(SousAction.of("fa-1.sa2", "Former les équipes",
            ActionCalendar.grid("2018 S1 X 2018 S2 X", List.of(CalendarPeriod.semester(2018, 1), CalendarPeriod.semester(2018, 2)))))
        .addSousAction(SousAction.of("fa-1.sa3", "Évaluer", ActionCalendar.range("2019-2020", CalendarPeriod.year(2019), CalendarPeriod.year(2020))))
        .addSousAction(SousAction.of("fa-1.sa4", "Démarrer", ActionCalendar.from("Démarrage en 2019", CalendarPeriod.year(2019))))
        .addSousAction(SousAction.of("fa-1.sa5", "Conclure", ActionCalendar.until("d'ici fin 2020", CalendarPeriod.year(2020))))
        .addSousAction(SousAction.of("fa-1.sa6", "Étudier", ActionCalendar.state("A définir", CalendarForm.TO_BE_DEFINED)))
        .calendar(ActionCalendar.state("Selon financement", CalendarForm.UNPARSED))
        .addIndicator(output)
        .addIndicator(outcome)
        .addVigilance(ListItem.of("Point de vigilance"))
        .addCrossReference(new FicheReference("13", Optional.of("CAF")))
        .addVolumeReference(new VolumeReference("Cahier N°5", Optional.of("12"), "Cahier N°5 - Page 12"))
        .lifecycle(FicheLifecycle.mergedWith(List.of("fa-2"), "3 fiches regroupées"))
        .weight(new BigDecimal("1.5"))
        .addNote("Note libre")
        .location(at(10, 60))
        .build();
    Fiche bare = Fiche.builder("2", "=Fiche sans sous-action").build();
    Orientation orientation = Orientation.builder("1", "Prévention")
        .kind(OrientationKind.STRATEGIC)
        .principle("PRINCIPE : agir tôt")
        .addFiche(fiche, bare)
        .location(at(5, 100))
        .build();
    StatusVocabulary statuses = StatusVocabulary.standard().extendedWith(List.of(new ReviewStatus(
        "reported", "Reporté", List.of("Décalé"), StatusCategory.ACTIVE, Optional.of(new BigDecimal("10")))));
    Review review = new Review("bilan-2012-12-31", LocalDate.of(2012, 12, 31), Optional.of("Bilan au 31/12/2012"),
        Optional.of("fiches départementales"),
        List.of(ReviewEntry.builder("fa-1")
            .sousActionId("fa-1.sa1")
            .title("Protocole")
            .status("reported")
            .progress(new BigDecimal("33.3"))
            .addNarrative(ListItem.of("Fait"))
            .addPerspective(ListItem.of("Perspectives 2013"))
            .addMeasurement(new ReviewMeasurement(Optional.of("fa-1.i1"), Optional.of("EPP réalisés"),
                Measurement.of(CalendarPeriod.year(2011), new BigDecimal("2204"))))
            .location(at(200, 210))
            .build()),
        List.of(ListItem.of("Préambule")), Optional.of(at(190, 250)));
    Territory territory = new Territory("ARRAGEOIS",
        List.of(new CommitteeMeeting(Optional.of(LocalDate.of(2012, 10, 18)), Optional.of("18 octobre 2012"),
            Optional.of("Arras"), Optional.of(at(300, 300)))),
        List.of(new WorkingGroup("« Autonomisation » des jeunes 16-18 ans", Optional.of("1"),
            Optional.of("Maison du Département Solidarité"), ActionCalendar.state("En cours", CalendarForm.IN_PROGRESS),
            List.of(ListItem.of("Objectif du groupe")), Optional.of(at(301, 305)))),
        List.of(new TerritoryNote(Optional.of("2"), "Cet axe de travail ne fera pas l'objet de travaux territoriaux",
            Optional.of(at(306, 306)))),
        Optional.of(at(299, 310)));
    return Schema.builder("orne-2017-2021", "Schéma enfance famille 2017-2021")
        .departement(Departements.byCode("61").orElseThrow())
        .period(new YearRange(2017, 2021))
        .adoptionDate(LocalDate.of(2017, 6, 30))
        .predecessor(new PlanReference("orne-2012-2016", Optional.of("Schéma 2012-2016"), Optional.of(new YearRange(2012, 2016))))
        .addOrientation(orientation)
        .glossary(Glossary.of(List.of(new GlossaryEntry("ASE", "Aide sociale à l'enfance", Optional.of("CASF L221-1")),
            GlossaryEntry.of("MNA", "Mineur non accompagné"))))
        .addTerritory(territory)
        .addReview(review)
        .lineage(new Lineage(new PlanReference("cm-2018-2022", Optional.empty(), Optional.empty()),
            List.of(new LineageAxis("Axe 1", "Prévenir", List.of(ListItem.of("Enjeu")), Optional.of(at(400, 410))))))
        .statuses(statuses)
        .addNote(ListItem.of("Contexte"))
        .location(at(1, 500))
        .build();
  }
}
