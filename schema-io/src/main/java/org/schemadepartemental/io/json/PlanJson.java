package org.schemadepartemental.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The contract of the canonical JSON format: its version, the id of its JSON Schema and where
 * the schema is found. See {@code docs/formats.md} for the field by field description.
 */
public final class PlanJson {

  /** The version written in {@code formatVersion}; a reader refuses any other. */
  public static final int FORMAT_VERSION = 1;

  /** The {@code $schema} written at the top of every document: the {@code $id} of the JSON Schema. */
  public static final String SCHEMA_ID = "https://schemadepartemental.org/schema/plan-v1.json";

  /** The class path resource holding the JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/org/schemadepartemental/io/json/schema-v1.json";

  /** The media type of the format. */
  public static final String MEDIA_TYPE = "application/json";

  private PlanJson() {}

  /** The JSON Schema (draft 2020-12) of the format, as shipped in this jar. */
  public static String jsonSchema() {
    try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema " + SCHEMA_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
