package org.schemadepartemental.indicators.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.Scope;

/**
 * Lookups a calculator needs over a plan: which orientation a fiche belongs to, which fiche a
 * sous-action or indicator belongs to, and the {@link Scope} of each element. Built once per
 * calculation, or once per run for all its calculators ({@link #of(Schema, EvaluationContext)});
 * when ids repeat (a defective import), the first in document order wins. Immutable once built.
 *
 * @since 0.1
 */
public final class PlanIndex {
  private final Schema schema;
  private final Scope planScope;
  private final List<Fiche> allFiches;
  private final List<Indicator> allIndicators;
  private final Map<String, Orientation> orientationOfFiche = new HashMap<>();
  private final Map<String, Fiche> fiches = new HashMap<>();
  private final Map<String, Fiche> ficheOfSousAction = new HashMap<>();
  private final Map<String, SousAction> sousActions = new HashMap<>();
  private final Map<String, Fiche> ficheOfIndicator = new HashMap<>();
  private final Map<String, Indicator> indicators = new HashMap<>();
  // The scope of every element, made once: the calculators of a run ask for them again and again.
  private final Map<String, Scope> orientationScopes = new HashMap<>();
  private final Map<String, Scope> ficheScopes = new HashMap<>();
  private final Map<String, Scope> sousActionScopes = new HashMap<>();
  private final Map<String, Scope> indicatorScopes = new HashMap<>();

  private PlanIndex(Schema schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.planScope = Scope.plan(schema.id());
    List<Fiche> allFiches = new ArrayList<>();
    List<Indicator> allIndicators = new ArrayList<>();
    for (Orientation o : schema.orientations()) {
      for (Fiche f : o.fiches()) {
        allFiches.add(f);
        allIndicators.addAll(f.indicators());
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
    this.allFiches = List.copyOf(allFiches);
    this.allIndicators = List.copyOf(allIndicators);
    for (Orientation o : schema.orientations()) {
      orientationScopes.putIfAbsent(o.code(), planScope.orientation(o.code()));
    }
    fiches.keySet().forEach(id -> ficheScopes.put(id, ficheScope(id)));
    ficheOfSousAction.forEach((id, fiche) -> sousActionScopes.put(id, ficheScopes.get(fiche.id()).sousAction(id)));
    ficheOfIndicator.forEach((id, fiche) -> indicatorScopes.put(id, ficheScopes.get(fiche.id()).indicator(id)));
  }

  /** A new index of a plan. */
  public static PlanIndex of(Schema schema) {
    return new PlanIndex(schema);
  }

  /**
   * The index of a plan: the run's own when the context is a run's over this plan (built once
   * for all its calculators, see {@link EvaluationContext#shared}), else a new one.
   */
  public static PlanIndex of(Schema schema, EvaluationContext context) {
    return context.shared(schema, PlanIndex.class, () -> new PlanIndex(schema));
  }

  /** The plan indexed. */
  public Schema schema() {
    return schema;
  }

  /**
   * Every fiche of the plan in document order, as {@code Schema.fiches()} lists them, listed once
   * for all the calculators of a run.
   */
  public List<Fiche> fiches() {
    return allFiches;
  }

  /**
   * Every indicator of the plan in document order (repeated ids included), as {@code
   * Schema.indicators()} lists them, listed once for all the calculators of a run.
   */
  public List<Indicator> indicators() {
    return allIndicators;
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
    Scope known = orientationScopes.get(orientation.code());
    return known != null ? known : planScope.orientation(orientation.code());
  }

  /** The scope of a fiche, with its orientation. */
  public Scope fiche(Fiche fiche) {
    Scope known = ficheScopes.get(fiche.id());
    return known != null ? known : ficheScope(fiche.id());
  }

  /** The scope of a sous-action, with its fiche and orientation. */
  public Scope sousAction(SousAction sousAction) {
    Scope known = sousActionScopes.get(sousAction.id());
    return known != null ? known : planScope.sousAction(sousAction.id());
  }

  /** The scope of an indicator, with its fiche and orientation. */
  public Scope indicator(Indicator indicator) {
    Scope known = indicatorScopes.get(indicator.id());
    return known != null ? known : planScope.indicator(indicator.id());
  }

  private Scope ficheScope(String ficheId) {
    Orientation o = orientationOfFiche.get(ficheId);
    return (o == null ? planScope : orientation(o)).fiche(ficheId);
  }
}
