/**
 * A generic, immutable registry of {@link java.util.ServiceLoader} providers, for any SPI type:
 * the format registry of this module is built on it, and so can any other module's SPI (the
 * indicator calculators, for instance).
 *
 * <p>A {@link org.schemadepartemental.io.plugin.ProviderRegistry} is built by its builder from
 * discovered providers (through {@link org.schemadepartemental.io.plugin.ProviderLoader}, the only
 * caller of {@code ServiceLoader}) and manually registered ones. It orders them by (priority
 * descending, id ascending) whatever the class path order, rejects blank ids, resolves duplicate
 * ids by priority, records where each provider came from, and keeps a {@link
 * org.schemadepartemental.io.plugin.LoadReport} of everything that went wrong. A provider that
 * fails to load is logged at WARN and skipped, unless the registry is strict.
 *
 * <p>Typical wrapping of another SPI:
 *
 * <pre>{@code
 * ProviderRegistry<Calculator> calculators =
 *     ProviderRegistry.builder(Calculator.class, Calculator::id, Calculator::priority)
 *         .strict(false)
 *         .build();
 * Calculator ratio = calculators.get("ratio"); // UnknownProviderException lists the ids
 * }</pre>
 */
package org.schemadepartemental.io.plugin;
