package org.schemadepartemental.core.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;

/**
 * The acronyms of child and family protection that plans use without expanding them, each with
 * the public source where its expansion can be checked (a code article on Légifrance, a
 * ministry's or agency's site). A plan's own glossary is laid over it with {@link Glossary#merge}:
 *
 * <pre>{@code
 * Glossary all = plan.glossary().merge(BuiltInGlossary.glossary());
 * }</pre>
 *
 * <p>Abbreviations: CASF = Code de l'action sociale et des familles, CSP = Code de la santé
 * publique, CSS = Code de la sécurité sociale.
 */
public final class BuiltInGlossary {

  // acronym, expansion, where to check it. Data, not code: one row per entry, sorted by acronym.
  private static final String[][] ROWS = {
    {"AAH", "Allocation aux adultes handicapés", "Code de la sécurité sociale, art. L821-1 (Légifrance)"},
    {"ACM", "Accueil collectif de mineurs", "CASF, art. L227-4 (Légifrance)"},
    {"AED", "Aide éducative à domicile", "CASF, art. L222-2 et L222-3 (Légifrance)"},
    {"AEEH", "Allocation d'éducation de l'enfant handicapé", "Code de la sécurité sociale, art. L541-1 (Légifrance)"},
    {"AEMO", "Action éducative en milieu ouvert", "Code civil, art. 375-2 (Légifrance)"},
    {"AESH", "Accompagnant des élèves en situation de handicap", "Code de l'éducation, art. L917-1 (Légifrance)"},
    {"AGBF", "Aide à la gestion du budget familial", "Code civil, art. 375-9-1 (Légifrance)"},
    {"ALSH", "Accueil de loisirs sans hébergement", "CASF, art. R227-1 (Légifrance)"},
    {"ANESM", "Agence nationale de l'évaluation et de la qualité des établissements et services sociaux et "
        + "médico-sociaux (intégrée à la HAS en 2018)", "HAS, has-sante.fr"},
    {"APJM", "Accueil provisoire jeune majeur", "CASF, art. L222-5 (Légifrance)"},
    {"ARS", "Agence régionale de santé", "CSP, art. L1431-1 (Légifrance)"},
    {"ASE", "Aide sociale à l'enfance", "CASF, art. L221-1 (Légifrance)"},
    {"ASS", "Assistant de service social", "CASF, art. L411-1 (Légifrance)"},
    {"BSEM", "Bilan de santé en école maternelle", "CSP, art. L2112-2 (Légifrance); Santé publique France, BEH 2020 n°1"},
    {"CADA", "Centre d'accueil pour demandeurs d'asile", "Code de l'entrée et du séjour des étrangers et du droit d'asile (Légifrance)"},
    {"CAF", "Caisse d'allocations familiales", "Code de la sécurité sociale, art. L212-1 (Légifrance)"},
    {"CAMSP", "Centre d'action médico-sociale précoce", "CSP, art. L2132-4 (Légifrance)"},
    {"CASF", "Code de l'action sociale et des familles", "Légifrance"},
    {"CCAS", "Centre communal d'action sociale", "CASF, art. L123-4 (Légifrance)"},
    {"CD", "Conseil départemental", "Code général des collectivités territoriales, art. L3121-1 (Légifrance)"},
    {"CDAJE", "Commission départementale de l'accueil des jeunes enfants",
        "Décret n° 2002-798 du 3 mai 2002 (Légifrance)"},
    {"CDSF", "Comité départemental des services aux familles", "CASF, art. L214-5 (Légifrance)"},
    {"CEJ", "Contrat d'engagement jeune", "Code du travail, art. L5131-6 (Légifrance)"},
    {"CG", "Conseil général (nommé conseil départemental depuis 2015)",
        "Loi n° 2013-403 du 17 mai 2013 (Légifrance)"},
    {"CHRS", "Centre d'hébergement et de réinsertion sociale", "CASF, art. L345-1 (Légifrance)"},
    {"CIAS", "Centre intercommunal d'action sociale", "CASF, art. L123-4-1 (Légifrance)"},
    {"CJM", "Contrat jeune majeur", "CASF, art. L222-5 (Légifrance)"},
    {"CLAS", "Contrat local d'accompagnement à la scolarité", "caf.fr"},
    {"CLS", "Contrat local de santé", "CSP, art. L1434-10 (Légifrance)"},
    {"CLSPD", "Conseil local de sécurité et de prévention de la délinquance",
        "Code de la sécurité intérieure, art. L132-4 (Légifrance)"},
    {"CMP", "Centre médico-psychologique", "service-public.fr"},
    {"CMPP", "Centre médico-psycho-pédagogique", "service-public.fr"},
    {"CNAF", "Caisse nationale des allocations familiales", "Code de la sécurité sociale, art. L223-1 (Légifrance)"},
    {"CPAM", "Caisse primaire d'assurance maladie", "Code de la sécurité sociale, art. L211-1 (Légifrance)"},
    {"CPEF", "Centre de planification ou d'éducation familiale", "CSP, art. L2311-1 (Légifrance)"},
    {"CPO", "Convention pluriannuelle d'objectifs", "associations.gouv.fr"},
    {"CPOM", "Contrat pluriannuel d'objectifs et de moyens", "CASF, art. L313-11 (Légifrance)"},
    {"CRIP", "Cellule de recueil, de traitement et d'évaluation des informations préoccupantes",
        "CASF, art. L226-3 (Légifrance)"},
    {"CSS", "Code de la sécurité sociale", "Légifrance"},
    {"DAP", "Délégation de l'autorité parentale", "Code civil, art. 377 (Légifrance)"},
    {"DDCS", "Direction départementale de la cohésion sociale", "Décret n° 2009-1484 du 3 décembre 2009 (Légifrance)"},
    {"DDETS", "Direction départementale de l'emploi, du travail et des solidarités",
        "Décret n° 2020-1545 du 9 décembre 2020 (Légifrance)"},
    {"DGCS", "Direction générale de la cohésion sociale", "Décret n° 2010-95 du 25 janvier 2010 (Légifrance)"},
    {"DIPC", "Document individuel de prise en charge", "CASF, art. L311-4 (Légifrance)"},
    {"DPJJ", "Direction de la protection judiciaire de la jeunesse", "Décret n° 2008-689 du 9 juillet 2008 (Légifrance)"},
    {"DREETS", "Direction régionale de l'économie, de l'emploi, du travail et des solidarités",
        "Décret n° 2020-1545 du 9 décembre 2020 (Légifrance)"},
    {"DSDEN", "Direction des services départementaux de l'éducation nationale", "education.gouv.fr"},
    {"EAJE", "Établissement d'accueil du jeune enfant", "CSP, art. R2324-17 (Légifrance); caf.fr"},
    {"EN", "Éducation nationale", "education.gouv.fr"},
    {"EPP", "Entretien prénatal précoce", "CSP, art. L2122-1 (Légifrance)"},
    {"ES", "Éducateur spécialisé", "CASF, art. D451-41 (Légifrance)"},
    {"ESAT", "Établissement et service d'aide par le travail", "CASF, art. L344-2 (Légifrance)"},
    {"FJT", "Foyer de jeunes travailleurs", "CASF, art. L312-1, I, 10° (Légifrance)"},
    {"GIPED", "Groupement d'intérêt public Enfance en danger", "CASF, art. L226-6 (Légifrance)"},
    {"HAS", "Haute Autorité de santé", "Code de la sécurité sociale, art. L161-37 (Légifrance)"},
    {"IME", "Institut médico-éducatif", "service-public.fr"},
    {"IP", "Information préoccupante", "CASF, art. R226-2-2 (Légifrance)"},
    {"ITEP", "Institut thérapeutique, éducatif et pédagogique", "CASF, art. D312-59-1 (Légifrance)"},
    {"JE", "Juge des enfants", "Code civil, art. 375-1 (Légifrance)"},
    {"LAEP", "Lieu d'accueil enfants-parents", "caf.fr"},
    {"LVA", "Lieu de vie et d'accueil", "CASF, art. L312-1, III (Légifrance)"},
    {"MAM", "Maison d'assistants maternels", "CASF, art. L424-1 (Légifrance)"},
    {"MDA", "Maison des adolescents", "sante.gouv.fr"},
    {"MDPH", "Maison départementale des personnes handicapées", "CASF, art. L146-3 (Légifrance)"},
    {"MDS", "Maison départementale des solidarités (« Maison du Département Solidarité » dans le Pas-de-Calais)",
        "Sites des départements (oise.fr, essonne.fr, seine-et-marne.fr)"},
    {"MECS", "Maison d'enfants à caractère social", "CASF, art. L312-1, I, 1° (Légifrance); ONPE, liste des sigles"},
    {"MEIMO", "Mission éducative intensive en milieu ouvert",
        "Schéma enfance famille de l'Orne 2017-2021, plan d'action"},
    {"MIE", "Mineur isolé étranger (nommé mineur non accompagné depuis 2016)", "justice.gouv.fr"},
    {"MJAGBF", "Mesure judiciaire d'aide à la gestion du budget familial", "Code civil, art. 375-9-1 (Légifrance)"},
    {"MJIE", "Mesure judiciaire d'investigation éducative", "justice.gouv.fr"},
    {"MJPM", "Mandataire judiciaire à la protection des majeurs", "CASF, art. L471-1 (Légifrance)"},
    {"ML", "Mission locale", "Code du travail, art. L5314-1 (Légifrance)"},
    {"MNA", "Mineur non accompagné", "justice.gouv.fr"},
    {"MSA", "Mutualité sociale agricole", "Code rural et de la pêche maritime, art. L723-1 (Légifrance)"},
    {"ODPE", "Observatoire départemental de la protection de l'enfance", "CASF, art. L226-3-1 (Légifrance)"},
    {"ONPE", "Observatoire national de la protection de l'enfance", "CASF, art. L226-6 (Légifrance)"},
    {"OPP", "Ordonnance de placement provisoire", "Code civil, art. 375-5 (Légifrance)"},
    {"PAEJ", "Point accueil écoute jeunes", "sante.gouv.fr"},
    {"PAI", "Projet d'accueil individualisé", "Code de l'éducation, art. D351-9 (Légifrance)"},
    {"PANJO", "Promotion de la santé et de l'attachement des nouveau-nés et de leurs jeunes parents : "
        + "un outil de renforcement des services de PMI", "Santé publique France"},
    {"PCH", "Prestation de compensation du handicap", "CASF, art. L245-1 (Légifrance)"},
    {"PEDT", "Projet éducatif territorial", "Code de l'éducation, art. L551-1 (Légifrance)"},
    {"PJJ", "Protection judiciaire de la jeunesse", "Décret n° 2008-689 du 9 juillet 2008 (Légifrance)"},
    {"PMI", "Protection maternelle et infantile", "CSP, art. L2111-1 (Légifrance)"},
    {"PPE", "Projet pour l'enfant", "CASF, art. L223-1-1 (Légifrance)"},
    {"PPS", "Projet personnalisé de scolarisation", "Code de l'éducation, art. L112-2 (Légifrance)"},
    {"PRE", "Programme de réussite éducative", "Loi n° 2005-32 du 18 janvier 2005 (Légifrance)"},
    {"PRS", "Projet régional de santé", "CSP, art. L1434-1 (Légifrance)"},
    {"QPV", "Quartier prioritaire de la politique de la ville", "Loi n° 2014-173 du 21 février 2014, art. 5 (Légifrance)"},
    {"RASED", "Réseau d'aides spécialisées aux élèves en difficulté", "education.gouv.fr"},
    {"REAAP", "Réseau d'écoute, d'appui et d'accompagnement des parents",
        "Circulaire DIF/DGAS/DIV/DPM n° 1999/153 du 9 mars 1999; solidarites.gouv.fr"},
    {"RPE", "Relais petite enfance", "CASF, art. L214-2-1 (Légifrance)"},
    {"RSA", "Revenu de solidarité active", "CASF, art. L262-1 (Légifrance)"},
    {"SAMSAH", "Service d'accompagnement médico-social pour adultes handicapés", "CASF, art. D312-166 (Légifrance)"},
    {"SAVS", "Service d'accompagnement à la vie sociale", "CASF, art. D312-162 (Légifrance)"},
    {"SEGPA", "Section d'enseignement général et professionnel adapté", "education.gouv.fr"},
    {"SESSAD", "Service d'éducation spéciale et de soins à domicile", "CASF, art. D312-55 (Légifrance)"},
    {"SIAO", "Service intégré d'accueil et d'orientation", "CASF, art. L345-2-4 (Légifrance)"},
    {"SNATED", "Service national d'accueil téléphonique de l'enfance en danger (le 119)",
        "CASF, art. L226-6 (Légifrance)"},
    {"TDC", "Tiers digne de confiance", "Code civil, art. 375-3 (Légifrance)"},
    {"TGI", "Tribunal de grande instance (devenu tribunal judiciaire en 2020)",
        "Loi n° 2019-222 du 23 mars 2019 (Légifrance)"},
    {"TISF", "Technicien de l'intervention sociale et familiale", "CASF, art. D451-81 (Légifrance)"},
    {"TJ", "Tribunal judiciaire", "Code de l'organisation judiciaire, art. L211-1 (Légifrance)"},
    {"UAPED", "Unité d'accueil pédiatrique enfants en danger", "sante.gouv.fr"},
    {"UDAF", "Union départementale des associations familiales", "CASF, art. L211-2 (Légifrance)"},
    {"UEMO", "Unité éducative de milieu ouvert", "justice.gouv.fr"},
    {"ULIS", "Unité localisée pour l'inclusion scolaire", "education.gouv.fr"},
  };

  private static final Glossary GLOSSARY = build();

  private BuiltInGlossary() {}

  private static Glossary build() {
    List<GlossaryEntry> entries = new ArrayList<>();
    for (String[] row : ROWS) {
      entries.add(new GlossaryEntry(row[0], row[1], Optional.of(row[2])));
    }
    return Glossary.of(entries);
  }

  /** The built-in glossary (immutable, the same instance every time). */
  public static Glossary glossary() {
    return GLOSSARY;
  }
}
