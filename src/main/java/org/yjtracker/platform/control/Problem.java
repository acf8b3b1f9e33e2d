package org.yjtracker.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** An RFC 9457 problem detail, the one body every client error of the tracker carries. */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    JsonObject current) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, List.of(), null);
  }

  public static Problem validation(List<FieldError> errors) {
    return new Problem(
        "urn:yjtracker:problem:validation",
        "Invalid input",
        400,
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid",
        errors,
        null);
  }

  public Problem withCurrent(JsonObject current) {
    return new Problem(type, title, status, detail, errors, current);
  }

  private static String typeFor(int status) {
    return switch (status) {
      case 401 -> "urn:yjtracker:problem:unauthenticated";
      case 403 -> "urn:yjtracker:problem:forbidden";
      case 404 -> "urn:yjtracker:problem:not-found";
      case 409 -> "urn:yjtracker:problem:conflict";
      case 413 -> "urn:yjtracker:problem:too-large";
      case 429 -> "urn:yjtracker:problem:too-many-requests";
      default -> "about:blank";
    };
  }

  /**
   * Answers a servlet request with this problem, for the places outside JAX-RS (filters, the
   * authentication mechanism, error pages) where no exception mapper runs.
   */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(toJson().toString());
  }

  public JsonObject toJson() {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      var list = Json.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  Json.createObjectBuilder()
                      .add("field", e.field() == null ? "" : e.field())
                      .add("message", e.message())));
      body.add("errors", list);
    }
    if (current != null) {
      body.add("current", current);
    }
    return body.build();
  }
}
