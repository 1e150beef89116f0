package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;

/** Small plans for the tests, built with the core builders. */
public final class Plans {
  private Plans() {}

  /**
   * A semester grid over 2018-S1 … 2021-S2 written as in the Orne plan: one character per
   * semester, {@code X} marked, anything else not ("XX......" is 2018-S1 and 2018-S2).
   */
  public static ActionCalendar grid(String marks) {
    List<CalendarPeriod> semesters = new ArrayList<>();
    CalendarPeriod p = CalendarPeriod.semester(2018, 1);
    for (char c : marks.toCharArray()) {
      if (c == 'X') {
        semesters.add(p);
      }
      p = p.next();
    }
    return ActionCalendar.grid(marks, semesters);
  }

  /**
   * An Orne-like plan built by hand from the 2018-2021 semester grids of three fiches of
   * {@code examples/seeds/orne-plan-2017-2021.txt}: FA 7 (lines 290-295) and FA 10 (lines
   * 366-371) of orientation 3, FA 11 (lines 405-411) of orientation 4. No review.
   */
  public static Schema orne() {
    Fiche fa7 = Fiche.builder("7", "Favoriser la mise en œuvre de parcours cohérents et adaptés aux besoins des enfants en situation complexe")
        .addPilot(Actor.named("Conseil départemental"), Actor.named("ARS"))
        .addPartner(Actor.named("ARS"), Actor.named("secteur habilité"), Actor.named("Secteur médico-social"),
            Actor.named("MDPH"), Actor.named("CPO"))
        .addSousAction("Elaboration d'une convention CPO/ASE", grid(".XXX...."))
        .addSousAction("Nouvelle Commission des situations complexes", grid("XXX....."))
        .addSousAction("Développer la coordination des interventions entre institutions", grid(".XXXXXXX"))
        .addSousAction("Développer des réponses innovantes", grid(".XXXXXXX"))
        .build();
    Fiche fa10 = Fiche.builder("10", "Favoriser l'accès à la santé à tout âge de l'enfant, de l'adolescent et du jeune adulte")
        .addPilot(Actor.named("Conseil départemental"))
        .addPartner(Actor.named("CPAM"), Actor.named("Médecins généralistes et hospitaliers"))
        .addSousAction("Identifier le médecin de PMI comme référent « santé »", grid("XX......"))
        .addSousAction("Développer l'intervention du CPEF auprès des adolescents", grid("..XXXXXX"))
        .addSousAction("Développer des réseaux « santé » pour tout enfant bénéficiant du soutien de l'ASE", grid("XXXX...."))
        .addSousAction("Prise en compte des recommandations du Défenseur des droits", grid("XX......"))
        .build();
    Fiche fa11 = Fiche.builder("11", "Repenser les mesures de soutien à domicile et en milieu ouvert")
        .addPilot(Actor.named("Conseil départemental"))
        .addPartner(Actor.named("TGI"), Actor.named("Associations familiales (UDAF)"), Actor.named("Commune, EPCI, CCAS, CIAS"))
        .addSousAction("Identification des ressources en milieu ouvert pour étayer l'accompagnement", grid("XXXXXX.."))
        .addSousAction("Actions collectives partagées avec les partenaires", grid("XXXX...."))
        .addSousAction("Développer l'offre d'accompagnement hors les murs", grid("XXXXX..."))
        .addSousAction("Structurer l'accompagnement hors les murs (placement) en lien avec les magistrats", grid("XX......"))
        .addSousAction("Développer le parrainage et l'accueil auprès de tiers digne de confiance", grid("XXXXXXXX"))
        .build();
    return Schema.builder("orne-2017-2021", "Schéma enfance famille de l'Orne")
        .period(new YearRange(2017, 2021))
        .addOrientation(Orientation.builder("3", "Favoriser la mise en œuvre de parcours cohérents et co-construits avec les familles et les partenaires")
            .addFiche(fa7, fa10).build())
        .addOrientation(Orientation.builder("4", "Adapter les réponses aux besoins des familles pour favoriser la mise en œuvre de parcours individualisés")
            .addFiche(fa11).build())
        .build();
  }

