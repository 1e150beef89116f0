package org.schemadepartemental.testkit.builtin;

import org.schemadepartemental.indicators.CalculatorRegistry;
import org.schemadepartemental.indicators.spi.Calculator;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.spi.FormatProvider;

/** The built-in providers, found as users find them: through the registries, by id. */
final class BuiltIns {
  private BuiltIns() {}

  /** The built-in format with this id. */
  static FormatProvider format(String id) {
    return FormatRegistry.builder().strict(true).build().format(id);
  }

  /** The built-in calculator with this id. */
  static Calculator calculator(String id) {
    return CalculatorRegistry.builder().strict(true).build().calculator(id);
  }
}
