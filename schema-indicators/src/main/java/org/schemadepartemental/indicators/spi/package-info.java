/**
 * The service provider interface for calculators: implement {@link
 * org.schemadepartemental.indicators.spi.Calculator}, list the class in {@code
 * META-INF/services/org.schemadepartemental.indicators.spi.Calculator} (and {@code provides} it in
 * your {@code module-info.java}), and {@code CalculatorRegistry} finds it.
 *
 * @since 0.1
 */
package org.schemadepartemental.indicators.spi;