  /**
   * The Orne-like plan with indicators, measurements and two reviews, for the summary: FA 10
   * with a ratio computed by formula and a percentage measured per territory; FA 7 with a count
   * going down; FA 11 with a milestone and no outcome indicator.
   */
  public static Schema orneReviewed() {
    Schema plan = orne();
    Indicator bilans = Indicator.builder("fa-10.i1", "Nombre de bilans médicaux réalisés").kind(IndicatorKind.OUTPUT)
        .measureType(MeasureType.COUNT).direction(Direction.INCREASE)
        .baseline(Baseline.of(dec("150"), CalendarPeriod.year(2017)))
        .addTarget(Target.finalTarget(dec("300"), CalendarPeriod.year(2021)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("180")))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("240"))).build();
    Indicator confies = Indicator.builder("fa-10.i2", "Nombre d'enfants confiés").kind(IndicatorKind.OUTPUT)
        .measureType(MeasureType.COUNT)
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("400")))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("400"))).build();
    Indicator taux = Indicator.builder("fa-10.i3", "Nombre de bilans médicaux réalisés / nombre d'enfants confiés")
        .kind(IndicatorKind.OUTCOME).measureType(MeasureType.PERCENTAGE).unit("%").direction(Direction.INCREASE)
        .formula("fa-10.i1 / fa-10.i2 * 100").build();
    Indicator ppe = Indicator.builder("fa-10.i4", "Pourcentage de PPE réalisés").kind(IndicatorKind.OUTCOME)
        .measureType(MeasureType.PERCENTAGE).direction(Direction.INCREASE)
        .baseline(Baseline.of(dec("20"), CalendarPeriod.year(2017)))
        .addTarget(Target.finalTarget(dec("80"), CalendarPeriod.year(2021)))
        .addMeasurement(Measurement.builder(CalendarPeriod.year(2019)).territory("Alençon").ratio(dec("30"), dec("40")).build())
        .addMeasurement(Measurement.builder(CalendarPeriod.year(2019)).territory("Argentan").ratio(dec("10"), dec("60")).build())
        .build();
    Indicator complexes = Indicator.builder("fa-7.i1", "Nombre d'enfants en situation complexe sans solution (objectif : baisse)")
        .kind(IndicatorKind.OUTCOME).measureType(MeasureType.COUNT).direction(Direction.DECREASE)
        .baseline(Baseline.of(dec("12"), CalendarPeriod.year(2017)))
        .addTarget(Target.finalTarget(dec("0"), CalendarPeriod.year(2021)))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2018), dec("10")))
        .addMeasurement(Measurement.of(CalendarPeriod.year(2019), dec("7"))).build();
    Indicator protocole = Indicator.builder("fa-11.i1", "Réalisation du protocole avec les magistrats").kind(IndicatorKind.OUTPUT)
        .measureType(MeasureType.MILESTONE).addTarget(Target.finalTarget(dec("1"), CalendarPeriod.year(2019))).build();
    Schema withIndicators = plan.mapIndicators(i -> i).withOrientations(plan.orientations().stream()
        .map(o -> o.withFiches(o.fiches().stream().map(f -> switch (f.id()) {
          case "fa-10" -> f.withIndicators(List.of(bilans, confies, taux, ppe));
          case "fa-7" -> f.withIndicators(List.of(complexes));
          default -> f.withIndicators(List.of(protocole));
        }).toList())).toList());
    return withIndicators
        .withReview(review(LocalDate.of(2018, 12, 31),
            sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.IN_PROGRESS, null),
            ficheStatus("fa-7", StatusVocabulary.IN_PROGRESS)))
        .withReview(review(LocalDate.of(2019, 12, 31),
            sousActionStatus("fa-10", "fa-10.sa1", StatusVocabulary.DONE, null),
            sousActionStatus("fa-10", "fa-10.sa2", StatusVocabulary.IN_PROGRESS, 40),
            sousActionStatus("fa-10", "fa-10.sa3", StatusVocabulary.PLANNED, null),
            ficheStatus("fa-7", StatusVocabulary.IN_PROGRESS)));
  }

  /** A review at a date with these entries. */
  public static Review review(LocalDate date, ReviewEntry... entries) {
    return Review.of(date, List.of(entries));
  }

  /** An entry about a fiche with a status code. */
  public static ReviewEntry ficheStatus(String ficheId, String status) {
    return ReviewEntry.builder(ficheId).status(status).build();
  }

  /** An entry about a sous-action with a status code and, when not null, a recorded percentage. */
  public static ReviewEntry sousActionStatus(String ficheId, String sousActionId, String status, Integer progress) {
    ReviewEntry.Builder b = ReviewEntry.builder(ficheId).sousActionId(sousActionId).status(status);
    Optional.ofNullable(progress).ifPresent(p -> b.progress(BigDecimal.valueOf(p)));
    return b.build();
  }

  /** A decimal from its text. */
  public static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }
}
