package org.schemadepartemental.io.layouts.actionplan;

import org.schemadepartemental.io.spi.support.LabelVocabulary;

/** The sections of a fiche in an action-plan document, in their usual order. */
enum Section {
  DIAGNOSTIC,
  OBJECTIVES,
  OPERATIONAL_OBJECTIVES,
  PILOTAGE,
  BREAKDOWN,
  CALENDAR,
  INDICATORS,
  VIGILANCE;

  /** The labels plans give the sections, matched as whole cells by meaning. */
  static final LabelVocabulary<Section> LABELS = LabelVocabulary.<Section>builder()
      .add(DIAGNOSTIC, "elements de diagnostic", "element de diagnostic", "diagnostic", "constat", "constats",
          "etat des lieux", "contexte", "elements de contexte")
      .add(OBJECTIVES, "objectifs", "objectif", "objectifs generaux", "objectif general", "objectifs strategiques",
          "finalite", "finalites", "enjeux")
      .add(OPERATIONAL_OBJECTIVES, "objectifs operationnels", "objectif operationnel")
      .add(PILOTAGE, "pilotage et suivi", "pilotage", "pilotes", "pilote", "pilotage et partenaires",
          "partenaires", "partenaires associes", "acteurs", "porteur", "porteurs", "pilote et partenaires")
      .add(BREAKDOWN, "declinaison operationnelle", "declinaison", "actions a mener", "modalites de mise en oeuvre",
          "mise en oeuvre", "contenu de l action", "description de l action", "actions", "sous actions",
          "plan d actions", "modalites operationnelles")
      .add(CALENDAR, "calendrier previsionnel", "calendrier", "echeancier", "echeance", "echeances",
          "delai de mise en oeuvre", "delais", "calendrier de mise en oeuvre", "planning", "calendrier de realisation")
      .add(INDICATORS, "indicateurs", "indicateur", "indicateurs d evaluation", "indicateurs de suivi",
          "evaluation", "criteres d evaluation", "indicateurs de resultat", "suivi et evaluation")
      .add(VIGILANCE, "points de vigilance", "point de vigilance", "vigilance", "points d attention",
          "point d attention", "risques", "conditions de reussite")
      .build();

  /** The section that usually follows this one, or null for the last. */
  Section successor() {
    return switch (this) {
      case DIAGNOSTIC -> OBJECTIVES;
      case OBJECTIVES, OPERATIONAL_OBJECTIVES -> PILOTAGE;
      case PILOTAGE -> BREAKDOWN;
      case BREAKDOWN -> CALENDAR;
      case CALENDAR -> INDICATORS;
      case INDICATORS -> VIGILANCE;
      case VIGILANCE -> null;
    };
  }
}
