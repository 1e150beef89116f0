package org.schemadepartemental.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.SchemaArbitraries;
import org.schemadepartemental.io.RichPlans;
import org.schemadepartemental.io.WriteOptions;

/**
 * The JSON Schema is the published contract: the copy in the docs is the one in the jar, and
 * it describes every property and enum value the writer emits, and nothing it never emits.
 */
class JsonSchemaContractTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFormatProvider JSON = new JsonFormatProvider();

  private static JsonNode schema() throws IOException {
    return MAPPER.readTree(PlanJson.jsonSchema());
  }

  private static JsonNode written(Schema plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writer().orElseThrow().write(plan, out, WriteOptions.defaults());
    return MAPPER.readTree(out.toByteArray());
  }

  @Test
  void theDocsCopyIsTheJarCopy() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "schema-v1.json"), StandardCharsets.UTF_8);

    assertThat(docs).isEqualTo(PlanJson.jsonSchema());
  }

  @Test
  void theSchemaIsDraft202012AndItsIdIsTheOneWritten() throws IOException {
    JsonNode schema = schema();

    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo(PlanJson.SCHEMA_ID);
    assertThat(written(RichPlans.everyField()).get("$schema").asText()).isEqualTo(PlanJson.SCHEMA_ID);
  }

  @Test
  void everyPropertyWrittenIsDescribedAndEveryPropertyDescribedIsWritten() throws IOException {
    JsonNode schema = schema();
    Set<String> seen = new TreeSet<>();

    walk(written(RichPlans.everyField()), schema, schema, "root", "", seen);

    assertThat(seen).containsExactlyInAnyOrderElementsOf(declaredProperties(schema));
  }

  @Provide
  Arbitrary<Schema> plans() {
    return SchemaArbitraries.schemas();
  }

  @Property(tries = 30, seed = "1618033988")
  void everyGeneratedPlanFitsTheSchema(@ForAll("plans") Schema plan) throws IOException {
    JsonNode schema = schema();
    walk(written(plan), schema, schema, "root", "", new TreeSet<>());
  }

  /** Checks a written value against its schema, recording each (definition, property) met. */
  private static void walk(JsonNode value, JsonNode node, JsonNode root, String def, String pointer, Set<String> seen) {
    JsonNode schema = node;
    String definition = def;
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      assertThat(ref).startsWith("#/$defs/");
      definition = ref.substring("#/$defs/".length());
      schema = root.get("$defs").get(definition);
      assertThat(schema).as("definition %s", ref).isNotNull();
    }
    if (schema.has("const")) {
      assertThat(value).as(pointer).isEqualTo(schema.get("const"));
    }
    if (schema.has("enum")) {
      assertThat(schema.get("enum")).as("%s: enum of %s", pointer, definition).contains(value);
    }
    if (schema.has("type")) {
      String type = schema.get("type").asText();
      boolean fits = switch (type) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isTextual();
        case "number" -> value.isNumber();
        case "integer" -> value.isIntegralNumber();
        case "boolean" -> value.isBoolean();
        default -> false;
      };
      assertThat(fits).as("%s: %s is a %s", pointer, value, type).isTrue();
    }
    if (value.isObject()) {
      JsonNode properties = schema.get("properties");
      if (properties == null) {
        fail(pointer + ": an object where the schema (" + definition + ") describes none");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode property = properties.get(field.getKey());
        if (property == null) {
          fail(pointer + "/" + field.getKey() + ": property '" + field.getKey() + "' not in the schema of " + definition);
        }
        seen.add(definition + "." + field.getKey());
        walk(field.getValue(), property, root, definition + "." + field.getKey(), pointer + "/" + field.getKey(), seen);
      }
      if (schema.has("required")) {
        schema.get("required").forEach(r -> assertThat(value.has(r.asText()))
            .as("%s: required property %s", pointer, r.asText()).isTrue());
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.get("items"), root, definition, pointer + "/" + i, seen);
      }
    }
  }

  private static Set<String> declaredProperties(JsonNode schema) {
    Set<String> declared = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(name -> declared.add("root." + name));
    schema.get("$defs").fields().forEachRemaining(def -> {
      if (def.getValue().has("properties")) {
        def.getValue().get("properties").fieldNames().forEachRemaining(name -> declared.add(def.getKey() + "." + name));
      }
    });
    return declared;
  }
}
