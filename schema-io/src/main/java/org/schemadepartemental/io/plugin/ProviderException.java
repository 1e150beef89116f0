package org.schemadepartemental.io.plugin;

/**
 * The root of the registry's exceptions: a provider set a strict registry refuses, or a
 * provider asked for that is not there.
 */
public class ProviderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public ProviderException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
