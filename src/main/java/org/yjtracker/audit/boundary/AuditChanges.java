package org.yjtracker.audit.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjtracker.access.entity.Role;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.web.control.Display;

/**
 * What an audit entry changed, as a person reads it: each field whose value differs (every field of
 * a record added or deleted), its name in words, values with labels instead of codes, dates in
 * words, references by name, and nothing as "(none)".
 */
public final class AuditChanges {

  /** One field that changed: its name in words, and its value before and after ("" if none). */
  public record Change(String field, String before, String after) {}

  private static final Map<String, String> LABELS = new HashMap<>();

  static {
    Arrays.stream(OrganisationKind.values()).forEach(k -> LABELS.put(k.name(), k.label()));
    Arrays.stream(Region.values()).forEach(r -> LABELS.put(r.name(), r.label()));
    Arrays.stream(Role.values()).forEach(r -> LABELS.put(r.name(), r.label()));
  }

  private AuditChanges() {}

  /** The fields that differ between the two states (null or JSON null: no state). */
  public static List<Change> between(JsonValue before, JsonValue after) {
    JsonObject was = asObject(before);
    JsonObject now = asObject(after);
    Set<String> fields = new LinkedHashSet<>();
    fields.addAll(was.keySet());
    fields.addAll(now.keySet());
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      JsonValue old = was.getOrDefault(field, JsonValue.NULL);
      JsonValue current = now.getOrDefault(field, JsonValue.NULL);
      if (!Objects.equals(old, current)) {
        changes.add(
            new Change(
                fieldLabel(field),
                isState(before) ? readable(old) : "",
                isState(after) ? readable(current) : ""));
      }
    }
    return changes;
  }

  /** "boardOfId" reads "Board of id", "servesIds" reads "Serves ids". */
  public static String fieldLabel(String name) {
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A value as a person reads it. */
  public static String readable(JsonValue value) {
    if (value == null) {
      return "(none)";
    }
    return switch (value.getValueType()) {
      case NULL -> "(none)";
      case TRUE -> "Yes";
      case FALSE -> "No";
      case NUMBER -> ((JsonNumber) value).toString();
      case STRING -> text(((JsonString) value).getString());
      case ARRAY -> {
        var items = value.asJsonArray();
        yield items.isEmpty()
            ? "(none)"
            : items.stream().map(AuditChanges::readable).collect(Collectors.joining(", "));
      }
      case OBJECT -> reference(value.asJsonObject());
    };
  }

  private static String reference(JsonObject object) {
    for (String key : List.of("name", "displayName", "title", "email")) {
      if (object.get(key) instanceof JsonString named) {
        return named.getString();
      }
    }
    if (object.containsKey("id")) {
      return "#" + object.get("id");
    }
    return object.entrySet().stream()
        .map(e -> fieldLabel(e.getKey()) + ": " + readable(e.getValue()))
        .collect(Collectors.joining("; "));
  }

  private static String text(String value) {
    if (value.isEmpty()) {
      return "(none)";
    }
    String label = LABELS.get(value);
    if (label != null) {
      return label;
    }
    if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      try {
        return Display.date(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*")) {
      try {
        return Display.dateTime(OffsetDateTime.parse(value).toInstant());
      } catch (DateTimeParseException e) {
        try {
          return Display.dateTime(Instant.parse(value));
        } catch (DateTimeParseException again) {
          return value;
        }
      }
    }
    if (value.matches("[A-Z][A-Z_]*[A-Z]") && value.contains("_")) {
      // A code of another component's list: "NOT_STARTED" reads "Not started".
      String words = value.replace('_', ' ').toLowerCase(Locale.UK);
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
    return value;
  }

  private static boolean isState(JsonValue state) {
    return state != null && state.getValueType() != JsonValue.ValueType.NULL;
  }

  private static JsonObject asObject(JsonValue state) {
    return state != null && state.getValueType() == JsonValue.ValueType.OBJECT
        ? state.asJsonObject()
        : JsonValue.EMPTY_JSON_OBJECT;
  }
}
