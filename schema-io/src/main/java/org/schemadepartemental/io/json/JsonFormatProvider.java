package org.schemadepartemental.io.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;
import org.schemadepartemental.io.spi.SchemaReader;
import org.schemadepartemental.io.spi.SchemaWriter;

/**
 * The canonical JSON format, id {@code json}: every field of the model, versioned by {@code
 * formatVersion}, described by the JSON Schema of {@link PlanJson}. Reading reports unknown
 * fields as warnings with their JSON pointer, or rejects them when {@link
 * org.schemadepartemental.io.ReadOptions.UnknownFields#REJECT} is asked.
 */
public final class JsonFormatProvider implements FormatProvider {

  /** The format id. */
  public static final String ID = "json";

  private static final SchemaReader READER = JsonPlanReader::read;
  private static final SchemaWriter WRITER = (schema, out, options) -> {
    try {
      JsonPlanWriter.write(schema, out, options.pretty());
    } catch (StreamConstraintsException e) {
      throw new SchemaWriteException("cannot write JSON: the plan nests deeper than " + ReadLimits.MAX_NESTING_DEPTH
          + " = " + ReadLimits.defaults().maxNestingDepth() + " levels (lists of items within items), which readers refuse", e);
    } catch (IOException e) {
      throw new SchemaWriteException("cannot write JSON: " + e.getMessage(), e);
    }
  };

  /** The provider, as {@code ServiceLoader} creates it. */
  public JsonFormatProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Canonical JSON: every field of the plan, lossless and versioned (formatVersion "
        + PlanJson.FORMAT_VERSION + ")";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String mediaType() {
    return PlanJson.MEDIA_TYPE;
  }

  /**
   * 0.95 for a JSON object declaring a {@code formatVersion} and this format's schema or {@code
   * orientations}; 0.6 for any other JSON object; 0.5 for a {@code .json} name alone.
   */
  @Override
  public double sniff(ContentSample sample) {
    double byName = sample.hasExtension(extensions()) ? 0.5 : 0.0;
    String head = sample.headText().stripLeading();
    if (!head.startsWith("{")) {
      return byName;
    }
    boolean ours = head.contains("\"formatVersion\"")
        && (head.contains(PlanJson.SCHEMA_ID) || head.contains("\"orientations\""));
    return ours ? 0.95 : Math.max(byName, 0.6);
  }

  @Override
  public Optional<SchemaReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<SchemaWriter> writer() {
    return Optional.of(WRITER);
  }
}
