package org.schemadepartemental.indicators;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.testing.SchemaArbitraries;

/**
 * A generated plan with a context to compute it in: any date from a year before the plan to a
 * year after it, and half the time one of the territories its measurements name.
 *
 * @param plan the plan
 * @param context the date and territory
 */
public record GeneratedCase(Schema plan, EvaluationContext context) {

  /** Plans of {@link SchemaArbitraries#schemas()} with a date and, sometimes, a territory. */
  public static Arbitrary<GeneratedCase> cases() {
    return SchemaArbitraries.schemas().flatMap(plan -> {
      YearRange range = plan.period().orElse(SchemaArbitraries.DEFAULT_PERIOD);
      List<String> territories = plan.indicators().stream().flatMap(i -> i.measurements().stream())
          .map(Measurement::territory).flatMap(Optional::stream).distinct().toList();
      Arbitrary<Optional<String>> territory = territories.isEmpty()
          ? Arbitraries.just(Optional.empty()) : Arbitraries.of(territories).optional(0.5);
      return Combinators.combine(SchemaArbitraries.dates(new YearRange(range.first() - 1, range.last() + 1)), territory)
          .as((date, t) -> new GeneratedCase(plan, EvaluationContext.builder(date).territory(t.orElse(null)).build()));
    });
  }
}
