package org.schemadepartemental.io;

import java.util.List;
import java.util.Objects;

/**
 * No format has the id asked for, or none can do what was asked (read, write, or handle a
 * file extension). The message lists the formats that are available for it.
 */
public class UnknownFormatException extends SchemaIoException {
  private static final long serialVersionUID = 1L;

  private final String requested;
  private final List<String> available;

  /**
   * An exception for a format asked for.
   *
   * @param message the whole message, listing what is available
   * @param requested the id or extension asked for
   * @param available the ids that would have done
   */
  public UnknownFormatException(String message, String requested, List<String> available) {
    super(message);
    this.requested = Objects.requireNonNull(requested, "requested");
    this.available = List.copyOf(available);
  }

  /** The id or extension asked for. */
  public String requested() {
    return requested;
  }

  /** The ids of the formats that are available for what was asked. */
  public List<String> available() {
    return available;
  }
}
