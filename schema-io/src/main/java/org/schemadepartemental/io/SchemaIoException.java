package org.schemadepartemental.io;

/**
 * The root of the exceptions of {@code schema-io}: every failure to read, write or find a
 * format is one of these, never a bare {@code IOException}, {@code NullPointerException} or
 * Jackson exception.
 */
public class SchemaIoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public SchemaIoException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public SchemaIoException(String message, Throwable cause) {
    super(message, cause);
  }
}
