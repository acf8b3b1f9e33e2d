package org.yjtracker.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.StringReader;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Turns whatever a request ended in into the problem the client gets. Client mistakes become 4xx
 * with the field named; only a genuine server fault becomes 500, logged with an incident id that
 * the client is told, never a stack trace.
 */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Pattern UNKNOWN_ENUM =
      Pattern.compile("No enum constant [\\w.]*\\.(\\w+)\\.(\\S+)");
  private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  private Problems() {}

  public static Problem of(Throwable thrown) {
    // The database unreachable or rolling back for contention: 503 at once, never a hang or a 409.
    if (DatabaseTrouble.in(thrown)) {
      LOG.log(Level.WARNING, "Database trouble: {0}", String.valueOf(thrown));
      return DatabaseTrouble.problem(thrown);
    }
    Throwable cause = meaningfulCause(thrown);
    if (cause instanceof InvalidInputException invalid) {
      return Problem.validation(invalid.errors());
    }
    if (cause instanceof ConstraintViolationException violations) {
      return Problem.validation(fieldErrors(violations));
    }
    if (cause instanceof ConflictException conflict) {
      var problem = Problem.of(409, "Conflict", conflict.getMessage());
      if (conflict.field() != null) {
        problem =
            new Problem(
                problem.type(),
                problem.title(),
                409,
                conflict.getMessage(),
                List.of(new FieldError(conflict.field(), conflict.getMessage())),
                null);
      }
      return conflict.current() == null ? problem : problem.withCurrent(toJson(conflict.current()));
    }
    if (cause instanceof OptimisticLockException) {
      return Problem.of(
          409,
          "Conflict",
          "Someone else changed this record while you were editing it. Reload it and apply your"
              + " change again.");
    }
    if (cause instanceof SQLIntegrityConstraintViolationException) {
      return Problem.of(409, "Conflict", "This change clashes with a record that already exists.");
    }
    if (cause instanceof JsonbException
        || cause instanceof jakarta.json.JsonException
        || cause instanceof ProcessingException
        || isEmptyBody(cause)) {
      return unreadableBody(cause);
    }
    if (cause instanceof NotAllowedException notAllowed) {
      return Problem.of(405, "Method not allowed", notAllowed.getMessage());
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status < 500) {
        return Problem.of(status, reason(status), clientMessage(web, status));
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, thrown);
    return Problem.of(
        500,
        "Internal server error",
        "Something went wrong on our side. Quote incident " + incident + " if you report it.");
  }

  /**
   * Container and transaction wrappers hide the exception that says what went wrong; a JAX-RS
   * exception may itself wrap the more telling JSON-B one.
   */
  static Throwable meaningfulCause(Throwable thrown) {
    WebApplicationException web = null;
    Throwable current = thrown;
    for (int depth = 0; current != null && depth < 12; depth++) {
      if (current instanceof InvalidInputException
          || current instanceof ConflictException
          || current instanceof ConstraintViolationException
          || current instanceof OptimisticLockException
          || current instanceof SQLIntegrityConstraintViolationException
          || current instanceof JsonbException
          || current instanceof jakarta.json.JsonException) {
        return current;
      }
      if (web == null && current instanceof WebApplicationException found) {
        web = found;
      }
      current = current.getCause();
    }
    return web != null ? web : thrown;
  }

  static List<FieldError> fieldErrors(ConstraintViolationException violations) {
    return violations.getConstraintViolations().stream()
        .map(v -> new FieldError(fieldName(v), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }

  /** "create.input.name" -> "name"; "list.size" (a query parameter) -> "size". */
  static String fieldName(ConstraintViolation<?> violation) {
    List<String> parts = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
        case PARAMETER -> parameter = node.getName();
        default -> {
          String name =
              node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
          if (node.getIndex() != null && !parts.isEmpty()) {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
          }
          if (!name.isEmpty()) {
            parts.add(name);
          }
        }
      }
    }
    if (!parts.isEmpty()) {
      return String.join(".", parts);
    }
    return parameter == null ? "body" : parameter;
  }

  private static Problem unreadableBody(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    var enumValue = UNKNOWN_ENUM.matcher(message);
    if (enumValue.find()) {
      return Problem.validation(
          List.of(
              new FieldError(
                  "body",
                  "'" + enumValue.group(2) + "' is not a known " + words(enumValue.group(1)))));
    }
    String valueMessage = "has a value of the wrong type or format";
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof StrictScalars.ValueException strict) {
        valueMessage = strict.getMessage();
      }
    }
    // The innermost property named is the field itself, outer ones are the objects around it.
    String field = null;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      var matcher = JSON_PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (matcher.find()) {
        field = matcher.group(1);
      }
    }
    if (field != null) {
      return Problem.validation(List.of(new FieldError(field, valueMessage)));
    }
    return Problem.validation(List.of(new FieldError("body", bodyMessage(cause))));
  }

  /** Why a body as a whole could not be read, in words; parser details only where they help. */
  private static String bodyMessage(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof jakarta.ws.rs.core.NoContentException) {
        return "is empty: send a JSON object";
      }
      if (t instanceof jakarta.json.stream.JsonParsingException parsing) {
        return "is not valid JSON (" + firstLine(String.valueOf(parsing.getMessage())) + ")";
      }
      if (t instanceof java.nio.charset.CharacterCodingException
          || t instanceof java.io.CharConversionException) {
        return "is not valid UTF-8";
      }
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (message.contains("Cannot auto-detect encoding")) {
      return "is empty or too short to be JSON: send a JSON object";
    }
    if (message.contains("Incorrect position") || message.contains("Internal error: null")) {
      return "must be a JSON object";
    }
    return "is not valid JSON for this request"
        + (message.isBlank() ? "" : " (" + firstLine(message) + ")");
  }

  /** JAX-RS answers an empty body for an entity parameter with a 400 caused by NoContent. */
  private static boolean isEmptyBody(Throwable cause) {
    return cause instanceof WebApplicationException
        && cause.getCause() instanceof jakarta.ws.rs.core.NoContentException;
  }

  /** "OrganisationKind" -> "organisation kind". */
  static String words(String typeName) {
    return typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String clientMessage(WebApplicationException web, int status) {
    String message = web.getMessage();
    if (message == null || message.startsWith("HTTP ")) {
      return switch (status) {
        case 401 -> "Sign in to use this.";
        case 403 -> "You do not have permission to do this.";
        case 404 -> "There is nothing here.";
        case 406 -> "This resource cannot produce the media type you asked for.";
        case 415 -> "This resource does not accept that content type.";
        default -> reason(status);
      };
    }
    return message;
  }

  private static String reason(int status) {
    if (status == 422) {
      return "Unprocessable content"; // not in the JAX-RS 3.1 status list
    }
    var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
    return known == null ? "Client error" : known.getReasonPhrase();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  private static JsonObject toJson(Object value) {
    if (value instanceof JsonObject json) {
      return json;
    }
    try (var jsonb = JsonbBuilder.create();
        var reader = Json.createReader(new StringReader(jsonb.toJson(value)))) {
      return reader.readObject();
    } catch (Exception e) {
      return Json.createObjectBuilder().build();
    }
  }
}
