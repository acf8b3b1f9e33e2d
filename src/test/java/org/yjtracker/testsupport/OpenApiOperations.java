package org.yjtracker.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations the running application lists at /openapi, read at run time so that tests walking
 * the API cover a new endpoint without being edited.
 */
public final class OpenApiOperations {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");
  private static final Pattern PATH_PARAMETER = Pattern.compile("([^/{}]+)/\\{([^}]+)}");

  private final JsonObject document;
  private final List<Operation> operations = new ArrayList<>();

  /** One operation: its method, path template, tag, parameters and request body, if any. */
  public record Operation(
      String method,
      String path,
      String tag,
      List<Parameter> parameters,
      Map<String, JsonObject> bodies) {

    public boolean writes() {
      return WRITES.contains(method);
    }

    public boolean takesJson() {
      return bodies.containsKey("application/json");
    }

    /** Path parameters with the collection each follows: {id} in /plans/{id} follows "plans". */
    public Map<String, String> pathCollections() {
      Map<String, String> collections = new LinkedHashMap<>();
      Matcher m = PATH_PARAMETER.matcher(path);
      while (m.find()) {
        collections.put(m.group(2), m.group(1));
      }
      return collections;
    }

    public List<Parameter> query() {
      return parameters.stream().filter(p -> p.in().equals("query")).toList();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A path, query or header parameter with its schema type (string, integer, number, ...). */
  public record Parameter(String name, String in, String type) {}

  private OpenApiOperations(JsonObject document) {
    this.document = document;
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, op) -> {
                          if (METHODS.contains(method)) {
                            operations.add(operation(method, path, op.asJsonObject()));
                          }
                        }));
  }

  public static OpenApiOperations of(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return new OpenApiOperations(reader.readObject());
    }
  }

  public static OpenApiOperations read(Api anybody) {
    var reply = anybody.send("GET", "/openapi", null, Map.of("Accept", "application/json"));
    if (reply.status() != 200) {
      throw new AssertionError("GET /openapi: " + reply);
    }
    return of(reply.text());
  }

  public List<Operation> all() {
    return List.copyOf(operations);
  }

  public List<Operation> writes() {
    return operations.stream().filter(Operation::writes).toList();
  }

  /** A schema with a $ref replaced by what it refers to (one level). */
  public JsonObject resolve(JsonObject schema) {
    if (schema == null || !schema.containsKey("$ref")) {
      return schema;
    }
    String ref = schema.getString("$ref");
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    JsonObject target =
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    if (target == null) {
      throw new AssertionError("/openapi refers to a schema it lacks: " + ref);
    }
    return target;
  }

  /** The properties of an object schema, each resolved; empty for anything else. */
  public Map<String, JsonObject> properties(JsonObject schema) {
    JsonObject resolved = resolve(schema);
    Map<String, JsonObject> properties = new LinkedHashMap<>();
    if (resolved != null && resolved.containsKey("properties")) {
      resolved
          .getJsonObject("properties")
          .forEach((name, s) -> properties.put(name, resolve(s.asJsonObject())));
    }
    return properties;
  }

  /** The JSON type a schema asks for: "string", "integer", "number", "boolean", "array", ... */
  public String type(JsonObject schema) {
    JsonObject resolved = resolve(schema);
    if (resolved == null) {
      return "any";
    }
    if (resolved.containsKey("type")) {
      return resolved.getString("type");
    }
    if (resolved.containsKey("enum")) {
      return "string";
    }
    return resolved.containsKey("properties") ? "object" : "any";
  }

  private static Operation operation(String method, String path, JsonObject op) {
    String tag =
        op.containsKey("tags") && !op.getJsonArray("tags").isEmpty()
            ? op.getJsonArray("tags").getString(0)
            : null;
    List<Parameter> parameters = new ArrayList<>();
    if (op.containsKey("parameters")) {
      for (JsonValue p : op.getJsonArray("parameters")) {
        JsonObject parameter = p.asJsonObject();
        JsonObject schema = parameter.getJsonObject("schema");
        parameters.add(
            new Parameter(
                parameter.getString("name"),
                parameter.getString("in"),
                schema != null && schema.containsKey("type") ? schema.getString("type") : "any"));
      }
    }
    Map<String, JsonObject> bodies = new LinkedHashMap<>();
    if (op.containsKey("requestBody")) {
      JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
      if (content != null) {
        content.forEach(
            (type, media) -> {
              JsonObject schema = media.asJsonObject().getJsonObject("schema");
              bodies.put(type, schema == null ? JsonValue.EMPTY_JSON_OBJECT : schema);
            });
      }
    }
    return new Operation(method.toUpperCase(), path, tag, List.copyOf(parameters), bodies);
  }
}
