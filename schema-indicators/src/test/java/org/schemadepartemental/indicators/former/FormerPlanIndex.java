package org.schemadepartemental.indicators.former;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.Scope;

/**
 * {@code PlanIndex} as it was at 682d0a3 (scopes made on every call), kept as an oracle: the
 * scopes must not change. Not to be maintained, only compared with.
 */
public final class FormerPlanIndex {
  private final Schema schema;
  private final Scope planScope;
  private final Map<String, Orientation> orientationOfFiche = new LinkedHashMap<>();
  private final Map<String, Fiche> fiches = new LinkedHashMap<>();
  private final Map<String, Fiche> ficheOfSousAction = new LinkedHashMap<>();
  private final Map<String, SousAction> sousActions = new LinkedHashMap<>();
  private final Map<String, Fiche> ficheOfIndicator = new LinkedHashMap<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();

  private FormerPlanIndex(Schema schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.planScope = Scope.plan(schema.id());
    for (Orientation o : schema.orientations()) {
      for (Fiche f : o.fiches()) {
        orientationOfFiche.putIfAbsent(f.id(), o);
        fiches.putIfAbsent(f.id(), f);
        for (SousAction sa : f.sousActions()) {
          ficheOfSousAction.putIfAbsent(sa.id(), f);
          sousActions.putIfAbsent(sa.id(), sa);
        }
        for (Indicator i : f.indicators()) {
          ficheOfIndicator.putIfAbsent(i.id(), f);
          indicators.putIfAbsent(i.id(), i);
        }
      }
    }
  }

  /** The index of a plan. */
  public static FormerPlanIndex of(Schema schema) {
    return new FormerPlanIndex(schema);
  }

  /** The plan indexed. */
  public Schema schema() {
    return schema;
  }

  /** The fiche with this id. */
  public Optional<Fiche> fiche(String ficheId) {
    return Optional.ofNullable(fiches.get(ficheId));
  }

  /** The sous-action with this id. */
  public Optional<SousAction> sousAction(String sousActionId) {
    return Optional.ofNullable(sousActions.get(sousActionId));
  }

  /** The indicator with this id. */
  public Optional<Indicator> indicator(String indicatorId) {
    return Optional.ofNullable(indicators.get(indicatorId));
  }

  /** The orientation a fiche belongs to. */
  public Optional<Orientation> orientationOf(String ficheId) {
    return Optional.ofNullable(orientationOfFiche.get(ficheId));
  }

  /** The fiche a sous-action belongs to. */
  public Optional<Fiche> ficheOfSousAction(String sousActionId) {
    return Optional.ofNullable(ficheOfSousAction.get(sousActionId));
  }

  /** The fiche an indicator belongs to. */
  public Optional<Fiche> ficheOfIndicator(String indicatorId) {
    return Optional.ofNullable(ficheOfIndicator.get(indicatorId));
  }

  /** The scope of the whole plan. */
  public Scope plan() {
    return planScope;
  }

  /** The scope of an orientation. */
  public Scope orientation(Orientation orientation) {
    return planScope.orientation(orientation.code());
  }

  /** The scope of a fiche, with its orientation. */
  public Scope fiche(Fiche fiche) {
    return orientationOf(fiche.id()).map(this::orientation).orElse(planScope).fiche(fiche.id());
  }

  /** The scope of a sous-action, with its fiche and orientation. */
  public Scope sousAction(SousAction sousAction) {
    return ficheOfSousAction(sousAction.id()).map(this::fiche).orElse(planScope).sousAction(sousAction.id());
  }

  /** The scope of an indicator, with its fiche and orientation. */
  public Scope indicator(Indicator indicator) {
    return ficheOfIndicator(indicator.id()).map(this::fiche).orElse(planScope).indicator(indicator.id());
  }
}
