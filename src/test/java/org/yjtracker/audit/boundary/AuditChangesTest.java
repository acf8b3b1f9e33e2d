package org.yjtracker.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

  @Test
  void onlyChangedFieldsInWordsWithLabelsAndDates() {
    var before =
        Json.createObjectBuilder()
            .add("name", "Bexley police")
            .add("kind", "POLICE")
            .add("region", "LONDON")
            .add("servesIds", Json.createArrayBuilder().add(3))
            .add("targetDate", "2026-12-04")
            .build();
    var after =
        Json.createObjectBuilder()
            .add("name", "Bexley police")
            .add("kind", "HEALTH")
            .add("region", "NORTH_EAST")
            .add("servesIds", Json.createArrayBuilder())
            .add("targetDate", "2027-01-31")
            .add("status", "NOT_STARTED")
            .add("active", true)
            .build();
    assertEquals(
        List.of(
            new AuditChanges.Change("Kind", "Police", "Health"),
            new AuditChanges.Change("Region", "London", "North East"),
            new AuditChanges.Change("Serves ids", "3", "(none)"),
            new AuditChanges.Change("Target date", "4 December 2026", "31 January 2027"),
            new AuditChanges.Change("Status", "(none)", "Not started"),
            new AuditChanges.Change("Active", "(none)", "Yes")),
        AuditChanges.between(before, after));
  }

  @Test
  void aNewRecordHasNoBeforeAndReferencesReadByName() {
    var after =
        Json.createObjectBuilder()
            .add("boardOf", Json.createObjectBuilder().add("id", 4).add("name", "Bexley YJS"))
            .add("createdAt", "2026-12-04T14:15:00Z")
            .build();
    assertEquals(
        List.of(
            new AuditChanges.Change("Board of", "", "Bexley YJS"),
            new AuditChanges.Change("Created at", "", "4 December 2026 at 2:15pm")),
        AuditChanges.between(JsonValue.NULL, after));
  }
}
