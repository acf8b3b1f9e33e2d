package org.yjtracker.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjtracker.testsupport.OpenApiOperations.Operation;

/**
 * Malformed requests for one operation, made from what /openapi says it takes: every property of
 * the request body with values of the wrong JSON type, out of range or oversized; bodies that are
 * not the object asked for, not JSON, truncated or not UTF-8; the wrong content type; path ids that
 * are not numbers, negative, huge or unknown; garbled query parameters.
 */
public final class MalformedRequests {

  static final String LONG_TEXT = "x".repeat(100_000);
  private static final List<String> BAD_IDS =
      List.of("abc", "-1", "4294967297", "99999999999999999999", "1.5", ApiWorld.UNKNOWN_ID);
  private static final List<String> BAD_CODES =
      List.of("NO-SUCH-CODE", "%C3%28", "..%2F..%2Fetc", "x".repeat(2000));
  private static final List<String> BAD_QUERY_VALUES =
      List.of("abc", "-1", "99999999999999999999", "1e309", "%C3%28");

  /**
   * One request. {@code mayBeAccepted}: a request that is odd but not wrong (an empty object where
   * every property is optional, a plain-text evidence file), which the application may take.
   */
  public record Probe(
      Operation operation,
      String path,
      String contentType,
      byte[] body,
      Map<String, String> headers,
      String what,
      boolean mayBeAccepted) {

    public String bodyExcerpt() {
      if (body == null) {
        return "(no body)";
      }
      String text = new String(body, StandardCharsets.UTF_8);
      return text.length() > 120
          ? text.substring(0, 120) + "... (" + body.length + " bytes)"
          : text;
    }

    @Override
    public String toString() {
      return operation.method() + " " + path + " [" + what + "] " + bodyExcerpt();
    }
  }

  private final OpenApiOperations api;
  private final Map<String, JsonObject> examples;

  /**
   * @param examples valid bodies by schema name, used as the base that each probe spoils in one
   *     place (so that the rest of the body gets past validation); other schemas get a base made
   *     from their property types
   */
  public MalformedRequests(OpenApiOperations api, Map<String, JsonObject> examples) {
    this.api = api;
    this.examples = examples;
  }

  /** Every malformed request for the operation; {@code ids} gives a real value per path param. */
  public List<Probe> of(Operation op, Function<String, String> ids) {
    var probes = new ArrayList<Probe>();
    String path = path(op, ids, null, null);
    Body valid = validBody(op);
    for (var parameter : op.pathCollections().keySet()) {
      String type =
          op.parameters().stream()
              .filter(p -> p.name().equals(parameter))
              .map(OpenApiOperations.Parameter::type)
              .findFirst()
              .orElse("any");
      List<String> values = type.equals("string") ? BAD_CODES : BAD_IDS;
      for (String value : values) {
        probes.add(
            valid.probe(
                op, path(op, ids, parameter, value), "path " + parameter + "=" + value, false));
      }
    }
    for (var query : op.query()) {
      for (String value : BAD_QUERY_VALUES) {
        probes.add(
            valid.probe(
                op, path + "?" + query.name() + "=" + value, "query " + query.name(), false));
      }
      // A repeated single-valued parameter: JAX-RS takes the first value (here a valid one), so the
      // operation may go ahead; what matters is that it never fails on the second.
      probes.add(
          valid.probe(
              op, path + "?" + query.name() + "=1&" + query.name() + "=abc", "query twice", true));
      // An empty value is as good as none: the operation may go ahead.
      probes.add(valid.probe(op, path + "?" + query.name() + "=", "query empty", true));
    }
    if (op.takesJson()) {
      json(op, path, probes);
    } else if (!op.bodies().isEmpty()) {
      raw(op, path, probes);
    }
    return probes;
  }

