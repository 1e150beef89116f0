package fr.pasdecalais.schema.plugintests;

import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.EvaluationContext;
import org.schemadepartemental.indicators.IndicatorResult;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.io.json.JsonFormatProvider;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;

/**
 * Providers that plugin jars built by the tests hold: well-behaved ones, and every way a provider
 * can be broken. Each is packed alone (or with the ones it needs) into its own jar.
 */
public final class TestProviders {
  private TestProviders() {}

  /** A minimal format reading nothing useful; the base of the others. */
  public abstract static class SimpleFormat implements FormatProvider {
    private final String id;
    private final int priority;

    SimpleFormat(String id, int priority) {
      this.id = id;
      this.priority = priority;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "test format " + id;
    }

    @Override
    public int priority() {
      return priority;
    }

    @Override
    public Optional<SchemaReader> reader() {
      return new JsonFormatProvider().reader();
    }
  }

  /** Loads fine; listed after a broken provider to show that discovery goes on. */
  public static final class StillLoads extends SimpleFormat {
    /** For ServiceLoader. */
    public StillLoads() {
      super("still-loads", 0);
    }
  }

  /** Replaces the built-in JSON format: same id, higher priority. */
  public static final class JsonOverride extends SimpleFormat {
    /** For ServiceLoader. */
    public JsonOverride() {
      super("json", 10);
    }
  }

  /** Claims the JSON id at a lower priority than the built-in: left out. */
  public static final class JsonBelowBuiltIn extends SimpleFormat {
    /** For ServiceLoader. */
    public JsonBelowBuiltIn() {
      super("json", -1);
    }
  }

  /** Claims the JSON id at the built-in's priority: a tie. */
  public static final class JsonAtBuiltInPriority extends SimpleFormat {
    /** For ServiceLoader. */
    public JsonAtBuiltInPriority() {
      super("json", 0);
    }
  }

  /** Its constructor throws. */
  public static final class ConstructorThrows extends SimpleFormat {
    /** For ServiceLoader: fails. */
    public ConstructorThrows() {
      super("constructor-throws", 0);
      throw new IllegalStateException("no licence file for the département's layout");
    }
  }

  /** Its static initialiser throws. */
  public static final class StaticInitialiserThrows extends SimpleFormat {
    private static final int LIMIT = Integer.parseInt("not a number");

    /** For ServiceLoader. */
    public StaticInitialiserThrows() {
      super("static-initialiser-throws", LIMIT);
    }
  }

  /** A base class the jar leaves out, as when a plugin's dependency is missing. */
  public abstract static class MissingBase extends SimpleFormat {
    MissingBase(String id) {
      super(id, 0);
    }
  }

  /** Extends the missing base: cannot even be linked. */
  public static final class ExtendsMissingBase extends MissingBase {
    /** For ServiceLoader. */
    public ExtendsMissingBase() {
      super("extends-missing-base");
    }
  }

  /** Gives a null id. */
  public static final class NullId extends SimpleFormat {
    /** For ServiceLoader. */
    public NullId() {
      super(null, 0);
    }
  }

  /** Throws at every call. */
  public static final class ThrowsAtEveryCall implements FormatProvider {
    /** For ServiceLoader. */
    public ThrowsAtEveryCall() {}

    @Override
    public String id() {
      throw new UnsupportedOperationException("id");
    }

    @Override
    public String description() {
      throw new UnsupportedOperationException("description");
    }

    @Override
    public int priority() {
      throw new UnsupportedOperationException("priority");
    }

    @Override
    public double sniff(ContentSample sample) {
      throw new UnsupportedOperationException("sniff");
    }

    @Override
    public Optional<SchemaReader> reader() {
      throw new UnsupportedOperationException("reader");
    }
  }

  /** A calculator that throws on every plan. */
  public static final class ThrowingCalculator implements Calculator {
    /** For ServiceLoader. */
    public ThrowingCalculator() {}

    @Override
    public String id() {
      return "always-throws";
    }

    @Override
    public String description() {
      return "throws on every plan";
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      throw new IllegalStateException("division by zero in the département's formula");
    }
  }

  /** A calculator whose constructor throws. */
  public static final class CalculatorConstructorThrows implements Calculator {
    /** For ServiceLoader: fails. */
    public CalculatorConstructorThrows() {
      throw new IllegalStateException("missing configuration");
    }

    @Override
    public String id() {
      return "never-built";
    }

    @Override
    public String description() {
      return "never built";
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      return List.of();
    }
  }
}
