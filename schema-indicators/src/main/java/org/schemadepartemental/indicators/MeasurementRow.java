package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.indicators.internal.Values;
import org.schemadepartemental.io.InputLocation;

/**
 * One row of measurements from outside the plan (a spreadsheet, an information system export),
 * as read from the CSV measurement layout, with where it was read from.
 *
 * @param location the source and line of the row
 * @param indicatorId the indicator id as written
 * @param period the period as written ({@code 2019}, {@code 2019-S1}, {@code 2019-Q2}, {@code 2019-06})
 * @param value the value, when given
 * @param numerator the numerator, when given
 * @param denominator the denominator, when given
 * @param territory the territory, when the figure is not for the whole département
 * @param source where the figure comes from, when given
 * @param comment a remark, when given
 * @param text a qualitative value, when given
 * @since 0.1
 */
public record MeasurementRow(
    InputLocation location,
    String indicatorId,
    String period,
    Optional<BigDecimal> value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    Optional<String> territory,
    Optional<String> source,
    Optional<String> comment,
    Optional<String> text) {

  /** Checks and trims; blank optional texts become empty. */
  public MeasurementRow {
    Objects.requireNonNull(location, "location");
    indicatorId = Objects.requireNonNull(indicatorId, "indicatorId").strip();
    period = Objects.requireNonNull(period, "period").strip();
    value = value == null ? Optional.empty() : value;
    numerator = numerator == null ? Optional.empty() : numerator;
    denominator = denominator == null ? Optional.empty() : denominator;
    territory = Values.optionalText(territory);
    source = Values.optionalText(source);
    comment = Values.optionalText(comment);
    text = Values.optionalText(text);
  }

  /** A row with a plain value for the whole département. */
  public static MeasurementRow of(InputLocation location, String indicatorId, String period, BigDecimal value) {
    return new MeasurementRow(location, indicatorId, period, Optional.of(value), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
