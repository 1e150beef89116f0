package org.schemadepartemental.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.io.plugin.LoadReport;
import org.schemadepartemental.io.plugin.ProviderRegistry;
import org.schemadepartemental.io.plugin.RegisteredProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calculators available, and the entry point to run them over a plan.
 *
 * <pre>{@code
 * CalculatorRegistry calculators = CalculatorRegistry.discover();
 * IndicatorReport report = calculators.runAll(plan, EvaluationContext.asOf(LocalDate.of(2020, 6, 30)));
 * System.out.print(SummaryRenderer.render(plan, report));
 * }</pre>
 *
 * <p>Built on {@code org.schemadepartemental.io.plugin.ProviderRegistry}, like the format
 * registry: calculators are discovered through {@code ServiceLoader} (switchable off, with an
 * explicit class loader when needed), can be registered by hand, are ordered by (priority
 * descending, id), and a broken provider is skipped with a warning unless the registry is
 * strict ({@link #loadReport()}). Ids are lower-case letters, digits and hyphens.
 *
 * <p>Running: each calculator runs in turn, with a context {@linkplain EvaluationContext#forRun
 * for the run} through which they share what they compute about the plan; one that throws, returns null, or returns a result
 * labelled with another calculator's id is reported by a single failed result, logged at WARN,
 * and the others still run.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CalculatorRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(CalculatorRegistry.class);
  private static final Pattern CALCULATOR_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final ProviderRegistry<Calculator> providers;

  private CalculatorRegistry(ProviderRegistry<Calculator> providers) {
    this.providers = providers;
  }

  /** The calculators found on the class path (or module path) of the current thread and this library. */
  public static CalculatorRegistry discover() {
    return builder().build();
  }

  /** A builder: discovery on, lenient. */
  public static Builder builder() {
    return new Builder();
  }

  /** The calculators, in order (priority descending, then id). */
  public List<Calculator> calculators() {
    return providers.providers();
  }

  /** The calculators with their origin (jar or manual) and priority, in order. */
  public List<RegisteredProvider<Calculator>> entries() {
    return providers.entries();
  }

  /** The ids, in order. */
  public List<String> ids() {
    return providers.ids();
  }

  /** The calculator with this id, if any. */
  public Optional<Calculator> find(String id) {
    return providers.find(id);
  }

  /**
   * The calculator with this id.
   *
   * @throws UnknownCalculatorException listing the available ids when there is none
   */
  public Calculator calculator(String id) {
    return find(id).orElseThrow(() -> new UnknownCalculatorException(id, ids()));
  }

  /** The providers that failed to load and the duplicate ids met while building; clean if none. */
  public LoadReport loadReport() {
    return providers.loadReport();
  }

  /** Runs every calculator, in order. */
  public IndicatorReport runAll(Schema schema, EvaluationContext context) {
    return runCalculators(schema, context, calculators());
  }

  /**
   * Runs the calculators with these ids, in registry order.
   *
   * @throws UnknownCalculatorException when an id is unknown, before anything runs
   */
  public IndicatorReport run(Schema schema, EvaluationContext context, Collection<String> calculatorIds) {
    for (String id : calculatorIds) {
      calculator(id);
    }
    return runCalculators(schema, context,
        calculators().stream().filter(c -> calculatorIds.contains(c.id())).toList());
  }

  private static IndicatorReport runCalculators(Schema schema, EvaluationContext context, List<Calculator> calculators) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(context, "context");
    // One context for the run: the calculators share the plan's index and series through it.
    EvaluationContext run = context.forRun(schema);
    List<CalculatorRun> runs = new ArrayList<>();
    for (Calculator calculator : calculators) {
      runs.add(runOne(calculator, schema, run));
    }
    return new IndicatorReport(schema.id(), schema.title(), context, runs);
  }

  private static CalculatorRun runOne(Calculator calculator, Schema schema, EvaluationContext context) {
    String id = calculator.id();
    String description = describe(calculator);
    List<IndicatorResult> results;
    try {
      results = calculator.calculate(schema, context);
      if (results == null) {
        throw new IllegalStateException("returned null instead of a list of results");
      }
      for (IndicatorResult r : results) {
        if (r == null) {
          throw new IllegalStateException("returned a null result");
        }
        if (!r.calculatorId().equals(id)) {
          throw new IllegalStateException("returned a result labelled '" + r.calculatorId() + "' instead of '" + id + "'");
        }
      }
      results = List.copyOf(results);
    } catch (Exception | LinkageError | StackOverflowError e) {
      LOG.warn("Calculator {} ({}) failed on plan {}: {}", id, calculator.getClass().getName(), schema.id(), e.toString());
      LOG.debug("Stack trace of the failure of calculator {}", id, e);
      results = List.of(IndicatorResult.failure(id, schema.id(), e));
    }
    return new CalculatorRun(id, description, results);
  }

  private static String describe(Calculator calculator) {
    try {
      String d = calculator.description();
      return d == null || d.isBlank() ? calculator.getClass().getName() : d;
    } catch (RuntimeException e) {
      return calculator.getClass().getName();
    }
  }

  private static String checkedId(Calculator calculator) {
    String id = calculator.id();
    if (id != null && !id.isBlank() && !CALCULATOR_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "calculator id '" + id + "' is not lower-case letters, digits and hyphens (such as 'schedule-status')");
    }
    return id;
  }

  @Override
  public String toString() {
    return "CalculatorRegistry" + ids();
  }

  /** Builder of {@link CalculatorRegistry}; discovery happens in {@link #build()}. */
  public static final class Builder {
    private final ProviderRegistry.Builder<Calculator> providers =
        ProviderRegistry.builder(Calculator.class, CalculatorRegistry::checkedId, Calculator::priority);

    private Builder() {}

    /** Whether to discover calculators through {@code ServiceLoader} (default: yes). */
    public Builder discovery(boolean on) {
      providers.discovery(on);
      return this;
    }

    /** Whether a provider that fails to load, or an equal-priority duplicate id, is an error (default: no). */
    public Builder strict(boolean on) {
      providers.strict(on);
      return this;
    }

    /** The class loader to discover with (default: the thread's context loader, then this library's). */
    public Builder classLoader(ClassLoader loader) {
      providers.classLoader(loader);
      return this;
    }

    /** Another class loader to discover with, such as one over a plugin folder. */
    public Builder addClassLoader(ClassLoader loader) {
      providers.addClassLoader(loader);
      return this;
    }

    /** Registers a calculator by hand. */
    public Builder register(Calculator calculator) {
      providers.register(Objects.requireNonNull(calculator, "calculator"));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @throws org.schemadepartemental.io.plugin.ProviderLoadException when a calculator registered
     *     by hand has an invalid id, or, in strict mode, when a provider failed to load or two
     *     share an id at equal priority
     */
    public CalculatorRegistry build() {
      return new CalculatorRegistry(providers.build());
    }
  }
}
