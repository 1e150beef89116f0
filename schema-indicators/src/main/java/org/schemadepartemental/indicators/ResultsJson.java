package org.schemadepartemental.indicators;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.internal.JacksonLimits;

/**
 * The JSON form of an {@link IndicatorReport}, and reading it back (exactly: {@code
 * read(write(report))} equals {@code report}, except a status vocabulary set on the context,
 * which is not written).
 *
 * <pre>{@code
 * {
 *   "formatVersion" : 1,
 *   "plan" : { "id" : "orne-2017-2021", "title" : "Schéma enfance famille" },
 *   "asOf" : "2020-06-30",
 *   "territory" : "Alençon",                    // only when set
 *   "options" : { "indicator-coverage.max-age-months" : "12" },
 *   "calculators" : [ {
 *     "id" : "progress", "description" : "…", "failed" : false,
 *     "results" : [ {
 *       "calculator" : "progress", "metric" : "progress",
 *       "scope" : { "level" : "FICHE", "plan" : "orne-2017-2021", "orientation" : "3", "fiche" : "fa-10" },
 *       "valueType" : "decimal", "value" : 62.5, "unit" : "%",
 *       "explanation" : "plain average of 4 sous-actions valued, 0 missing"
 *     } ]
 *   } ]
 * }
 * }</pre>
 *
 * <p>{@code valueType} is {@code decimal} (value a JSON number, exact), {@code code} (value the
 * code, plus {@code label}), {@code text}, {@code undefined} (value null) or {@code failed}
 * (value null, plus {@code error: {type, message}}). Scope members other than {@code level} and
 * {@code plan} appear only when set; {@code period} is written {@code 2019}, {@code 2019-S1},
 * {@code 2019-Q2} or {@code 2019-06}.
 *
 * @since 0.1
 */
public final class ResultsJson {
  /** The version of the layout written; a reader refuses others. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Readers and writers are immutable: the mapper they come from is configured once and not kept.
  private static final ObjectWriter WRITER;
  private static final ObjectReader READER;

  /** Beyond this scale or number of integer digits a value is refused: printing it plain would take gigabytes. */
  private static final int MAX_DECIMAL_MAGNITUDE = 1_000;

  static {
    // The library's own factory with the read limits of schema-io, never Jackson's global defaults.
    ReadLimits limits = ReadLimits.defaults();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(JacksonLimits.readConstraints(limits))
        .streamWriteConstraints(JacksonLimits.writeConstraints(limits))
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
    WRITER = mapper.writer();
    READER = mapper.reader();
  }

  private ResultsJson() {}

