/**
 * The built-in calculators, each also found by {@code CalculatorRegistry} through {@link
 * java.util.ServiceLoader}. Their ids and metric names are constants of each class and are
 * stable.
 */
package org.schemadepartemental.indicators.builtin;
