package org.schemadepartemental.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.validation.SchemaValidator;
import org.schemadepartemental.core.validation.ValidationReport;
import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorReport;

/**
 * What a dashboard or an annual review is drawn from: the plan (with its reviews and
 * measurements already applied), the calculators' results at a date, the validator's report,
 * and what the reader must be told about the data (that it is illustrative, what happened when
 * it was loaded).
 *
 * <pre>{@code
 * ReportData data = ReportData.builder(plan).asOf(LocalDate.of(2019, 12, 31)).build();
 * String html = DashboardReport.render(data);
 * }</pre>
 *
 * @param schema the plan
 * @param indicators the calculators' results for the plan; its date is the documents' "as of"
 * @param validation the validator's problems with the plan
 * @param illustrative when the data is made up for demonstration, the notice saying so, shown
 *     as a banner
 * @param notes remarks on how the data was loaded (rows applied or refused…), shown as they are
 * @since 0.1
 */
public record ReportData(
    Schema schema,
    IndicatorReport indicators,
    ValidationReport validation,
    Optional<String> illustrative,
    List<String> notes) {

  /** Checks that the results are the plan's, and copies. */
  public ReportData {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(validation, "validation");
    if (!indicators.planId().equals(schema.id())) {
      throw new IllegalArgumentException(
          "the indicator results are for plan '" + indicators.planId() + "', not '" + schema.id() + "'");
    }
    illustrative = illustrative == null ? Optional.empty() : illustrative.filter(s -> !s.isBlank());
    notes = List.copyOf(notes);
  }

  /** The date the documents speak as of. */
  public LocalDate asOf() {
    return indicators.context().asOf();
  }

  /** The evaluation context the results were computed under. */
  public EvaluationContext context() {
    return indicators.context();
  }

  /** A builder that runs the calculators and the validator over a plan. */
  public static Builder builder(Schema schema) {
    return new Builder(schema);
  }

  /** Builder of {@link ReportData}: the calculators and the validator run in {@link #build()}. */
  public static final class Builder {
    private final Schema schema;
    private EvaluationContext context;
    private CalculatorRegistry calculators;
    private SchemaValidator validator = SchemaValidator.standard();
    private String illustrative;
    private final List<String> notes = new ArrayList<>();

    private Builder(Schema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** The date the figures speak as of (default: today). */
    public Builder asOf(LocalDate date) {
      this.context = EvaluationContext.asOf(date);
      return this;
    }

    /** The full evaluation context (date, territory, options), instead of a date alone. */
    public Builder context(EvaluationContext v) {
      this.context = Objects.requireNonNull(v, "context");
      return this;
    }

    /** The calculators to run (default: those discovered on the class path). */
    public Builder calculators(CalculatorRegistry v) {
      this.calculators = Objects.requireNonNull(v, "calculators");
      return this;
    }

    /** The validator to run (default: the standard rules). */
    public Builder validator(SchemaValidator v) {
      this.validator = Objects.requireNonNull(v, "validator");
      return this;
    }

    /** Marks the data as illustrative, with the notice to show. */
    public Builder illustrative(String notice) {
      this.illustrative = notice;
      return this;
    }

    /** Adds a remark on how the data was loaded. */
    public Builder note(String note) {
      notes.add(Objects.requireNonNull(note, "note"));
      return this;
    }

    /** Runs the calculators and the validator. */
    public ReportData build() {
      EvaluationContext ctx = context != null ? context : EvaluationContext.asOf(LocalDate.now());
      CalculatorRegistry registry = calculators != null ? calculators : CalculatorRegistry.discover();
      return new ReportData(schema, registry.runAll(schema, ctx), validator.validate(schema),
          Optional.ofNullable(illustrative), notes);
    }
  }
}