  private void json(Operation op, String path, List<Probe> probes) {
    JsonObject schema = op.bodies().get("application/json");
    JsonObject base = base(schema);
    byte[] baseBytes = base.toString().getBytes(StandardCharsets.UTF_8);
    for (String whole : List.of("null", "[]", "\"str\"", "123", "true", "[{}]", "1e309")) {
      probes.add(json(op, path, whole, "body " + whole, false));
    }
    probes.add(json(op, path, "{}", "body {}", true));
    String text = base.toString();
    probes.add(
        json(op, path, text.substring(0, Math.max(1, text.length() / 2)), "truncated", false));
    probes.add(json(op, path, "{", "unclosed", false));
    probes.add(json(op, path, "{\"a\":}", "no value", false));
    probes.add(json(op, path, "{,}", "stray comma", false));
    probes.add(json(op, path, "", "empty body", false));
    probes.add(json(op, path, text + " trailing", "trailing garbage", false));
    probes.add(json(op, path, "[".repeat(20_000) + "]".repeat(20_000), "deep nesting", false));
    probes.add(json(op, path, "{\"n\": NaN}", "NaN", false));
    probes.add(
        new Probe(
            op, path, "application/json", invalidUtf8(text), Map.of(), "invalid UTF-8", false));
    for (String type :
        List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      probes.add(new Probe(op, path, type, baseBytes, Map.of(), "content type " + type, false));
    }
    probes.add(new Probe(op, path, null, baseBytes, Map.of(), "no content type", false));
    for (var property : api.properties(schema).entrySet()) {
      for (var wrong : wrongValues(property.getValue()).entrySet()) {
        JsonObject spoilt =
            Json.createObjectBuilder(base).add(property.getKey(), wrong.getValue()).build();
        probes.add(
            json(op, path, spoilt.toString(), property.getKey() + " " + wrong.getKey(), false));
      }
      nested(op, path, base, property.getKey(), property.getValue(), probes);
    }
  }

