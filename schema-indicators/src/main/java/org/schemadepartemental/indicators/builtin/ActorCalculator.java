package org.schemadepartemental.indicators.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.indicators.support.PlanIndex;

/**
 * Actors ({@value #ID}): who pilots and who partners what, over the active fiches. Actors are
 * recognised across fiches by {@code Actor.key()} ("Éducation nationale" and "EDUCATION
 * NATIONALE" are one; a name with no letter or digit is its own key), and shown by the first name
 * printed.
 *
 * <ul>
 *   <li>Per actor (scope {@code ACTOR}, by key): {@value #PILOTED} and {@value #PARTNERED}, the
 *       number of distinct fiches, listed in the explanation; actors in order of involvement,
 *       then key.
 *   <li>{@value #NEVER_PILOT}: each partner that pilots no fiche, its name as value.
 *   <li>{@value #NO_PILOT}: each fiche with no pilot, its title as value.
 *   <li>For the plan: {@code actors}, {@code partners-never-piloting}, {@code fiches-without-pilot}.
 * </ul>
 */
public final class ActorCalculator extends AbstractCalculator {
  /** The calculator's id. */
  public static final String ID = "actors";
  /** Metric of the number of fiches an actor pilots. */
  public static final String PILOTED = "fiches-piloted";
  /** Metric of the number of fiches an actor is a partner of. */
  public static final String PARTNERED = "fiches-partnered";
  /** Metric of a partner that pilots nothing. */
  public static final String NEVER_PILOT = "never-pilot";
  /** Metric of a fiche without pilot. */
  public static final String NO_PILOT = "no-pilot";

  /** The calculator. */
  public ActorCalculator() {
    super(ID, "Actors: fiches per pilot and partner, partners never piloting, fiches with no pilot");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    PlanIndex index = PlanIndex.of(schema, context);
    Map<String, String> names = new LinkedHashMap<>();
    // Keying an actor normalises its name: once per distinct actor, not once per fiche naming it.
    Map<Actor, String> keyOf = new HashMap<>();
    // Lists, not hash sets: a fiche's hash code walks all its indicators and measurements.
    Map<String, List<Fiche>> piloted = new LinkedHashMap<>();
    Map<String, List<Fiche>> partnered = new LinkedHashMap<>();
    List<IndicatorResult> noPilot = new ArrayList<>();
    int fiches = 0;
    for (Fiche fiche : index.fiches()) {
      if (fiche.lifecycle().status() != FicheStatus.ACTIVE) {
        continue;
      }
      fiches++;
      for (Actor a : fiche.pilots()) {
        String key = keyOf.computeIfAbsent(a, ActorCalculator::key);
        names.putIfAbsent(key, a.name());
        addOnce(piloted.computeIfAbsent(key, k -> new ArrayList<>()), fiche);
      }
      for (Actor a : fiche.partners()) {
        String key = keyOf.computeIfAbsent(a, ActorCalculator::key);
        names.putIfAbsent(key, a.name());
        addOnce(partnered.computeIfAbsent(key, k -> new ArrayList<>()), fiche);
      }
      if (fiche.pilots().isEmpty()) {
        noPilot.add(result(NO_PILOT, index.fiche(fiche)).value(ResultValue.text(fiche.title()))
            .explanation("FA " + fiche.number() + " names no pilot"
                + (fiche.partners().isEmpty() ? " and no partner" : " (" + fiche.partners().size() + " partner(s))"))
            .build());
      }
    }
    Comparator<String> byInvolvement = Comparator
        .comparingInt((String k) -> -(piloted.getOrDefault(k, List.of()).size() + partnered.getOrDefault(k, List.of()).size()))
        .thenComparing(Comparator.naturalOrder());
    List<String> keys = names.keySet().stream().sorted(byInvolvement).toList();
    List<IndicatorResult> results = new ArrayList<>();
    List<IndicatorResult> neverPilot = new ArrayList<>();
    for (String key : keys) {
      String name = names.get(key);
      List<Fiche> p = piloted.getOrDefault(key, List.of());
      List<Fiche> q = partnered.getOrDefault(key, List.of());
      results.add(result(PILOTED, index.plan().actor(key)).value(p.size()).unit("fiches")
          .explanation(name + " pilots " + p.size() + " fiche(s)" + list(p)).build());
      results.add(result(PARTNERED, index.plan().actor(key)).value(q.size()).unit("fiches")
          .explanation(name + " is a partner of " + q.size() + " fiche(s)" + list(q)).build());
      if (p.isEmpty()) {
        neverPilot.add(result(NEVER_PILOT, index.plan().actor(key)).value(ResultValue.text(name))
            .explanation(name + " is a partner of " + q.size() + " fiche(s) and pilots none").build());
      }
    }
    results.addAll(neverPilot);
    results.addAll(noPilot);
    results.add(result("actors", index.plan()).value(keys.size()).unit("actors")
        .explanation(keys.size() + " distinct actors over " + fiches + " active fiches").build());
    results.add(result("partners-never-piloting", index.plan()).value(neverPilot.size()).unit("actors")
        .explanation(neverPilot.size() + " of " + keys.size() + " actors are partners only").build());
    results.add(result("fiches-without-pilot", index.plan()).value(noPilot.size()).unit("fiches")
        .explanation(noPilot.size() + " of " + fiches + " active fiches name no pilot").build());
    return results;
  }

  /** {@code Actor.key()}, or the name as printed when it has no letter or digit to key on ("«»"). */
  private static String key(Actor actor) {
    String key = actor.key();
    return key.isEmpty() ? actor.name() : key;
  }

  /** Adds the fiche unless it was just added: one fiche's actors are read one after the other. */
  private static void addOnce(List<Fiche> fiches, Fiche fiche) {
    if (fiches.isEmpty() || fiches.get(fiches.size() - 1) != fiche) {
      fiches.add(fiche);
    }
  }

  private static String list(List<Fiche> fiches) {
    return fiches.isEmpty() ? "" : ": " + fiches.stream().map(f -> "FA " + f.number()).collect(Collectors.joining(", "));
  }
}
