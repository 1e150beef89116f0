package org.schemadepartemental.indicators.former;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mean of values, weighted when weights exist. When some parts have a weight and others
 * not, the missing ones count as 1, so that adding a part at 100 never lowers the mean; when
 * the weights add up to 0 the plain mean is used. Sums are exact, so the order of the parts
 * never changes the result. {@code WeightedMean} as it was at 682d0a3, kept for the former
 * calculators. Not to be maintained.
 */
public final class FormerWeightedMean {
  private final List<BigDecimal> values = new ArrayList<>();
  private final List<Optional<BigDecimal>> weights = new ArrayList<>();

  /** Adds a part. */
  public void add(BigDecimal value, Optional<BigDecimal> weight) {
    values.add(value);
    weights.add(weight);
  }

  /** Number of parts added. */
  public int count() {
    return values.size();
  }

  /** The mean, when there is at least one part. */
  public Optional<BigDecimal> mean() {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (weights.stream().allMatch(Optional::isEmpty)) {
      return Optional.of(plain());
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (int i = 0; i < values.size(); i++) {
      BigDecimal w = weights.get(i).orElse(BigDecimal.ONE);
      total = total.add(w);
      weighted = weighted.add(w.multiply(values.get(i)));
    }
    return Optional.of(total.signum() == 0 ? plain() : FormerValues.divide(weighted, total));
  }

  /** How the mean is taken, for explanations: "plain average", "weighted average (1 weight missing, taken as 1)". */
  public String how() {
    long set = weights.stream().filter(Optional::isPresent).count();
    if (set == 0) {
      return "plain average";
    }
    BigDecimal total = weights.stream().map(w -> w.orElse(BigDecimal.ONE)).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      return "plain average (the weights add up to 0)";
    }
    long missing = weights.size() - set;
    return "weighted average" + (missing > 0 ? " (" + missing + " weight" + (missing > 1 ? "s" : "") + " missing, taken as 1)" : "");
  }

  private BigDecimal plain() {
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return FormerValues.divide(sum, BigDecimal.valueOf(values.size()));
  }
}
