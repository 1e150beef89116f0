package fr.pasdecalais.schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.ResultValue;
import org.schemadepartemental.indicators.Scope;
import org.schemadepartemental.indicators.support.AbstractCalculator;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * Territorial coverage ({@value #ID}): for each territorial axis, which territories have a
 * working group that is piloted (a pilotage other than "A définir") and dated (a deadline the
 * date has not passed). What a follow-up committee asks each year: where does the plan stand
 * still on the ground?
 *
 * <ul>
 *   <li>Per axis and territory, a {@value #STATUS} code: {@code COVERED} (a piloted group whose
 *       deadline is still ahead), {@code OVERDUE} (piloted and dated groups, every deadline
 *       passed), {@code INCOMPLETE} (groups, none both piloted and dated) or {@code NO_GROUP}.
 *   <li>Per axis, and for the plan, {@value #COVERED} territories (a count) and the
 *       {@value #RATE} of territories covered, in % of the territories of the plan.
 * </ul>
 *
 * <p>A deadline counts as ahead until the end of its period ("2013" runs to 31/12/2013).
 */
public final class TerritorialCoverageCalculator extends AbstractCalculator {

  /** The calculator's id. */
  public static final String ID = "territorial-coverage";
  /** Metric of a territory on an axis. */
  public static final String STATUS = "status";
  /** Metric of the number of territories covered. */
  public static final String COVERED = "covered-territories";
  /** Metric of the share of territories covered, in %. */
  public static final String RATE = "coverage-rate";

  private static final Pattern TO_BE_DEFINED = Pattern.compile("^(?:a|au) (?:definir|determiner|preciser|venir)\\b.*"
      + "|^non (?:defini|determine|precise)\\b.*|^nc$");

  /** The kinds of coverage of a territory on an axis. */
  enum Coverage {
    COVERED("piloté et daté"),
    OVERDUE("échéance dépassée"),
    INCOMPLETE("sans pilote ou sans échéance"),
    NO_GROUP("pas de groupe de travail");

    final String label;

    Coverage(String label) {
      this.label = label;
    }
  }

  /** The calculator, as {@link java.util.ServiceLoader} creates it. */
  public TerritorialCoverageCalculator() {
    super(ID, "Territorial coverage: per territorial axis, territories with a piloted and dated working group");
  }

  @Override
  public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
    List<IndicatorResult> results = new ArrayList<>();
    List<Territory> territories = schema.territories();
    Scope plan = Scope.plan(schema.id());
    int axes = 0;
    int coveredPairs = 0;
    for (Orientation axis : schema.orientations()) {
      if (axis.kind() != OrientationKind.TERRITORIAL) {
        continue;
      }
      axes++;
      Scope axisScope = plan.orientation(axis.code());
      int covered = 0;
      for (Territory territory : territories) {
        List<WorkingGroup> groups = territory.workingGroupsOn(axis.code());
        Coverage coverage = coverage(groups, context.asOf());
        if (coverage == Coverage.COVERED) {
          covered++;
        }
        results.add(result(STATUS, axisScope.withTerritory(territory.name()))
            .value(ResultValue.code(coverage.name(), coverage.label))
            .explanation(explain(groups, territory, axis.code()))
            .build());
      }
      coveredPairs += covered;
      results.add(result(COVERED, axisScope).value(covered).unit("territoires")
          .explanation(covered + " territoire(s) sur " + territories.size() + " avec un groupe piloté et daté").build());
      results.add(rate(axisScope, covered, territories.size()));
    }
    if (axes > 0) {
      results.add(rate(plan, coveredPairs, axes * territories.size()));
    }
    return results;
  }

  private IndicatorResult rate(Scope scope, int covered, int total) {
    IndicatorResult.Builder r = result(RATE, scope).unit("%");
    if (total == 0) {
      return r.explanation("aucun territoire dans le plan").build();
    }
    BigDecimal rate = BigDecimal.valueOf(100L * covered).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    return r.value(rate).explanation(covered + " couverture(s) sur " + total).build();
  }

  private static Coverage coverage(List<WorkingGroup> groups, LocalDate asOf) {
    if (groups.isEmpty()) {
      return Coverage.NO_GROUP;
    }
    boolean complete = false;
    for (WorkingGroup g : groups) {
      if (isPiloted(g) && g.deadline().isDated()) {
        complete = true;
        if (!deadlineEnd(g).map(asOf::isAfter).orElse(false)) {
          return Coverage.COVERED;
        }
      }
    }
    return complete ? Coverage.OVERDUE : Coverage.INCOMPLETE;
  }

  private static boolean isPiloted(WorkingGroup g) {
    return g.pilotage().map(p -> !TO_BE_DEFINED.matcher(TextFolding.foldWords(p)).matches()).orElse(false);
  }

  private static Optional<LocalDate> deadlineEnd(WorkingGroup g) {
    return g.deadline().end().or(() -> g.deadline().start()).map(p -> p.endDate());
  }

  private static String explain(List<WorkingGroup> groups, Territory territory, String axisCode) {
    if (groups.isEmpty()) {
      long notes = territory.notes().stream().filter(n -> n.axisCode().filter(axisCode::equals).isPresent()).count();
      return "aucun groupe de travail" + (notes > 0 ? " (" + notes + " mention(s) du territoire sur l'axe)" : "");
    }
    List<String> parts = new ArrayList<>();
    for (WorkingGroup g : groups) {
      parts.add("« " + g.title() + " » : pilotage " + g.pilotage().orElse("non indiqué") + ", échéance "
          + (g.deadline().text().isBlank() ? "non indiquée" : g.deadline().text()));
    }
    return String.join(" ; ", parts);
  }
}
