package org.schemadepartemental.benchmarks.corpus;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Departements;
import org.schemadepartemental.core.Schema;

/**
 * The seeded generator of the national corpus: one plan per département, 101 in all, in INSEE
 * code order. About 6,000 fiches, 30,000 sous-actions, 50,000 indicators and 1,000,000
 * measurements for the 101 plans ({@link CorpusStats} tells the exact figures of a seed).
 *
 * <pre>{@code
 * Schema ain = NationalCorpus.plan(NationalCorpus.DEFAULT_SEED, 0);          // always the same plan
 * NationalCorpus.forEachPlan(NationalCorpus.DEFAULT_SEED, 10, plan -> ...);   // the first ten
 * }</pre>
 *
 * <p>Each plan depends only on the seed and its département, so the first {@code n} plans are
 * the same whatever the number generated, and plans can be made in parallel.
 */
public final class NationalCorpus {

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 20_250_101L;

  /** The number of départements, hence of plans in the full corpus. */
  public static final int PLAN_COUNT = Departements.all().size();

  private static final List<Departement> DEPARTEMENTS = List.copyOf(Departements.all());

  private NationalCorpus() {}

  /** The plan of the {@code index}-th département (0-based, INSEE code order). */
  public static Schema plan(long seed, int index) {
    return PlanGenerator.plan(seed, DEPARTEMENTS.get(index));
  }

  /** The first {@code count} plans, in order; 101 plans take about 2 GB of heap. */
  public static List<Schema> plans(long seed, int count) {
    checkCount(count);
    return IntStream.range(0, count).parallel().mapToObj(i -> plan(seed, i)).toList();
  }

  /**
   * Gives the first {@code count} plans to {@code consumer} without keeping them (in parallel,
   * in no particular order: the consumer must be thread-safe).
   */
  public static void forEachPlan(long seed, int count, Consumer<Schema> consumer) {
    checkCount(count);
    IntStream.range(0, count).parallel().forEach(i -> consumer.accept(plan(seed, i)));
  }

  private static void checkCount(int count) {
    if (count < 0 || count > PLAN_COUNT) {
      throw new IllegalArgumentException("plan count must be within 0.." + PLAN_COUNT + ", got " + count);
    }
  }
}
