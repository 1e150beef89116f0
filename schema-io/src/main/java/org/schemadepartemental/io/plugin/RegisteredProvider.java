package org.schemadepartemental.io.plugin;

import java.util.Objects;

/**
 * A provider taken into a registry, with what the registry knows of it.
 *
 * @param provider the provider instance
 * @param id its id (never blank)
 * @param priority its priority: higher wins among providers with the same id
 * @param className the name of its class
 * @param origin where it came from (manual registration, or the jar or directory it was found in)
 * @param <P> the service type
 */
public record RegisteredProvider<P>(P provider, String id, int priority, String className, ProviderOrigin origin) {

  /** Checks the fields. */
  public RegisteredProvider {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(origin, "origin");
  }

  @Override
  public String toString() {
    return id + " (" + className + ", priority " + priority + ", " + origin + ")";
  }
}
