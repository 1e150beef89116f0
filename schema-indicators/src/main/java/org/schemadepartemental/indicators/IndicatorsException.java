package org.schemadepartemental.indicators;

/**
 * The root of the exceptions of {@code schema-indicators}: an unknown calculator, a broken
 * provider in strict mode, a formula that cannot be read or evaluated, a measurement file that
 * cannot be applied.
 */
public class IndicatorsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public IndicatorsException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public IndicatorsException(String message, Throwable cause) {
    super(message, cause);
  }
}
