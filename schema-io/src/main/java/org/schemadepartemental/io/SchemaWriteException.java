package org.schemadepartemental.io;

/** A plan could not be written (the target failed, or the format cannot carry the plan). */
public class SchemaWriteException extends SchemaIoException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public SchemaWriteException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public SchemaWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
