package org.schemadepartemental.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.util.function.Function;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.internal.JacksonLimits;

/**
 * The {@link JsonFactory} of the canonical JSON format for each {@link ReadLimits}: the library's
 * own, never Jackson's global defaults, built once per limits and shared by every read and write
 * with them (factories are thread-safe once built and costly to create).
 */
final class JsonSupport {

  private static final Function<ReadLimits, JsonFactory> FACTORIES = JacksonLimits.factoryCache(JsonSupport::build);

  private JsonSupport() {}

  /** The factory of these limits. */
  static JsonFactory factory(ReadLimits limits) {
    return FACTORIES.apply(limits);
  }

  /** The factory for writing: the default limits' nesting depth, so that what is written reads back. */
  static JsonFactory writeFactory() {
    return FACTORIES.apply(ReadLimits.defaults());
  }

  private static JsonFactory build(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(JacksonLimits.readConstraints(limits))
        .streamWriteConstraints(JacksonLimits.writeConstraints(limits))
        // A field given twice would silently lose one of its values: JsonPlanReader refuses it
        // itself (Jackson's STRICT_DUPLICATE_DETECTION costs a hash set per object read).
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }
}
