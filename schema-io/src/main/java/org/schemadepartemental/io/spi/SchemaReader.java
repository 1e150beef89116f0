package org.schemadepartemental.io.spi;

import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;

/**
 * Reads a plan from a source. Implementations are thread-safe and keep no state between calls.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SchemaReader {

  /**
   * Reads the source.
   *
   * @return the plan, the problems met (with locations) and, for documents, the placement report
   * @throws SchemaReadException when the input cannot be read at all: the only exception a
   *     reader may throw, whatever the input
   */
  ReadResult read(DocumentSource source, ReadOptions options);
}
