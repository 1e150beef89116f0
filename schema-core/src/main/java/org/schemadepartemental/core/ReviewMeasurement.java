package org.schemadepartemental.core;

import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A figure recorded by a review: a measurement, with the indicator it belongs to when the plan
 * has one, or the label the review gives it ("EPP réalisés") when it has none.
 *
 * @param indicatorId the id of the plan's indicator, when the figure belongs to one
 * @param label the label as printed in the review, when given
 * @param measurement the figure
 */
public record ReviewMeasurement(Optional<String> indicatorId, Optional<String> label, Measurement measurement) {

  /** Checks that the figure is attached to an indicator or labelled. */
  public ReviewMeasurement {
    indicatorId = Checks.optionalText(indicatorId);
    label = Checks.optionalText(label);
    Objects.requireNonNull(measurement, "measurement");
    if (indicatorId.isEmpty() && label.isEmpty()) {
      throw new IllegalArgumentException("a review measurement needs an indicator id or a label");
    }
  }
}
