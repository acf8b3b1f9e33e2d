package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * A plan's dated status history over HTTP (order, content after changes, narrowing, a partner's
 * view) and a late plan's fields: the inspection was published in December 2023, so its plan was
 * due in January 2024 and is late by every day since.
 */
@ExtendWith(ArquillianExtension.class)
class PlanHistoryApiIT {

  @ArquillianResource URL base;

  @Test
  void thePlansStatusHistoryAndLatenessReadAsTheyHappened() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("History YJS", "LONDON");
    long police = f.partner("POLICE", "History police", service);
    long health = f.partner("HEALTH", "History health", service);
    long other = f.service("Other history YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Other history police", other);
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, service);
    List<Long> recs =
        admin.get("/api/inspections/" + inspection).json().getJsonArray("recommendations").stream()
            .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    long rec1 = recs.get(0);
    String leadEmail = f.account("hislead", "SERVICE_LEAD", service);
    String policeEmail = f.account("hispolice", "PARTNER", police);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    Api policeUser = Api.at(base).as(policeEmail, Api.PASSWORD);
    Api stranger = Api.at(base).as(f.account("hisstranger", "PARTNER", otherPolice), Api.PASSWORD);
    Api inspector = Api.at(base).as(f.account("hisinspector", "INSPECTOR"), Api.PASSWORD);

    long plan =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();

    // Not submitted by its due date: late by the days since, and still a draft.
    JsonObject draft = lead.get("/api/plans/" + plan).json();
    LocalDate due = LocalDate.parse(draft.getString("dueDate"));
    assertEquals(LocalDate.parse("2023-12-01").plusDays(56), due);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    assertTrue(draft.getBoolean("late"), draft::toString);
    assertEquals(ChronoUnit.DAYS.between(due, today), draft.getJsonNumber("daysLate").longValue());
    assertEquals("DRAFT", draft.getString("stage"));
    assertEquals(
        -ChronoUnit.DAYS.between(due, today), draft.getJsonNumber("daysToDue").longValue());
    assertFalse(draft.getBoolean("partnerView"));
    assertFalse(draft.getBoolean("canSetStatus"), "a service lead does not set statuses");
    assertTrue(inspector.get("/api/plans/" + plan).json().getBoolean("canSetStatus"));
    assertEquals(
        404,
        policeUser.get("/api/plans/" + plan + "/history").status(),
        "the police lead no action yet: the plan is not theirs to see");

    long policeAction =
        lead.post("/api/plans/" + plan + "/actions", action(rec1, police, "Flag children")).id();
    long healthAction =
        lead.post("/api/plans/" + plan + "/actions", action(rec1, health, "Health checks")).id();
    assertTrue(policeUser.get("/api/plans/" + plan).json().getBoolean("partnerView"));

    // The police report progress: their action starts, and so does recommendation 1.
    var reported =
        policeUser.post(
            "/api/actions/" + policeAction + "/updates",
            Json.createObjectBuilder()
                .add("narrative", "Begun")
                .add("rag", "GREEN")
                .add("percentComplete", 10)
                .build());
    assertEquals(201, reported.status(), reported::toString);
    // The service cancels the health action, saying why.
    JsonObject healthNow = lead.get("/api/actions/" + healthAction).json();
    var cancelled =
        lead.put(
            "/api/actions/" + healthAction,
            Json.createObjectBuilder(edit(healthNow))
                .add("status", "CANCELLED")
                .add("statusReason", "Covered by the police action")
                .build());
    assertEquals(200, cancelled.status(), cancelled::toString);
    // An inspector sets recommendation 2 implemented, with a reason.
    long rec2 = recs.get(1);
    assertEquals(
        200,
        inspector
            .put(
                "/api/recommendations/" + rec2 + "/response",
                Json.createObjectBuilder()
                    .add("status", "IMPLEMENTED")
                    .add("reason", "Seen in the case audit")
                    .build())
            .status());

    var all = lead.get("/api/plans/" + plan + "/history");
    assertEquals(200, all.status(), all::toString);
    List<JsonObject> entries = all.array().getValuesAs(JsonObject.class);
    List<Instant> times = entries.stream().map(e -> Instant.parse(e.getString("at"))).toList();
    assertEquals(times.stream().sorted().toList(), times, "oldest first");
    // The plan's start opened each of its recommendations.
    for (long rec : recs) {
      JsonObject first = forRecommendation(entries, rec).get(0);
      assertTrue(first.isNull("from"), first::toString);
      assertEquals("OPEN", first.getString("to"));
      assertEquals(leadEmail, first.getString("by"));
    }
    List<JsonObject> rec1Entries = forRecommendation(entries, rec1);
    assertEquals(List.of("OPEN", "IN_PROGRESS"), to(rec1Entries));
    assertEquals("Recommendation 1", rec1Entries.get(1).getString("subject"));
    assertEquals(policeEmail, rec1Entries.get(1).getString("by"));
    JsonObject implemented = forRecommendation(entries, rec2).get(1);
    assertEquals("IMPLEMENTED", implemented.getString("to"));
    assertTrue(
        implemented.getString("reason").contains("Seen in the case audit"), implemented::toString);
    List<JsonObject> policeEntries = forAction(entries, policeAction);
    assertEquals(List.of("NOT_STARTED", "IN_PROGRESS"), to(policeEntries));
    assertEquals("NOT_STARTED", policeEntries.get(1).getString("from"));
    assertEquals(policeEmail, policeEntries.get(1).getString("by"));
    assertEquals("Action: Flag children", policeEntries.get(0).getString("subject"));
    JsonObject cancel = forAction(entries, healthAction).get(1);
    assertEquals("CANCELLED", cancel.getString("to"));
    assertEquals("Covered by the police action", cancel.getString("reason"));
    assertEquals(leadEmail, cancel.getString("by"));

    // Narrowed to one recommendation or one action; the action's page gives the same entries.
    var narrowed = lead.get("/api/plans/" + plan + "/history?recommendationId=" + rec1);
    assertEquals(rec1Entries, narrowed.array().getValuesAs(JsonObject.class));
    var ofAction = lead.get("/api/plans/" + plan + "/history?actionId=" + policeAction);
    assertEquals(policeEntries, ofAction.array().getValuesAs(JsonObject.class));
    var onItsPage =
        lead.get("/api/actions/" + policeAction).json().getJsonArray("statusHistory").stream()
            .map(e -> e.asJsonObject().getString("to"))
            .toList();
    assertEquals(List.of("NOT_STARTED", "IN_PROGRESS"), onItsPage);
    var both =
        lead.get(
            "/api/plans/"
                + plan
                + "/history?recommendationId="
                + rec1
                + "&actionId="
                + policeAction);
    assertEquals(400, both.status(), both::toString);
    assertEquals("actionId", both.firstErrorField());
    var notANumber = lead.get("/api/plans/" + plan + "/history?actionId=abc");
    assertTrue(notANumber.status() >= 400 && notANumber.status() < 500, notANumber::toString);

    // The police read their own action's entries and the recommendations', without names.
    List<JsonObject> partnerEntries =
        policeUser.get("/api/plans/" + plan + "/history").array().getValuesAs(JsonObject.class);
    assertEquals(policeEntries, forAction(partnerEntries, policeAction));
    assertEquals(List.of(), forAction(partnerEntries, healthAction));
    assertEquals(
        entries.stream().filter(e -> !e.isNull("recommendationId")).count(),
        partnerEntries.stream().filter(e -> !e.isNull("recommendationId")).count());
    partnerEntries.stream()
        .filter(e -> !e.isNull("recommendationId"))
        .forEach(e -> assertTrue(e.isNull("by"), e::toString));
    assertEquals(
        List.of(),
        policeUser
            .get("/api/plans/" + plan + "/history?actionId=" + healthAction)
            .array()
            .getValuesAs(JsonObject.class));
    assertEquals(404, stranger.get("/api/plans/" + plan + "/history").status());
    assertEquals(404, lead.get("/api/plans/999999999/history").status());

    // Submitted after its due date: late by the same days, for good.
    var member = Api.at(base).as(f.account("hismember", "BOARD_MEMBER", service), Api.PASSWORD);
    assertEquals(
        200, member.post("/api/plans/" + plan + "/endorse", JsonValue.EMPTY_JSON_OBJECT).status());
    var submitted = member.post("/api/plans/" + plan + "/submit", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, submitted.status(), submitted::toString);
    assertTrue(submitted.json().getBoolean("late"));
    assertEquals("SUBMITTED_LATE", submitted.json().getString("stage"));
    assertEquals(
        ChronoUnit.DAYS.between(due, today),
        submitted.json().getJsonNumber("daysLate").longValue());
  }

  private static List<JsonObject> forRecommendation(List<JsonObject> entries, long id) {
    return entries.stream()
        .filter(e -> !e.isNull("recommendationId"))
        .filter(e -> e.getJsonNumber("recommendationId").longValue() == id)
        .toList();
  }

  private static List<JsonObject> forAction(List<JsonObject> entries, long id) {
    return entries.stream()
        .filter(e -> !e.isNull("actionId"))
        .filter(e -> e.getJsonNumber("actionId").longValue() == id)
        .toList();
  }

  private static List<String> to(List<JsonObject> entries) {
    return entries.stream().map(e -> e.getString("to")).toList();
  }

  static long published(Api admin, long service) {
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    return created.id();
  }

  private static JsonObject action(long recommendation, long lead, String description) {
    return Json.createObjectBuilder()
        .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
        .add("leadOrganisationId", lead)
        .add("description", description)
        .add("startDate", "2026-12-01")
        .add("targetDate", "2099-12-31")
        .build();
  }

  /** The action as read: what a form would send back. */
  private static JsonObject edit(JsonObject action) {
    var ids = Json.createArrayBuilder();
    action.getJsonArray("recommendationIds").forEach(ids::add);
    return Json.createObjectBuilder()
        .add("recommendationIds", ids)
        .add("leadOrganisationId", action.getJsonObject("leadOrganisation").getInt("id"))
        .add("description", action.getString("description"))
        .add("startDate", action.getString("startDate"))
        .add("targetDate", action.getString("targetDate"))
        .add("status", action.getString("status"))
        .add("version", action.getInt("version"))
        .build();
  }
}
