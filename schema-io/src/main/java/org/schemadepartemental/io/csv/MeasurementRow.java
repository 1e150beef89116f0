package org.schemadepartemental.io.csv;

import java.util.Objects;
import org.schemadepartemental.core.Measurement;

/**
 * One row of a {@code measurements} CSV: the indicator it is for and the measured value.
 *
 * @param line the 1-based line of the row in the file it was read from; 0 when the row was not
 *     read from a file
 * @param indicatorId the id of the indicator ({@code fa-6.i2}), as written: whether the plan has
 *     it is for the caller to check
 * @param measurement the measured value; read from a file, it carries its location too ({@code
 *     SourceLocation.line(file, line)}), so that a loader applies it as it is
 */
public record MeasurementRow(int line, String indicatorId, Measurement measurement) {

  /** Checks the fields. */
  public MeasurementRow {
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
    Objects.requireNonNull(indicatorId, "indicatorId");
    if (indicatorId.isBlank()) {
      throw new IllegalArgumentException("indicatorId must not be blank");
    }
    Objects.requireNonNull(measurement, "measurement");
  }
}
