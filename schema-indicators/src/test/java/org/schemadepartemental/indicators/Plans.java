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
