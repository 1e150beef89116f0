package org.schemadepartemental.io.plugin;

import java.util.List;
import java.util.Objects;

/**
 * No provider has the id asked for. The message lists the ids available, and says how a
 * provider is added, so that the user can act on it.
 */
public class UnknownProviderException extends ProviderException {
  private static final long serialVersionUID = 1L;

  private final String requestedId;
  private final List<String> availableIds;

  /** An exception for an id looked up among the available ones. */
  public UnknownProviderException(String serviceName, String requestedId, List<String> availableIds) {
    super("no " + serviceName + " with id '" + requestedId + "'; available: "
        + (availableIds.isEmpty() ? "none" : String.join(", ", availableIds))
        + " (a provider is added by putting its jar, with a META-INF/services/" + serviceName
        + " entry, on the class path)");
    this.requestedId = Objects.requireNonNull(requestedId, "requestedId");
    this.availableIds = List.copyOf(availableIds);
  }

  /** The id asked for. */
  public String requestedId() {
    return requestedId;
  }

  /** The ids that are available, in registry order. */
  public List<String> availableIds() {
    return availableIds;
  }
}
