package org.schemadepartemental.io.plugin;

import java.util.Objects;

/**
 * A provider that could not be taken into a registry: its class could not be found, loaded,
 * initialised or instantiated, was not of the service type, or gave a blank id.
 *
 * @param className the provider class name as listed in {@code META-INF/services} (or the
 *     class of the instance), or {@code "unknown"} when the service loader did not say
 * @param reason what went wrong, in one line, with the cause's message
 * @param cause the error caught, for a stack trace on demand
 */
public record LoadFailure(String className, String reason, Throwable cause) {

  /** Checks the fields. */
  public LoadFailure {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code com.example.Broken: reason}. */
  @Override
  public String toString() {
    return className + ": " + reason;
  }
}
