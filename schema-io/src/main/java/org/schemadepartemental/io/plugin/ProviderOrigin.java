package org.schemadepartemental.io.plugin;

import java.net.URL;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a provider came from: registered by hand, or discovered in a jar or directory (the
 * location of its class's {@link CodeSource}), which a command line shows so that users can
 * tell a plugin from a built-in.
 *
 * @param isManual whether the provider was registered by hand rather than discovered
 * @param location the jar or directory its class was loaded from, when known
 */
public record ProviderOrigin(boolean isManual, Optional<String> location) {

  private static final ProviderOrigin MANUAL = new ProviderOrigin(true, Optional.empty());

  /** Checks the fields. */
  public ProviderOrigin {
    Objects.requireNonNull(location, "location");
  }

  /** The origin of a provider registered by hand. */
  public static ProviderOrigin manual() {
    return MANUAL;
  }

  /** The origin of a discovered provider: its class's code source, when it has one. */
  public static ProviderOrigin discovered(Class<?> providerClass) {
    return new ProviderOrigin(false, codeSourceOf(providerClass));
  }

  private static Optional<String> codeSourceOf(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL url = source == null ? null : source.getLocation();
      return Optional.ofNullable(url).map(URL::toString);
    } catch (SecurityException e) {
      // A security manager may hide the code source; the origin is then simply unknown.
      return Optional.empty();
    }
  }

  /** {@code manual}, the location, or {@code unknown location}. */
  @Override
  public String toString() {
    return isManual ? "manual" : location.orElse("unknown location");
  }
}
