package org.schemadepartemental.benchmarks.corpus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the corpus: {@code java -cp benchmarks.jar
 * org.schemadepartemental.benchmarks.corpus.CorpusMain target/corpus examples/seeds [plans] [seed]}.
 */
public final class CorpusMain {

  private CorpusMain() {}

  /**
   * Generates the corpus.
   *
   * @param args the output folder, the folder of the layout samples, optionally the number of
   *     plans (101) and the seed
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CorpusMain OUTPUT_DIR SEEDS_DIR [PLANS] [SEED]");
      System.exit(2);
    }
    int plans = args.length > 2 ? Integer.parseInt(args[2]) : NationalCorpus.PLAN_COUNT;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : NationalCorpus.DEFAULT_SEED;
    long start = System.nanoTime();
    CorpusStats stats = CorpusFiles.at(Path.of(args[0])).write(seed, plans, Path.of(args[1]));
    System.out.printf(Locale.ROOT,
        "corpus: %d plans, %d orientations, %d fiches, %d sous-actions, %d indicators, %d measurements,"
            + " %d reviews in %s (%.1f s)%n", stats.plans(), stats.orientations(), stats.fiches(), stats.sousActions(),
        stats.indicators(), stats.measurements(), stats.reviews(), args[0], (System.nanoTime() - start) / 1e9);
  }
}
