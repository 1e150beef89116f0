/**
 * Help for calculator authors: {@link org.schemadepartemental.indicators.support.AbstractCalculator}
 * as a base, {@link org.schemadepartemental.indicators.support.PlanIndex} for lookups and scopes,
 * {@link org.schemadepartemental.indicators.support.ReviewState} for what the reviews say at a
 * date, and {@link org.schemadepartemental.indicators.support.IndicatorSeries} for indicator
 * values period by period. The built-in calculators use nothing else.
 *
 * @since 0.1
 */
package org.schemadepartemental.indicators.support;
