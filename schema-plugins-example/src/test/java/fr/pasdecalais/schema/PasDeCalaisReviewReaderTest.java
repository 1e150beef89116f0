package fr.pasdecalais.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.io.PlacementReport;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.testkit.ReaderSample;

/** The structure read from the Pas-de-Calais review at 31/12/2012 of its 2011-2016 plan. */
class PasDeCalaisReviewReaderTest {

  private static final ReadResult RESULT = new PasDeCalaisReviewFormat().reader().orElseThrow()
      .read(ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt").source(), ReadOptions.defaults());
  private static final Schema PLAN = RESULT.schema();

  @Test
  void thePlanIsPasDeCalais2011To2016AdoptedOn30May2011() {
    assertThat(PLAN.id()).isEqualTo("pas-de-calais-2011-2016");
    assertThat(PLAN.title()).isEqualTo("Schéma Départemental de l’Enfance et de la Famille");
    assertThat(PLAN.departement()).hasValueSatisfying(d -> assertThat(d.code()).isEqualTo("62"));
    assertThat(PLAN.period()).hasValueSatisfying(p -> {
      assertThat(p.first()).isEqualTo(2011);
      assertThat(p.last()).isEqualTo(2016);
    });
    assertThat(PLAN.adoptionDate()).contains(LocalDate.of(2011, 5, 30));
  }

  @Test
  void theReviewIsDated31December2012AndKeepsThePreamble() {
    assertThat(PLAN.reviews()).singleElement().satisfies(review -> {
      assertThat(review.id()).isEqualTo("bilan-2012-12-31");
      assertThat(review.date()).isEqualTo(LocalDate.of(2012, 12, 31));
      assertThat(review.title()).contains("Bilan 2012 du Schéma départemental de l’Enfance et de la famille");
      List<String> notes = review.notes().stream().flatMap(n -> n.flatten().stream()).toList();
      assertThat(notes).anyMatch(t -> t.startsWith("Le Schéma Départemental de l’Enfance et de la Famille a été adopté"));
      assertThat(texts(review.notes())).anyMatch(t -> t.startsWith("1. La mise en œuvre territoriale"));
    });
  }

  @Test
  void nineTerritoriesWithTheirCommitteeMeeting() {
    assertThat(PLAN.territories()).extracting(Territory::name).containsExactly("ARRAGEOIS", "ARTOIS", "AUDOMAROIS",
        "BOULONNAIS", "CALAISIS", "CommunAupôle LENS/LIEVIN", "HENIN CARVIN", "MONTREUILLOIS", "TERNOIS");
    assertThat(PLAN.territories()).allSatisfy(t -> assertThat(t.meetings()).hasSize(1));
    CommitteeMeeting arras = territory("ARRAGEOIS").meetings().get(0);
    assertThat(arras.date()).contains(LocalDate.of(2012, 10, 18));
    assertThat(arras.dateText()).contains("18 octobre 2012");
    assertThat(arras.place()).contains("Salle Montesquieu DAINVILLE");
    assertThat(territory("CommunAupôle LENS/LIEVIN").meetings().get(0).date()).contains(LocalDate.of(2012, 9, 25));
    assertThat(territory("TERNOIS").meetings().get(0).place()).contains("Maison du Département Solidarité du TERNOIS");
  }

  @Test
  void theFiveTerritorialAxesComeFirst() {
    List<Orientation> axes = PLAN.orientations().stream().filter(o -> o.kind() == OrientationKind.TERRITORIAL).toList();
    assertThat(axes).extracting(Orientation::code).containsExactly("Axe 1", "Axe 2", "Axe 3", "Axe 4", "Axe 5");
    assertThat(axes.get(1).title()).isEqualTo("Accompagnement des adolescents vers leur projet de jeune adulte");
    assertThat(PLAN.orientations().subList(0, 5)).isEqualTo(axes);
  }

  @Test
  void workingGroupsKeepTitlePilotageDeadlineAndObjectives() {
    WorkingGroup arras = territory("ARRAGEOIS").workingGroupsOn("Axe 1").get(0);
    assertThat(arras.title()).isEqualTo("Développer et soutenir l’aide a la parentalité");
    assertThat(arras.pilotage()).contains("Maison du Département Solidarité / EPDEF / Accueil et Relais");
    assertThat(arras.deadline().form()).isEqualTo(CalendarForm.POINT);
    assertThat(arras.deadline().start()).contains(CalendarPeriod.year(2013));
    assertThat(arras.objectives()).hasSize(3);
    assertThat(arras.objectives().get(0).text()).startsWith("Faire un état des lieux de l’offre disponible");

    assertThat(territory("ARTOIS").workingGroupsOn("Axe 1")).extracting(WorkingGroup::title)
        .containsExactly("Soutenir les projets en direction de la petite enfance", "Actions en direction de la parentalité");
    WorkingGroup boulogne = territory("BOULONNAIS").workingGroupsOn("Axe 1").get(0);
    assertThat(boulogne.deadline().text()).isEqualTo("début juin 2013");
  }

  @Test
  void aDefinirIsKeptAsSuch() {
    WorkingGroup lens = territory("CommunAupôle LENS/LIEVIN").workingGroupsOn("Axe 1").get(0);
    assertThat(lens.title()).isEqualTo("Groupe de travail sur la médiation Familiale et les droits de visites");
    assertThat(lens.pilotage()).contains("A définir");
    assertThat(lens.deadline().form()).isEqualTo(CalendarForm.TO_BE_DEFINED);
    assertThat(lens.deadline().text()).isEqualTo("A définir");
  }

  @Test
  void aTerritoryWithNoWorkingGroupOnAnAxisSaysSo() {
    Territory arras = territory("ARRAGEOIS");
    assertThat(arras.workingGroupsOn("Axe 2")).isEmpty();
    assertThat(notesOn(arras, "Axe 2")).singleElement().asString()
        .startsWith("Cet axe de travail ne fera pas l’objet de travaux territoriaux");
    assertThat(notesOn(territory("ARTOIS"), "Axe 4")).containsExactly("Pas de groupe de travail spécifique mis en place");
    assertThat(notesOn(territory("BOULONNAIS"), "Axe 4")).containsExactly(
        "Pas de groupe de travail mis en place, thématique abordée dans le groupe « développer et soutenir l’aide à la parentalité »");
    // Objectives given without any working group are kept, as printed, as the territory's notes.
    assertThat(territory("AUDOMAROIS").workingGroupsOn("Axe 1")).isEmpty();
    assertThat(notesOn(territory("AUDOMAROIS"), "Axe 1")).hasSize(4)
        .first().asString().startsWith("Etude sur le développement des Maisons d’Assistants Maternels");
  }

  @Test
  void everyTerritoryHasAWorkingGroupOrANoteOnEveryAxis() {
    for (Territory t : PLAN.territories()) {
      for (String axis : List.of("Axe 1", "Axe 2", "Axe 3", "Axe 4", "Axe 5")) {
        assertThat(t.workingGroupsOn(axis).size() + notesOn(t, axis).size()).as(t.name() + " on " + axis).isPositive();
      }
    }
  }

  @Test
  void departmentWideFichesWithTheirCahierReference() {
    Fiche epp = fiche("Promouvoir l’Entretien Prénatal Précoce (EPP°) du 4ème mois de grossesse en partenariat avec les réseaux");
    assertThat(orientationOf(epp).title()).isEqualTo("Accompagner la parentalité à tous les âges de la vie");
    assertThat(epp.volumeReferences()).singleElement().satisfies(v -> {
      assertThat(v.volume()).isEqualTo("Cahier N°5");
      assertThat(v.pages()).contains("5");
    });
    Fiche bilan4Ans = fiche("Généraliser le bilan de prévention pour les enfants âgés de 3 ans ½ et 4 ans ½");
    assertThat(bilan4Ans.volumeReferences()).singleElement().satisfies(v -> assertThat(v.text()).isEqualTo("Cahier N°5 - Page 9"));
    assertThat(PLAN.fiches()).hasSize(31);
  }

  @Test
  void reviewEntriesHoldThePointBilanAndThePerspectives2013() {
    ReviewEntry maisons = entry(fiche("Création de deux Maisons des Adolescents sur le territoire de santé du Littoral et de l’Artois"));
    assertThat(maisons.narrative().get(0).text()).startsWith("Deux maisons des Adolescents ont été installées");
    ReviewEntry groupes = entry(fiche("Développer les groupes ressources pour accompagner les jeunes les plus en difficulté"));
    assertThat(texts(groupes.perspectives())).containsExactly("Réalisation d’une grille d’évaluation conjointe",
        "Réalisation d’une plaquette de communication par les groupes ressources",
        "Maintien de la réunion annuelle de réalisation du bilan (novembre 2013)");
  }

  @Test
  void theFiguresOfTheSmallTablesAreMeasurements() {
    ReviewEntry epp = entry(fiche("Promouvoir l’Entretien Prénatal Précoce (EPP°) du 4ème mois de grossesse en partenariat avec les réseaux"));
    assertThat(figure(epp, "Nombre d’EPP réalisés", 2010)).isEqualByComparingTo("2116");
    assertThat(figure(epp, "Nombre d’EPP réalisés", 2011)).isEqualByComparingTo("2204");
    assertThat(figure(epp, "Nombre de patientes adressées par une SF de PMI à un autre professionnel suite à un EPP", 2011))
        .isEqualByComparingTo("352");

    ReviewEntry bilans = entry(fiche("Généraliser le bilan de prévention pour les enfants âgés de 3 ans ½ et 4 ans ½"));
    assertThat(figure(bilans, "séances", 2010)).isEqualByComparingTo("4149");
    assertThat(figure(bilans, "enfants âgés de 3ans ½ à 4 ans ½", 2010)).isEqualByComparingTo("16533");
    assertThat(figure(bilans, "% de la tranche d’âge", 2010)).isEqualByComparingTo("87");
    assertThat(figure(bilans, "séances", 2011)).isEqualByComparingTo("3494");
  }

  @Test
  void mergedFichesAreMergedWithEachOther() {
    Fiche first = fiche("Pour une coordination territoriale de l’accueil du jeune enfant");
    Fiche charter = fiche("Etablir une charte de l’accueil du jeune enfant");
    Fiche training = fiche("Favoriser la formation des professionnels d’accueil du jeune enfant");
    assertThat(first.lifecycle().status()).isEqualTo(FicheStatus.MERGED);
    assertThat(first.lifecycle().related()).containsExactly(charter.id(), training.id());
    assertThat(first.lifecycle().note()).contains("3 fiches regroupées");
    assertThat(training.lifecycle().related()).containsExactly(first.id(), charter.id());
    assertThat(orientationOf(first).title())
        .isEqualTo("Permettre sur chaque territoire l’accès à un mode d’accueil ou des modes d’accueil coordonnés pour jeunes enfants");
    assertThat(entry(first).status()).contains("merged");
    assertThat(review().entriesFor(charter.id())).isEmpty();
  }

  @Test
  void theReplacedFicheAndItsNewFiche() {
    Fiche old = fiche("Elaborer un guide méthodologique des projets d’adoption tardive");
    Fiche replacement = fiche("Les axes de travail de la mission adoptabilité et projet de vie");
    assertThat(old.lifecycle().status()).isEqualTo(FicheStatus.REPLACED);
    assertThat(old.lifecycle().related()).containsExactly(replacement.id());
    assertThat(entry(old).status()).contains("replaced");
    assertThat(orientationOf(replacement)).isEqualTo(orientationOf(old));

    assertThat(texts(replacement.objectives())).hasSize(2).first().asString().startsWith("Repérer précocement");
    assertThat(replacement.operationalObjectives()).hasSize(3);
    assertThat(replacement.pilots()).singleElement().satisfies(p -> assertThat(p.name())
        .isEqualTo("« Mission adoptabilité et projet de vie » du Service de l'Adoption et de l’Accompagnement aux Origines"));
    assertThat(replacement.partners()).hasSize(5);
    assertThat(replacement.sousActions()).hasSize(2).first().satisfies(s -> {
      assertThat(s.calendar().text()).isEqualTo("Début 2013");
      assertThat(s.calendar().start()).contains(CalendarPeriod.year(2013));
    });
    assertThat(replacement.calendar().form()).isEqualTo(CalendarForm.IN_PROGRESS);
    assertThat(replacement.indicators()).extracting(Indicator::label).hasSize(4)
        .contains("Nombre de placements « adoption » dans l’année");
  }

  @Test
  void theNewFicheTargets25AdoptionsAYearWithin3Years() {
    Fiche replacement = fiche("Les axes de travail de la mission adoptabilité et projet de vie");
    Indicator adoptions = replacement.indicators().stream()
        .filter(i -> i.label().equals("Nombre de placements « adoption » dans l’année")).findFirst().orElseThrow();
    assertThat(adoptions.targets()).singleElement().satisfies(t -> {
      assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(25));
      assertThat(t.per()).contains(Granularity.YEAR);
      assertThat(t.due()).contains(CalendarPeriod.year(2015));
      assertThat(t.text()).hasValueSatisfying(s -> assertThat(s).contains("dans un délai de 3 ans 25 adoptions par an"));
    });
    assertThat(replacement.indicators()).filteredOn(i -> i != adoptions).allSatisfy(i -> assertThat(i.targets()).isEmpty());
  }

