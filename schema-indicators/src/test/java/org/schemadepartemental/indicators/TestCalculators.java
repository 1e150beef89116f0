package org.schemadepartemental.indicators;

import java.util.List;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.indicators.support.AbstractCalculator;

/** Calculators for the registry tests, some listed in the META-INF/services files the tests write. */
public final class TestCalculators {
  private TestCalculators() {}

  /** Counts the plan's fiches. */
  public static final class FicheCount extends AbstractCalculator {
    /** The calculator. */
    public FicheCount() {
      this("fiche-count", 0);
    }

    /** A counter under another id and priority. */
    public FicheCount(String id, int priority) {
      super(id, "Number of fiches", priority);
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      return List.of(result("fiches", Scope.plan(schema.id())).value(schema.fiches().size()).unit("fiches")
          .explanation("fiches of every orientation").build());
    }
  }

  /** Always throws. */
  public static final class Throwing extends AbstractCalculator {
    /** The calculator. */
    public Throwing() {
      super("throwing", "Throws on every plan");
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      throw new IllegalStateException("boom on " + schema.id());
    }
  }

  /** Returns a result labelled with another calculator's id. */
  public static final class Impostor extends AbstractCalculator {
    /** The calculator. */
    public Impostor() {
      super("impostor", "Labels its results with another id");
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      return List.of(IndicatorResult.builder("progress", "progress", Scope.plan(schema.id())).explanation("not mine").build());
    }
  }

  /** Returns null. */
  public static final class ReturnsNull implements Calculator {
    @Override
    public String id() {
      return "returns-null";
    }

    @Override
    public String description() {
      return "Returns null";
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      return null;
    }
  }

  /** Its constructor throws: discovery must go on without it. */
  public static final class BrokenConstructor extends AbstractCalculator {
    /** Always throws. */
    public BrokenConstructor() {
      super("broken", "Never built");
      throw new IllegalStateException("cannot start");
    }

    @Override
    public List<IndicatorResult> calculate(Schema schema, EvaluationContext context) {
      return List.of();
    }
  }

  /** Not a calculator at all, though listed as one. */
  public static final class NotACalculator {
    /** Nothing. */
    public NotACalculator() {}
  }
}
