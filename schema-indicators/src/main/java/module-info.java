/**
 * Indicator calculators over plans: schedule status, progress, calendar load, indicator
 * coverage, target attainment, trends, ratios and formulas, actors, review comparison; a
 * registry finding more through {@link java.util.ServiceLoader}; exports to JSON and CSV; a
 * text summary; loading measurements into a plan.
 */
module org.schemadepartemental.indicators {
  requires transitive org.schemadepartemental.core;
  requires transitive org.schemadepartemental.io;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.slf4j;

  exports org.schemadepartemental.indicators;
  exports org.schemadepartemental.indicators.spi;
  exports org.schemadepartemental.indicators.support;
  exports org.schemadepartemental.indicators.builtin;

  uses org.schemadepartemental.indicators.spi.Calculator;

  provides org.schemadepartemental.indicators.spi.Calculator with
      org.schemadepartemental.indicators.builtin.ScheduleStatusCalculator,
      org.schemadepartemental.indicators.builtin.ProgressCalculator,
      org.schemadepartemental.indicators.builtin.CalendarLoadCalculator,
      org.schemadepartemental.indicators.builtin.IndicatorCoverageCalculator,
      org.schemadepartemental.indicators.builtin.TargetAttainmentCalculator,
      org.schemadepartemental.indicators.builtin.TrendCalculator,
      org.schemadepartemental.indicators.builtin.RatioCalculator,
      org.schemadepartemental.indicators.builtin.ActorCalculator,
      org.schemadepartemental.indicators.builtin.ReviewComparisonCalculator;
}
