package org.schemadepartemental.io.spi;

import java.io.OutputStream;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.WriteOptions;

/**
 * Writes a plan to a stream. Implementations are thread-safe and keep no state between calls.
 * They do not close the stream.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SchemaWriter {

  /**
   * Writes the plan.
   *
   * @throws SchemaWriteException when the stream fails or the format cannot carry the plan
   */
  void write(Schema schema, OutputStream out, WriteOptions options);
}
