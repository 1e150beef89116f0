package org.schemadepartemental.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.SchemaArbitraries;

/** The validator over generated plans: it never throws, and a valid plan has no error. */
class SchemaValidatorPropertiesTest {

  @Provide
  Arbitrary<Schema> schemas() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 200, seed = "7311")
  void generatedPlansHaveNoError(@ForAll("schemas") Schema schema) {
    ValidationReport report = SchemaValidator.standard().validate(schema);
    assertThat(report.withSeverity(Severity.ERROR)).as(SchemaArbitraries.describe(schema)).isEmpty();
  }

  /** Every fiche twice: whatever the plan, duplicates are found and nothing throws. */
  @Property(tries = 100, seed = "7312")
  void duplicatedFichesAreAlwaysFoundAndNeverThrow(@ForAll("schemas") Schema schema) {
    List<Orientation> doubled = schema.orientations().stream()
        .map(o -> o.withFiches(java.util.stream.Stream.concat(o.fiches().stream(), o.fiches().stream()).toList()))
        .toList();
    ValidationReport report = SchemaValidator.standard().validate(schema.withOrientations(doubled));
    int fiches = schema.fiches().size();
    assertThat(report.withCode(ProblemCodes.DUPLICATE_FICHE_NUMBER)).hasSize(fiches);
    long sousActions = schema.fiches().stream().mapToLong(f -> f.sousActions().size()).sum();
    assertThat(report.withCode(ProblemCodes.DUPLICATE_SOUS_ACTION_ID)).hasSize((int) sousActions);
    assertThat(report.withCode(ProblemCodes.RULE_FAILED)).isEmpty();
    assertThat(fiches == 0 || report.hasErrors()).isTrue();
  }
}
