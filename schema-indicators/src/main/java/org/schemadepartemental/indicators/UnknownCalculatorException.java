package org.schemadepartemental.indicators;

import java.util.List;
import java.util.Objects;

/** No calculator has the id asked for. The message lists the ids available and how to add one. */
public class UnknownCalculatorException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  private final String requestedId;
  private final List<String> availableIds;

  /** An exception for an id looked up among the available ones. */
  public UnknownCalculatorException(String requestedId, List<String> availableIds) {
    super("no calculator with id '" + requestedId + "'; available: "
        + (availableIds.isEmpty() ? "none" : String.join(", ", availableIds))
        + " (a calculator is added by putting its jar, with a META-INF/services/"
        + "org.schemadepartemental.indicators.spi.Calculator entry, on the class path)");
    this.requestedId = Objects.requireNonNull(requestedId, "requestedId");
    this.availableIds = List.copyOf(availableIds);
  }

  /** The id asked for. */
  public String requestedId() {
    return requestedId;
  }

  /** The ids available, in registry order. */
  public List<String> availableIds() {
    return availableIds;
  }
}
