package org.schemadepartemental.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.internal.FormulaParser;

/**
 * The formulas of a plan, read and checked once: call {@link #validate(Schema)} after loading a
 * plan to report every wrong formula, and {@link #of(Schema)} to evaluate them.
 *
 * @since 0.1
 */
public final class Formulas {
  private final Map<String, Formula> formulas;
  private final List<FormulaProblem> problems;

  private Formulas(Map<String, Formula> formulas, List<FormulaProblem> problems) {
    this.formulas = formulas;
    this.problems = problems;
  }

  /** Reads and checks every formula of a plan. */
  public static Formulas of(Schema schema) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (Indicator i : schema.indicators()) {
      indicators.putIfAbsent(i.id(), i);
    }
    Map<String, Formula> parsed = new LinkedHashMap<>();
    List<FormulaProblem> problems = new ArrayList<>();
    for (Indicator i : indicators.values()) {
      if (i.formula().isEmpty()) {
        continue;
      }
      String text = i.formula().get();
      Formula f;
      try {
        f = Formula.parse(text);
      } catch (FormulaException e) {
        problems.add(new FormulaProblem(i.id(), text, e.position(), e.getMessage()));
        continue;
      }
      boolean valid = true;
      for (String ref : f.references()) {
        if (!indicators.containsKey(ref)) {
          valid = false;
          problems.add(new FormulaProblem(i.id(), text, positionOf(text, ref),
              "unknown indicator " + ref + hyphenHint(ref, indicators.keySet()) + " in '" + text + "'"));
        }
      }
      for (int at : FormulaParser.constantZeroDivisors(f.expression())) {
        valid = false;
        problems.add(new FormulaProblem(i.id(), text, at,
            "division by zero at position " + (at + 1) + " of '" + text + "': the divisor is a constant 0"));
      }
      if (valid) {
        parsed.put(i.id(), f);
      }
    }
    // A formula that reaches itself through others has no value: reported and left out.
    for (String id : List.copyOf(parsed.keySet())) {
      Optional<List<String>> cycle = cycleFrom(id, parsed);
      if (cycle.isPresent()) {
        problems.add(new FormulaProblem(id, parsed.get(id).text(), -1,
            "circular formula: " + String.join(" → ", cycle.get())));
      }
    }
    problems.stream().map(FormulaProblem::indicatorId).forEach(parsed::remove);
    return new Formulas(Map.copyOf(parsed), List.copyOf(problems));
  }

  /** Every wrong formula of the plan, in document order; empty when all are right. */
  public static List<FormulaProblem> validate(Schema schema) {
    return of(schema).problems();
  }

  /** The problems found. */
  public List<FormulaProblem> problems() {
    return problems;
  }

  /** The valid formula of an indicator, when it has one. */
  public Optional<Formula> formula(String indicatorId) {
    return Optional.ofNullable(formulas.get(indicatorId));
  }

  private static Optional<List<String>> cycleFrom(String start, Map<String, Formula> parsed) {
    List<String> path = new ArrayList<>();
    path.add(start);
    return walk(start, start, parsed, path, new HashSet<>());
  }

  private static Optional<List<String>> walk(
      String start, String current, Map<String, Formula> parsed, List<String> path, Set<String> seen) {
    Formula f = parsed.get(current);
    if (f == null || !seen.add(current)) {
      return Optional.empty();
    }
    for (String ref : f.references()) {
      path.add(ref);
      if (ref.equals(start)) {
        return Optional.of(List.copyOf(path));
      }
      Optional<List<String>> found = walk(start, ref, parsed, path, seen);
      if (found.isPresent()) {
        return found;
      }
      path.remove(path.size() - 1);
    }
    return Optional.empty();
  }

  private static int positionOf(String text, String ref) {
    return text.indexOf(ref);
  }

  /** "fa-6.i1-fa-6.i2" is one id to the parser; say so when its parts are known ids. */
  private static String hyphenHint(String ref, Set<String> known) {
    for (int i = ref.indexOf('-'); i > 0; i = ref.indexOf('-', i + 1)) {
      if (known.contains(ref.substring(0, i)) || known.contains(ref.substring(i + 1))) {
        return " (to subtract, put spaces around '-': '" + ref.substring(0, i) + " - " + ref.substring(i + 1) + "')";
      }
    }
    return "";
  }
}