  /** Properties of the objects in an array property (standards, recommendations, links, ...). */
  private void nested(
      Operation op,
      String path,
      JsonObject base,
      String name,
      JsonObject schema,
      List<Probe> probes) {
    if (!"array".equals(api.type(schema)) || !schema.containsKey("items")) {
      return;
    }
    JsonObject items = schema.getJsonObject("items");
    Map<String, JsonObject> properties = api.properties(items);
    if (properties.isEmpty()) {
      return;
    }
    JsonObject element = base(items);
    for (var property : properties.entrySet()) {
      // A few wrong values each: the binding of nested objects is the same as at the top.
      for (var wrong : wrongValues(property.getValue()).entrySet().stream().limit(3).toList()) {
        JsonObject spoilt =
            Json.createObjectBuilder(base)
                .add(
                    name,
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder(element)
                                .add(property.getKey(), wrong.getValue())))
                .build();
        probes.add(
            json(
                op,
                path,
                spoilt.toString(),
                name + "[0]." + property.getKey() + " " + wrong.getKey(),
                false));
      }
    }
  }

  private void raw(Operation op, String path, List<Probe> probes) {
    boolean anyType = op.bodies().containsKey("*/*");
    Map<String, String> named = anyType ? Map.of("X-File-Name", "evidence.pdf") : Map.of();
    List<String> types =
        anyType ? List.of("application/octet-stream") : List.copyOf(op.bodies().keySet());
    byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    byte[] zipGarbage =
        "PK\u0003\u0004 not really a spreadsheet".getBytes(StandardCharsets.ISO_8859_1);
    byte[] pdfGarbage =
        "%PDF-1.7\n1 0 obj << /Length 99999999 >> stream\n".getBytes(StandardCharsets.US_ASCII);
    for (String type : types) {
      probes.add(new Probe(op, path, type, new byte[0], named, "empty " + type, false));
      probes.add(new Probe(op, path, type, executable, named, "executable as " + type, false));
      probes.add(new Probe(op, path, type, zipGarbage, named, "broken zip as " + type, false));
      probes.add(new Probe(op, path, type, pdfGarbage, named, "broken PDF as " + type, anyType));
      probes.add(
          new Probe(
              op,
              path,
              type,
              invalidUtf8("Ref,Action\n1,x"),
              named,
              "invalid UTF-8 as " + type,
              anyType));
    }
    probes.add(
        new Probe(
            op,
            path,
            "application/json",
            "{}".getBytes(StandardCharsets.UTF_8),
            named,
            "JSON instead",
            false));
    probes.add(
        new Probe(
            op,
            path,
            "image/gif",
            "GIF89a".getBytes(StandardCharsets.US_ASCII),
            named,
            "unsupported type",
            anyType));
    probes.add(new Probe(op, path, null, zipGarbage, named, "no content type", false));
    if (anyType) {
      byte[] pdf = "%PDF-1.4 minutes".getBytes(StandardCharsets.US_ASCII);
      for (String name :
          List.of(
              "",
              "../../etc/passwd",
              "x".repeat(1000) + ".pdf",
              "no-extension",
              "a\"b.pdf",
              "broken%zzescape.pdf")) {
        probes.add(
            new Probe(
                op,
                path,
                types.get(0),
                pdf,
                Map.of("X-File-Name", name),
                "file name " + name,
                !name.isEmpty() && !name.contains("/") && !name.contains("%zz")));
      }
      probes.add(new Probe(op, path, types.get(0), pdf, Map.of(), "no file name", false));
    }
  }

  /** Wrong values for a property, by what its schema asks for. */
  Map<String, JsonValue> wrongValues(JsonObject schema) {
    Map<String, JsonValue> wrong = new LinkedHashMap<>();
    String type = api.type(schema);
    JsonObject resolved = api.resolve(schema);
    switch (type) {
      case "string" -> {
        wrong.put("number", number("123"));
        wrong.put("boolean", JsonValue.TRUE);
        wrong.put("object", JsonValue.EMPTY_JSON_OBJECT);
        wrong.put("array", Json.createArrayBuilder().add("a").build());
        wrong.put("100k characters", Json.createValue(LONG_TEXT));
        if (resolved.containsKey("enum") || resolved.containsKey("format")) {
          wrong.put("unknown value", Json.createValue("NOT-A-VALUE"));
        }
      }
      case "integer", "number" -> {
        wrong.put("string", Json.createValue("str"));
        wrong.put("digits as string", Json.createValue("1"));
        // Just past the declared range: int64 fields take 2^32+1, so they get 2^63.
        if ("int64".equals(resolved.getString("format", ""))) {
          wrong.put("2^63", number("9223372036854775808"));
        } else {
          wrong.put("2^32+1", number("4294967297"));
        }
        wrong.put("1e309", number("1e309"));
        wrong.put("boolean", JsonValue.TRUE);
        wrong.put("array", Json.createArrayBuilder().add(1).build());
        if ("integer".equals(type)) {
          wrong.put("fraction", number("1.5"));
        }
      }
      case "boolean" -> {
        wrong.put("string", Json.createValue("str"));
        wrong.put("boolean as string", Json.createValue("true"));
        wrong.put("number", number("1"));
        wrong.put("array", JsonValue.EMPTY_JSON_ARRAY);
      }
      case "array" -> {
        wrong.put("string", Json.createValue("str"));
        wrong.put("number", number("123"));
        wrong.put("object", JsonValue.EMPTY_JSON_OBJECT);
        wrong.put("[null]", Json.createArrayBuilder().addNull().build());
        wrong.put("[1e309]", Json.createArrayBuilder().add(number("1e309")).build());
        wrong.put("[true]", Json.createArrayBuilder().add(true).build());
        wrong.put("[{}]", Json.createArrayBuilder().add(JsonValue.EMPTY_JSON_OBJECT).build());
        wrong.put("[\"str\"]", Json.createArrayBuilder().add("str").build());
      }
      case "object" -> {
        wrong.put("string", Json.createValue("str"));
        wrong.put("number", number("123"));
        wrong.put("array", JsonValue.EMPTY_JSON_ARRAY);
        wrong.put("boolean", JsonValue.TRUE);
      }
      default -> {
        wrong.put("100k characters", Json.createValue(LONG_TEXT));
        wrong.put("1e309", number("1e309"));
      }
    }
    // Some wrong values are right for some items ([1e309] is a number; ["str"] a string array).
    if ("array".equals(type) && schema.containsKey("items")) {
      String items = api.type(schema.getJsonObject("items"));
      if (items.equals("string")) {
        wrong.remove("[\"str\"]");
      }
      if (items.equals("object")) {
        wrong.remove("[{}]");
      }
    }
    return wrong;
  }

  /** A body the schema allows: the registered example, else one value of the right type each. */
  JsonObject base(JsonObject schema) {
    String ref = schema.containsKey("$ref") ? schema.getString("$ref") : "";
    JsonObject example = examples.get(ref.substring(ref.lastIndexOf('/') + 1));
    if (example != null) {
      return example;
    }
    JsonObjectBuilder body = Json.createObjectBuilder();
    api.properties(schema).forEach((name, property) -> body.add(name, sample(property)));
    return body.build();
  }

  private JsonValue sample(JsonObject schema) {
    JsonObject resolved = api.resolve(schema);
    if (resolved.containsKey("enum") && !resolved.getJsonArray("enum").isEmpty()) {
      return resolved.getJsonArray("enum").get(0);
    }
    return switch (api.type(schema)) {
      case "string" ->
          Json.createValue("date".equals(resolved.getString("format", "")) ? "2027-01-31" : "fuzz");
      case "integer", "number" -> Json.createValue(1);
      case "boolean" -> JsonValue.FALSE;
      case "array" -> JsonValue.EMPTY_JSON_ARRAY;
      default -> JsonValue.EMPTY_JSON_OBJECT;
    };
  }

  private Body validBody(Operation op) {
    if (op.takesJson()) {
      return new Body(
          "application/json",
          base(op.bodies().get("application/json")).toString().getBytes(StandardCharsets.UTF_8),
          Map.of());
    }
    if (op.bodies().isEmpty()) {
      return new Body(null, null, Map.of());
    }
    String type = op.bodies().keySet().iterator().next();
    return type.equals("*/*")
        ? new Body(
            "application/octet-stream",
            "%PDF-1.4 minutes".getBytes(StandardCharsets.US_ASCII),
            Map.of("X-File-Name", "evidence.pdf"))
        : new Body(type, "Ref,Action\n".getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private record Body(String contentType, byte[] bytes, Map<String, String> headers) {
    Probe probe(Operation op, String path, String what, boolean mayBeAccepted) {
      return new Probe(op, path, contentType, bytes, headers, what, mayBeAccepted);
    }
  }

  private static Probe json(Operation op, String path, String body, String what, boolean may) {
    return new Probe(
        op, path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(), what, may);
  }

  private static String path(
      Operation op, Function<String, String> ids, String spoilt, String value) {
    String path = op.path();
    for (String parameter : op.pathCollections().keySet()) {
      String id = parameter.equals(spoilt) ? value : ids.apply(parameter);
      path = path.replace("{" + parameter + "}", id);
    }
    return path;
  }

  private static JsonValue number(String literal) {
    return Json.createValue(new java.math.BigDecimal(literal));
  }

  /** The text with a byte sequence that is not UTF-8 inside its first string value. */
  private static byte[] invalidUtf8(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int quote = text.indexOf('"');
    int at = quote < 0 ? 0 : text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8).length;
    var out = new ByteArrayOutputStream();
    out.write(utf8, 0, at);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
    out.write(utf8, at, utf8.length - at);
    return out.toByteArray();
  }
}
