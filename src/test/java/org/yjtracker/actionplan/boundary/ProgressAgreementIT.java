package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.actionplan.control.PlanReport;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * One data set, every reader: the plan page's API, the plan export, the public view, the service
 * dashboard and the national table must say the same of where every recommendation and action
 * stands, because they all read the state the actionplan component keeps. A service with a plan in
 * every state and one with no plan at all.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressAgreementIT {

  @ArquillianResource URL base;

  @Test
  void everyReaderAgreesOnEveryRecommendation() {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    long planned = f.service("Agree planned", "NORTH_WEST");
    long unplanned = f.service("Agree unplanned", "NORTH_WEST");
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, "solihull-2023", planned);
    long other = published(admin, "bexley-2024", unplanned);
    Api inspector = Api.at(base).as(f.account("agree-inspector", "INSPECTOR"), Api.PASSWORD);
    Api lead = Api.at(base).as(f.account("agree-lead", "SERVICE_LEAD", planned), Api.PASSWORD);

    long plan = created(lead.post("/api/inspections/" + inspection + "/plan", empty()));
    List<Long> recs = recommendationIds(admin, inspection);
    // 1: in progress, overdue.
    created(lead.post(actions(plan), action(recs.get(0), planned, "2025-01-31", "IN_PROGRESS")));
    // 2: its one action complete: implemented.
    created(lead.post(actions(plan), action(recs.get(1), planned, "2027-12-31", "COMPLETE")));
    // 3: one action complete, the other cancelled: implemented (cancelled ones do not count).
    created(lead.post(actions(plan), action(recs.get(2), planned, "2027-12-31", "COMPLETE")));
    created(
        lead.post(
            actions(plan),
            actionBuilder(recs.get(2), planned, "2027-12-31", "CANCELLED")
                .add("statusReason", "Folded into the other action")
                .build()));
    // 4: closed unimplemented by an inspector.
    var closed =
        inspector.put(
            "/api/recommendations/" + recs.get(3) + "/response",
            Json.createObjectBuilder()
                .add("status", "CLOSED_NOT_IMPLEMENTED")
                .add("reason", "Superseded by the new national standards")
                .build());
    assertEquals(200, closed.status(), closed::toString);
    // 5: an action not started, progress reported: in progress by the update alone.
    long started =
        created(
            lead.post(actions(plan), action(recs.get(4), planned, "2027-06-30", "NOT_STARTED")));
    var update =
        lead.post(
            "/api/actions/" + started + "/updates",
            Json.createObjectBuilder()
                .add("narrative", "Begun")
                .add("rag", "GREEN")
                .add("percentComplete", 10)
                .build());
    assertEquals(201, update.status(), update::toString);

    // The plan page's API is the reference.
    JsonObject planView = ok(lead.get("/api/plans/" + plan));
    Map<Integer, String> statuses = new TreeMap<>();
    for (JsonObject r : planView.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      statuses.put(r.getInt("number"), r.getString("status"));
    }
    assertEquals(
        Map.of(
            1, "IN_PROGRESS",
            2, "IMPLEMENTED",
            3, "IMPLEMENTED",
            4, "CLOSED_NOT_IMPLEMENTED",
            5, "IN_PROGRESS"),
        statuses.entrySet().stream()
            .filter(e -> e.getKey() <= 5)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    long overdue = countFlag(planView, "overdue");
    long stale = countFlag(planView, "stale");
    assertEquals(1, overdue);

    // The plan export.
    Map<Integer, String> exported = new TreeMap<>();
    for (CSVRecord row : csv(lead.get("/api/plans/" + plan + "/export?format=csv").text())) {
      String ref = row.get("Ref");
      if (ref.matches("\\d+")) {
        exported.put(Integer.parseInt(ref), row.get("Recommendation status"));
      }
    }
    assertEquals(
        statuses.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> PlanReport.words(e.getValue()))),
        exported);

    // The public view.
    JsonObject published = ok(Api.at(base).get("/api/public/inspections/" + inspection));
    Map<Integer, String> shown = new TreeMap<>();
    for (JsonObject r : published.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      shown.put(r.getInt("number"), r.getString("status"));
    }
    assertEquals(statuses, shown);

    // The service dashboard.
    JsonObject service = ok(inspector.get("/api/services/" + planned + "/dashboard"));
    Map<String, Long> byStatus =
        statuses.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    JsonObject counts = service.getJsonObject("recommendations");
    for (String status : List.of("OPEN", "IN_PROGRESS", "IMPLEMENTED", "CLOSED_NOT_IMPLEMENTED")) {
      assertEquals(byStatus.getOrDefault(status, 0L), counts.getInt(status), status);
    }
    JsonObject flags = service.getJsonObject("actions").getJsonObject("flags");
    assertEquals(overdue, flags.getInt("overdue"));
    assertEquals(stale, flags.getInt("stale"));

    // The national table.
    JsonObject row = nationalRow(inspector, tag, planned);
    assertEquals(
        byStatus.getOrDefault("OPEN", 0L) + byStatus.getOrDefault("IN_PROGRESS", 0L),
        row.getJsonNumber("openRecommendations").longValue());
    assertEquals(
        byStatus.getOrDefault("IMPLEMENTED", 0L),
        row.getJsonNumber("implementedRecommendations").longValue());
    assertEquals(overdue, row.getJsonNumber("overdueActions").longValue());
    assertEquals(stale, row.getJsonNumber("staleActions").longValue());

    // No plan: every reader says every recommendation is open, and the plan is years late.
    int unplannedCount = recommendationIds(admin, other).size();
    JsonObject none = ok(inspector.get("/api/services/" + unplanned + "/dashboard"));
    assertEquals(JsonValue.NULL, none.get("plan"));
    assertEquals(unplannedCount, none.getJsonObject("recommendations").getInt("OPEN"));
    assertEquals("NOT_STARTED", none.getJsonObject("deadline").getString("stage"));
    assertTrue(none.getJsonObject("deadline").getBoolean("late"));
    JsonObject noneRow = nationalRow(inspector, tag, unplanned);
    assertEquals(unplannedCount, noneRow.getJsonNumber("openRecommendations").longValue());
    assertEquals(
        none.getJsonObject("deadline").getJsonNumber("daysLate").longValue(),
        noneRow.getJsonNumber("daysLate").longValue());
    for (JsonObject r :
        ok(Api.at(base).get("/api/public/inspections/" + other))
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class)) {
      assertEquals(JsonValue.NULL, r.get("status"), "no plan, no status yet");
    }
  }

  private static long countFlag(JsonObject planView, String flag) {
    long own =
        planView.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
            .flatMap(r -> r.getJsonArray("actions").getValuesAs(JsonObject.class).stream())
            .filter(a -> a.getJsonObject("flags").getBoolean(flag))
            .count();
    long other =
        planView.getJsonArray("otherActions").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getJsonObject("flags").getBoolean(flag))
            .count();
    return own + other;
  }

  private static JsonObject nationalRow(Api inspector, String tag, long service) {
    return ok(inspector.get("/api/dashboard?q=" + tag))
        .getJsonObject("rows")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getJsonNumber("serviceId").longValue() == service)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No national row for service " + service));
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(new StringReader(text.replace("\uFEFF", "")))
          .getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Long> recommendationIds(Api admin, long inspection) {
    return ok(admin.get("/api/inspections/" + inspection))
        .getJsonArray("recommendations")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(r -> r.getJsonNumber("id").longValue())
        .toList();
  }

  private static long published(Api admin, String report, long service) {
    var created =
        admin.post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    var publish = admin.post("/api/inspections/" + created.id() + "/publish", empty());
    assertEquals(200, publish.status(), publish::toString);
    return created.id();
  }

  private static String actions(long plan) {
    return "/api/plans/" + plan + "/actions";
  }

  private static JsonObject action(long recommendation, long lead, String target, String status) {
    return actionBuilder(recommendation, lead, target, status).build();
  }

  private static JsonObjectBuilder actionBuilder(
      long recommendation, long lead, String target, String status) {
    return Json.createObjectBuilder()
        .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
        .add("leadOrganisationId", lead)
        .add("description", "Agreement action")
        .add("startDate", "2024-02-01")
        .add("targetDate", target)
        .add("status", status);
  }

  private static long created(Api.Reply reply) {
    assertEquals(201, reply.status(), reply::toString);
    return reply.id();
  }

  private static JsonObject empty() {
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private static JsonObject ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
