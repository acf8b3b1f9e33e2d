package org.yjtracker.audit.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.audit.entity.AuditEntry;

/** An audit entry with its before and after states as JSON, not as strings of JSON. */
public record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    AuditAction action,
    String objectType,
    String objectId,
    String reason,
    JsonValue before,
    JsonValue after) {

  static AuditEntryView of(AuditEntry entry) {
    return new AuditEntryView(
        entry.getId(),
        entry.getOccurredAt(),
        entry.getActor(),
        entry.getAction(),
        entry.getObjectType(),
        entry.getObjectId(),
        entry.getReason(),
        parse(entry.getBefore()),
        parse(entry.getAfter()));
  }

  private static JsonValue parse(String json) {
    if (json == null) {
      return JsonValue.NULL;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