  @Test
  void atLeast98PercentOfTheTextIsPlacedOrNoise() {
    PlacementReport placement = RESULT.placement().orElseThrow();
    assertThat(placement.accountedRatio()).isGreaterThanOrEqualTo(0.98);
    assertThat(RESULT.problems()).isEmpty();
  }

  private static Territory territory(String name) {
    return PLAN.territories().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> notesOn(Territory t, String axis) {
    return t.notes().stream().filter(n -> n.axisCode().equals(Optional.of(axis))).map(TerritoryNote::text).toList();
  }

  private static Fiche fiche(String title) {
    return PLAN.fiches().stream().filter(f -> f.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no fiche '" + title + "' among " + PLAN.fiches().stream().map(Fiche::title).toList()));
  }

  private static Orientation orientationOf(Fiche fiche) {
    return PLAN.orientations().stream().filter(o -> o.fiches().contains(fiche)).findFirst().orElseThrow();
  }

  private static Review review() {
    return PLAN.reviews().get(0);
  }

  private static ReviewEntry entry(Fiche fiche) {
    List<ReviewEntry> entries = review().entriesFor(fiche.id());
    assertThat(entries).as("review entries of " + fiche.id()).hasSize(1);
    return entries.get(0);
  }

  private static BigDecimal figure(ReviewEntry entry, String label, int year) {
    return entry.measurements().stream()
        .filter(m -> m.label().equals(Optional.of(label)) && m.measurement().period().equals(CalendarPeriod.year(year)))
        .map(ReviewMeasurement::measurement).findFirst()
        .flatMap(m -> m.value())
        .orElseThrow(() -> new AssertionError("no figure '" + label + "' for " + year + " in " + entry.measurements()));
  }

  private static List<String> texts(List<ListItem> items) {
    return items.stream().map(ListItem::text).toList();
  }
}
