/**
 * The service-provider interface for formats: implement {@link
 * org.schemadepartemental.io.spi.FormatProvider}, list it in {@code
 * META-INF/services/org.schemadepartemental.io.spi.FormatProvider} and in {@code module-info}
 * ({@code provides}), and the registry finds it.
 */
package org.schemadepartemental.io.spi;