  /** The report as JSON text. */
  public static String write(IndicatorReport report) {
    try {
      return WRITER.writeValueAsString(toTree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IndicatorsException("cannot write the results of plan " + report.planId() + " as JSON", e);
    }
  }

  /** Writes the report as JSON (UTF-8) to a stream, which is left open. */
  public static void write(IndicatorReport report, OutputStream out) {
    write(report, new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Writes the report as JSON to a writer, which is left open. */
  public static void write(IndicatorReport report, Writer out) {
    try {
      WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, toTree(report));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new IndicatorsException("cannot write the results of plan " + report.planId() + " as JSON", e);
    }
  }

  /**
   * Reads a report written by {@link #write}.
   *
   * @param source the name of the input, for error messages
   * @throws IndicatorsException naming the JSON pointer and what was expected, when it is not one
   */
  public static IndicatorReport read(InputStream in, String source) {
    try {
      return fromTree(READER.readTree(in), source);
    } catch (IOException e) {
      throw new IndicatorsException(source + ": not readable as JSON: " + describe(e), e);
    }
  }

  /** Reads a report from JSON text; see {@link #read(InputStream, String)}. */
  public static IndicatorReport read(String json, String source) {
    try {
      return fromTree(READER.readTree(json), source);
    } catch (IOException e) {
      throw new IndicatorsException(source + ": not readable as JSON: " + describe(e), e);
    }
  }

  private static ObjectNode toTree(IndicatorReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode plan = root.putObject("plan");
    plan.put("id", report.planId());
    plan.put("title", report.planTitle());
    EvaluationContext c = report.context();
    root.put("asOf", c.asOf().toString());
    c.territory().ifPresent(t -> root.put("territory", t));
    ObjectNode options = root.putObject("options");
    c.options().forEach(options::put);
    ArrayNode calculators = root.putArray("calculators");
    for (CalculatorRun run : report.runs()) {
      ObjectNode node = calculators.addObject();
      node.put("id", run.calculatorId());
      node.put("description", run.description());
      node.put("failed", run.failed());
      ArrayNode results = node.putArray("results");
      for (IndicatorResult r : run.results()) {
        results.add(toTree(r));
      }
    }
    return root;
  }

  private static ObjectNode toTree(IndicatorResult r) {
    ObjectNode node = NODES.objectNode();
    node.put("calculator", r.calculatorId());
    node.put("metric", r.metric());
    ObjectNode scope = node.putObject("scope");
    Scope s = r.scope();
    scope.put("level", s.level().name());
    scope.put("plan", s.planId());
    s.orientation().ifPresent(v -> scope.put("orientation", v));
    s.fiche().ifPresent(v -> scope.put("fiche", v));
    s.sousAction().ifPresent(v -> scope.put("sousAction", v));
    s.indicator().ifPresent(v -> scope.put("indicator", v));
    s.actor().ifPresent(v -> scope.put("actor", v));
    s.territory().ifPresent(v -> scope.put("territory", v));
    s.period().ifPresent(v -> scope.put("period", v.toString()));
    node.put("valueType", r.value().type());
    ResultValue v = r.value();
    if (v instanceof ResultValue.Decimal d) {
      node.put("value", d.amount());
    } else if (v instanceof ResultValue.Code c) {
      node.put("value", c.code());
      node.put("label", c.label());
    } else if (v instanceof ResultValue.Text t) {
      node.put("value", t.text());
    } else if (v instanceof ResultValue.Failed f) {
      node.putNull("value");
      ObjectNode error = node.putObject("error");
      error.put("type", f.errorType());
      error.put("message", f.message());
    } else {
      node.putNull("value");
    }
    r.unit().ifPresent(u -> node.put("unit", u));
    node.put("explanation", r.explanation());
    return node;
  }

  private static IndicatorReport fromTree(JsonNode root, String source) {
    Reader r = new Reader(source);
    r.object(root, "");
    int version = r.integer(root, "", "formatVersion");
    if (version != FORMAT_VERSION) {
      throw r.error("/formatVersion", "format version " + FORMAT_VERSION + ", got " + version);
    }
    JsonNode plan = r.object(root.get("plan"), "/plan");
    LocalDate asOf = r.parsed(root, "", "asOf", LocalDate::parse, "a date such as 2020-06-30");
    EvaluationContext.Builder context = EvaluationContext.builder(asOf);
    r.optionalText(root, "", "territory").ifPresent(context::territory);
    JsonNode options = root.get("options");
    if (options != null) {
      r.object(options, "/options");
      for (Map.Entry<String, JsonNode> e : options.properties()) {
        context.option(e.getKey(), r.textValue(e.getValue(), "/options/" + escape(e.getKey())));
      }
    }
    List<CalculatorRun> runs = new ArrayList<>();
    JsonNode calculators = r.array(root.get("calculators"), "/calculators");
    for (int i = 0; i < calculators.size(); i++) {
      String at = "/calculators/" + i;
      JsonNode node = r.object(calculators.get(i), at);
      List<IndicatorResult> results = new ArrayList<>();
      JsonNode list = r.array(node.get("results"), at + "/results");
      for (int j = 0; j < list.size(); j++) {
        results.add(result(r, r.object(list.get(j), at + "/results/" + j), at + "/results/" + j));
      }
      runs.add(new CalculatorRun(r.text(node, at, "id"), r.text(node, at, "description"), results));
    }
    return new IndicatorReport(r.text(plan, "/plan", "id"), r.text(plan, "/plan", "title"), context.build(), runs);
  }

  private static IndicatorResult result(Reader r, JsonNode node, String at) {
    JsonNode s = r.object(node.get("scope"), at + "/scope");
    String scopeAt = at + "/scope";
    ScopeLevel level = r.parsed(s, scopeAt, "level", ScopeLevel::valueOf,
        "one of PLAN, ORIENTATION, FICHE, SOUS_ACTION, INDICATOR, ACTOR");
    Scope scope;
    try {
      scope = new Scope(level, r.text(s, scopeAt, "plan"), r.optionalText(s, scopeAt, "orientation"),
          r.optionalText(s, scopeAt, "fiche"), r.optionalText(s, scopeAt, "sousAction"),
          r.optionalText(s, scopeAt, "indicator"), r.optionalText(s, scopeAt, "actor"),
          r.optionalText(s, scopeAt, "territory"),
          r.optionalText(s, scopeAt, "period").map(p -> r.parse(p, scopeAt + "/period", CalendarPeriod::parse,
              "a period such as 2019, 2019-S1, 2019-Q2 or 2019-06")));
    } catch (IllegalArgumentException e) {
      throw r.error(scopeAt, "a scope with the id its level needs (" + e.getMessage() + ")");
    }
    String type = r.text(node, at, "valueType");
    JsonNode v = node.get("value");
    ResultValue value = switch (type) {
      case "decimal" -> {
        if (v == null || !v.isNumber()) {
          throw r.error(at + "/value", "a number");
        }
        BigDecimal d = v.decimalValue();
        if (Math.abs(d.scale()) > MAX_DECIMAL_MAGNITUDE || d.precision() - d.scale() > MAX_DECIMAL_MAGNITUDE) {
          throw r.error(at + "/value", "a number with at most " + MAX_DECIMAL_MAGNITUDE + " digits before or after the point");
        }
        yield ResultValue.decimal(d);
      }
      case "code" -> ResultValue.code(r.text(node, at, "value"), r.text(node, at, "label"));
      case "text" -> ResultValue.text(r.text(node, at, "value"));
      case "undefined" -> ResultValue.undefined();
      case "failed" -> {
        JsonNode error = r.object(node.get("error"), at + "/error");
        yield new ResultValue.Failed(r.text(error, at + "/error", "type"), r.textValue(error.get("message"),
            at + "/error/message"));
      }
      default -> throw r.error(at + "/valueType", "decimal, code, text, undefined or failed, got '" + type + "'");
    };
    return new IndicatorResult(r.text(node, at, "calculator"), r.text(node, at, "metric"), scope, value,
        r.optionalText(node, at, "unit"), r.text(node, at, "explanation"));
  }

  /** "Unexpected character … at line 3, column 7" for a syntax error; the message otherwise. */
  private static String describe(IOException e) {
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      return jpe.getOriginalMessage() + " at line " + jpe.getLocation().getLineNr() + ", column "
          + jpe.getLocation().getColumnNr();
    }
    return e.getMessage();
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** Checked access to a tree, with errors naming the source and JSON pointer. */
  private record Reader(String source) {
    IndicatorsException error(String pointer, String expected) {
      return new IndicatorsException(source + "#" + (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected);
    }

    JsonNode object(JsonNode node, String at) {
      if (node == null || !node.isObject()) {
        throw error(at, "an object");
      }
      return node;
    }

    JsonNode array(JsonNode node, String at) {
      if (node == null || !node.isArray()) {
        throw error(at, "an array");
      }
      return node;
    }

    String textValue(JsonNode node, String at) {
      if (node == null || !node.isTextual()) {
        throw error(at, "a string");
      }
      return node.textValue();
    }

    String text(JsonNode parent, String at, String field) {
      String value = textValue(parent.get(field), at + "/" + field);
      if (value.isBlank()) {
        throw error(at + "/" + field, "a non-blank string");
      }
      return value;
    }

    Optional<String> optionalText(JsonNode parent, String at, String field) {
      JsonNode node = parent.get(field);
      return node == null || node.isNull() ? Optional.empty() : Optional.of(textValue(node, at + "/" + field));
    }

    int integer(JsonNode parent, String at, String field) {
      JsonNode node = parent.get(field);
      if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
        throw error(at + "/" + field, "a whole number");
      }
      return node.intValue();
    }

    <T> T parsed(JsonNode parent, String at, String field, Function<String, T> parser, String expected) {
      return parse(text(parent, at, field), at + "/" + field, parser, expected);
    }

    <T> T parse(String text, String at, Function<String, T> parser, String expected) {
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw error(at, expected + ", got '" + text + "'");
      }
    }
  }
}
