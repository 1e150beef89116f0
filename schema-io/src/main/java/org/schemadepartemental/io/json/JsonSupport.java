package org.schemadepartemental.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The one {@link JsonFactory} of the canonical JSON format, configured once with its own limits
 * (never Jackson's global defaults) and shared by every read and write: factories are
 * thread-safe once built and costly to create.
 */
final class JsonSupport {

  /** Deepest nesting accepted: plans nest about ten levels, list items a few more. */
  static final int MAX_NESTING_DEPTH = 200;
  /** Longest string value accepted, in characters. */
  static final int MAX_STRING_LENGTH = 20_000_000;
  /** Longest number accepted, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;
  /** Largest document accepted, in bytes. */
  static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(1_000)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .build())
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
      // A field given twice would otherwise silently lose one of its values.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private JsonSupport() {}
}
