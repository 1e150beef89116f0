package org.schemadepartemental.benchmarks.corpus;

import java.util.List;
import java.util.SplittableRandom;
import org.schemadepartemental.core.Actor;

/**
 * The words of the generated plans: the verbs, subjects and complements of the samples'
 * titles, the partners they name and the labels of their indicators, combined at random so that
 * texts vary in length and content the way real plans do (no two fiches print the same title).
 */
final class Phrases {

  private static final List<String> VERBS = List.of(
      "Renforcer", "Développer", "Améliorer", "Coordonner", "Favoriser", "Adapter", "Structurer", "Soutenir",
      "Mieux repérer", "Accompagner", "Diversifier", "Consolider", "Clarifier", "Mobiliser", "Promouvoir",
      "Sécuriser", "Harmoniser", "Formaliser", "Prévenir", "Valoriser");

  private static final List<String> SUBJECTS = List.of(
      "l'accueil familial", "la prévention précoce", "le parcours des jeunes majeurs", "l'évaluation des informations"
          + " préoccupantes", "le soutien à la parentalité", "l'accompagnement des mineurs non accompagnés",
      "la santé des enfants confiés", "l'offre d'accueil en établissement", "les visites en présence d'un tiers",
      "le projet pour l'enfant", "l'entretien prénatal précoce", "la médiation familiale",
      "l'accueil d'urgence", "l'action éducative en milieu ouvert", "la prévention spécialisée",
      "la scolarisation des enfants protégés", "l'accès à l'autonomie", "le recrutement des assistants familiaux",
      "la coordination des acteurs de la protection de l'enfance", "l'observatoire départemental",
      "les relais petite enfance", "les lieux d'accueil enfants-parents", "le dispositif de tiers digne de confiance",
      "la formation des professionnels", "le repérage des violences conjugales");

  private static final List<String> COMPLEMENTS = List.of(
      "en lien avec les partenaires", "sur l'ensemble du territoire", "au plus près des familles",
      "dans une logique de parcours", "avec l'appui de l'ODPE", "en articulation avec la CAF et la PJJ",
      "dans les territoires ruraux", "en s'appuyant sur les Maisons du Département", "pour les situations complexes",
      "à l'échelle départementale", "avec l'Éducation nationale", "en lien avec l'ARS et la MDPH");

  private static final List<String> DIAGNOSTICS = List.of(
      "Une articulation entre partenaires institutionnels et associatifs qui se heurte à des logiques"
          + " organisationnelles différentes",
      "Des problématiques et fragilités récurrentes observées dans les dossiers des enfants accueillis",
      "Un accueil dans le cadre du placement essentiellement réalisé au foyer départemental de l'enfance",
      "Une hausse du nombre d'informations préoccupantes reçues par la CRIP depuis trois ans",
      "Un vieillissement des assistants familiaux et des départs en retraite non remplacés",
      "Une connaissance insuffisante des dispositifs de droit commun par les professionnels",
      "Des délais d'évaluation qui dépassent souvent le délai légal de trois mois",
      "Une offre de soins pédopsychiatriques saturée sur plusieurs territoires");

  private static final List<String> VIGILANCE = List.of(
      "Disponibilité des moyens humains", "Adhésion des partenaires à la démarche",
      "Calendrier des réformes nationales", "Articulation avec les autres schémas départementaux",
      "Financement pérenne des actions expérimentales");

  private static final List<Actor> ACTORS = List.of(
      Actor.of("ASE", "Aide sociale à l'enfance"), Actor.of("PMI", "Protection maternelle et infantile"),
      Actor.of("CAF", "Caisse d'allocations familiales"), Actor.of("PJJ", "Protection judiciaire de la jeunesse"),
      Actor.of("ARS", "Agence régionale de santé"), Actor.named("Éducation nationale"),
      Actor.of("MDPH", "Maison départementale des personnes handicapées"),
      Actor.of("CRIP", "Cellule de recueil des informations préoccupantes"),
      Actor.of("ODPE", "Observatoire départemental de la protection de l'enfance"),
      Actor.named("Conseil départemental"), Actor.named("Tribunal pour enfants"), Actor.named("Parquet"),
      Actor.named("Associations du secteur habilité"), Actor.named("Centres sociaux"),
      Actor.named("Mission locale"), Actor.of("CPAM", "Caisse primaire d'assurance maladie"));

  private static final List<String> COUNT_LABELS = List.of(
      "Nombre d'entretiens prénatals précoces réalisés", "Nombre d'informations préoccupantes évaluées",
      "Nombre d'assistants familiaux agréés", "Nombre de places en accueil familial",
      "Nombre de jeunes majeurs accompagnés", "Nombre de mesures d'AEMO", "Nombre de visites médiatisées",
      "Nombre de professionnels formés", "Nombre de familles accompagnées par la PMI",
      "Nombre de mineurs non accompagnés accueillis", "Nombre de tiers dignes de confiance",
      "Nombre de réunions de la commission d'examen des situations");

  private static final List<String> PERCENT_LABELS = List.of(
      "Part des évaluations réalisées en moins de trois mois", "Taux de couverture des bilans de santé en maternelle",
      "Part des enfants confiés disposant d'un projet pour l'enfant", "Taux d'occupation des places d'urgence",
      "Part des jeunes majeurs en formation ou en emploi", "Taux de scolarisation des enfants confiés");

  private static final List<String> RATIO_LABELS = List.of(
      "Nombre de bilans médicaux réalisés / nombre d'enfants confiés",
      "Nombre d'évaluations conclues / nombre d'informations préoccupantes reçues",
      "Nombre de placements à domicile / nombre de mesures de placement",
      "Nombre de PPE signés / nombre d'enfants accueillis");

  private static final List<String> TERRITORY_NAMES = List.of(
      "Nord", "Sud", "Est", "Ouest", "Centre", "Littoral", "Montagne", "Bocage", "Agglomération", "Vallée",
      "Plateau", "Pays", "Bassin minier", "Marches", "Plaine");

  private static final List<String> SOURCES = List.of("ODPE", "SI ASE", "CAF", "Service de PMI", "CRIP", "DREES");

  private Phrases() {}

  static String title(SplittableRandom random) {
    String title = pick(random, VERBS) + " " + pick(random, SUBJECTS);
    return random.nextInt(3) == 0 ? title : title + " " + pick(random, COMPLEMENTS);
  }

  static String sentence(SplittableRandom random) {
    return title(random) + ", " + pick(random, SUBJECTS) + " " + pick(random, COMPLEMENTS) + ".";
  }

  static String diagnostic(SplittableRandom random) {
    return pick(random, DIAGNOSTICS) + " (" + (2008 + random.nextInt(15)) + ").";
  }

  static String vigilance(SplittableRandom random) {
    return pick(random, VIGILANCE);
  }

  static Actor actor(SplittableRandom random) {
    return pick(random, ACTORS);
  }

  static String countLabel(SplittableRandom random) {
    return pick(random, COUNT_LABELS);
  }

  static String percentLabel(SplittableRandom random) {
    return pick(random, PERCENT_LABELS);
  }

  static String ratioLabel(SplittableRandom random) {
    return pick(random, RATIO_LABELS);
  }

  static String source(SplittableRandom random) {
    return pick(random, SOURCES);
  }

  /** {@code count} distinct territory names ("Territoire Nord", "Territoire Littoral"…). */
  static List<String> territories(SplittableRandom random, int count) {
    int first = random.nextInt(TERRITORY_NAMES.size());
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> "Territoire " + TERRITORY_NAMES.get((first + i) % TERRITORY_NAMES.size()))
        .toList();
  }

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
