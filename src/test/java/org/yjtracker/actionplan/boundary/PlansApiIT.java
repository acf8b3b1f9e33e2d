package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/** A service's improvement plan over HTTP against MariaDB: lifecycle, concurrency, who may what. */
@ExtendWith(ArquillianExtension.class)
class PlansApiIT {

  @ArquillianResource URL base;

  @Test
  void aServiceWritesEndorsesAndSubmitsItsPlanWhilePartnersReportOnTheirOwnActions() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Plan YJS", "LONDON");
    long board = f.board("Plan board", service);
    long police = f.partner("POLICE", "Plan police", service);
    long health = f.partner("HEALTH", "Plan health", service);
    long other = f.service("Other plan YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Other police", other);
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, service);
    JsonObject recs = admin.get("/api/inspections/" + inspection).json();
    long rec1 =
        recs.getJsonArray("recommendations").getJsonObject(0).getJsonNumber("id").longValue();

    Api lead = Api.at(base).as(f.account("lead", "SERVICE_LEAD", service), Api.PASSWORD);
    Api member = Api.at(base).as(f.account("member", "BOARD_MEMBER", board), Api.PASSWORD);
    Api viewer = Api.at(base).as(f.account("viewer", "VIEWER", service), Api.PASSWORD);
    Api policeUser = Api.at(base).as(f.account("police", "PARTNER", police), Api.PASSWORD);
    Api stranger = Api.at(base).as(f.account("stranger", "PARTNER", otherPolice), Api.PASSWORD);
    Api inspector = Api.at(base).as(f.account("inspector", "INSPECTOR"), Api.PASSWORD);

    assertEquals(
        403,
        viewer
            .post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    var started =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    long plan = started.id();
    assertEquals("DRAFT", started.json().getString("status"));
    assertEquals(
        LocalDate.parse("2023-12-01").plusDays(56).toString(), started.json().getString("dueDate"));
    assertEquals(
        409,
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT)
            .status());

    // Answers: anything short of agreed needs a reason.
    assertField(
        member.put(
            "/api/recommendations/" + rec1 + "/response",
            Json.createObjectBuilder().add("acceptance", "PARTLY_AGREED").build()),
        "reason");
    var agreed =
        member.put(
            "/api/recommendations/" + rec1 + "/response",
            Json.createObjectBuilder().add("acceptance", "AGREED").build());
    assertEquals(200, agreed.status(), agreed::toString);
    assertEquals(
        "AGREED",
        agreed.json().getJsonArray("recommendations").getJsonObject(0).getString("acceptance"));

    var policeCreated =
        lead.post("/api/plans/" + plan + "/actions", action(rec1, police, "2027-03-31").build());
    long policeAction = policeCreated.id();
    // No title given: the description's words are its title, kept when a later change leaves the
    // title out; a title longer than the column is refused, naming the field.
    assertEquals("Implement a flagging system", policeCreated.json().getString("title"));
    assertField(
        lead.post(
            "/api/plans/" + plan + "/actions",
            action(rec1, police, "2027-03-31").add("title", "t".repeat(121)).build()),
        "title");
    var healthCreated =
        lead.post("/api/plans/" + plan + "/actions", action(rec1, health, "2027-06-30").build());
    assertEquals(201, healthCreated.status(), healthCreated::toString);
    long healthAction = healthCreated.id();
    assertField(
        lead.post("/api/plans/" + plan + "/actions", action(rec1, police, "2027-13-01").build()),
        "targetDate");
    assertField(
        lead.post(
            "/api/plans/" + plan + "/actions",
            action(rec1, police, "2027-03-31").add("status", "BLOCKED").build()),
        "statusReason");
    assertEquals(
        403,
        viewer
            .post("/api/plans/" + plan + "/actions", action(rec1, police, "2027-03-31").build())
            .status());

    // Two people edit one action: the first wins, the second hears 409 with what it says now.
    JsonObject read = lead.get("/api/actions/" + policeAction).json();
    var first =
        lead.put(
            "/api/actions/" + policeAction, edit(read, "Flag every YJS child on police systems"));
    assertEquals(200, first.status(), first::toString);
    var second = member.put("/api/actions/" + policeAction, edit(read, "Something else"));
    assertEquals(409, second.status(), second::toString);
    assertEquals(
        "Flag every YJS child on police systems",
        second.json().getJsonObject("current").getString("description"));
    assertEquals(
        "Flag every YJS child on police systems",
        lead.get("/api/actions/" + policeAction).json().getString("description"));
    assertEquals("Implement a flagging system", first.json().getString("title"));

    // A target date moves only with a reason, and its history is kept.
    JsonObject current = first.json();
    JsonObject moved =
        Json.createObjectBuilder(edit(current, current.getString("description")))
            .add("targetDate", "2027-05-31")
            .build();
    assertField(lead.put("/api/actions/" + policeAction, moved), "targetDateReason");
    var retargeted =
        lead.put(
            "/api/actions/" + policeAction,
            Json.createObjectBuilder(moved)
                .add("targetDateReason", "Waiting for the new records system")
                .build());
    assertEquals(200, retargeted.status(), retargeted::toString);
    JsonObject history = retargeted.json().getJsonArray("targetDateHistory").getJsonObject(0);
    assertEquals("2027-03-31", history.getString("from"));
    assertEquals("2027-05-31", history.getString("to"));

    // The police partner sees and reports on its own action only; nothing of other services.
    JsonObject partnerPlan = policeUser.get("/api/plans/" + plan).json();
    List<JsonObject> seen =
        partnerPlan
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonArray("actions")
            .getValuesAs(JsonObject.class);
    assertEquals(1, seen.size());
    assertEquals(policeAction, seen.get(0).getJsonNumber("id").longValue());
    assertEquals(404, policeUser.get("/api/actions/" + healthAction).status());
    assertEquals(
        404,
        policeUser
            .post("/api/actions/" + healthAction + "/updates", update("GREEN", 10).build())
            .status());
    assertEquals(404, stranger.get("/api/plans/" + plan).status());
    assertEquals(404, stranger.get("/api/actions/" + policeAction).status());
    assertField(
        policeUser.post("/api/actions/" + policeAction + "/updates", update("GREEN", 150).build()),
        "percentComplete");
    var reported =
        policeUser.post(
            "/api/actions/" + policeAction + "/updates",
            update("AMBER", 40)
                .add(
                    "links",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("title", "Board paper")
                                .add("url", "https://example.org/paper.pdf")))
                .build());
    assertEquals(201, reported.status(), reported::toString);
    JsonObject latest = reported.json().getJsonObject("latestUpdate");
    assertEquals("AMBER", latest.getString("rag"));
    assertEquals(40, latest.getInt("percentComplete"));
    assertEquals("Board paper", latest.getJsonArray("links").getJsonObject(0).getString("title"));
    // Evidence files: checked by content and size, served only to who sees the action.
    long updateId = latest.getJsonNumber("id").longValue();
    String files = "/api/actions/" + policeAction + "/updates/" + updateId + "/files";
    byte[] pdf = "%PDF-1.4 board minutes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    var attached = uploadNamed(policeUser, files, pdf, "minutes.pdf");
    assertEquals(201, attached.status(), attached::toString);
    long fileId = attached.json().getJsonNumber("id").longValue();
    assertEquals(
        415,
        uploadNamed(
                policeUser,
                files,
                "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "virus.pdf")
            .status());
    assertEquals(
        413, uploadNamed(policeUser, files, new byte[11 * 1024 * 1024], "big.pdf").status());
    assertEquals(404, uploadNamed(stranger, files, pdf, "minutes.pdf").status());
    var download = lead.get("/api/evidence/" + fileId);
    assertEquals(200, download.status(), download::toString);
    assertEquals("%PDF-1.4 board minutes", download.text());
    assertTrue(download.header("Content-Disposition").startsWith("attachment"));
    assertEquals(404, stranger.get("/api/evidence/" + fileId).status());
    assertEquals(
        "minutes.pdf",
        policeUser
            .get("/api/actions/" + policeAction)
            .json()
            .getJsonObject("latestUpdate")
            .getJsonArray("files")
            .getJsonObject(0)
            .getString("fileName"));

    JsonObject policeNow = policeUser.get("/api/actions/" + policeAction).json();
    var handOver =
        Json.createObjectBuilder(edit(policeNow, policeNow.getString("description")))
            .add("leadOrganisationId", health)
            .build();
    assertEquals(403, policeUser.put("/api/actions/" + policeAction, handOver).status());
    List<JsonObject> mine = policeUser.get("/api/me/actions").array().getValuesAs(JsonObject.class);
    assertEquals(
        List.of(policeAction), mine.stream().map(a -> a.getJsonNumber("id").longValue()).toList());

    // Status comes from the actions unless an inspector sets it, with a reason.
    assertEquals(
        "IN_PROGRESS",
        lead.get("/api/plans/" + plan)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getString("status"));
    assertEquals(
        403,
        lead.put(
                "/api/recommendations/" + rec1 + "/response",
                Json.createObjectBuilder()
                    .add("status", "IMPLEMENTED")
                    .add("reason", "Done")
                    .build())
            .status());
    assertField(
        inspector.put(
            "/api/recommendations/" + rec1 + "/response",
            Json.createObjectBuilder().add("status", "CLOSED_NOT_IMPLEMENTED").build()),
        "reason");

    // The inspectorate comments and the service answers; partners neither see nor write them.
    var commented =
        inspector.post(
            "/api/plans/" + plan + "/comments",
            Json.createObjectBuilder()
                .add("text", "Please add a measure for recommendation 2")
                .build());
    assertEquals(201, commented.status(), commented::toString);
    assertTrue(
        commented.json().getJsonArray("comments").getJsonObject(0).getBoolean("inspectorate"));
    assertEquals(
        201,
        lead.post(
                "/api/plans/" + plan + "/comments",
                Json.createObjectBuilder().add("text", "Added").build())
            .status());
    assertField(
        lead.post(
            "/api/plans/" + plan + "/comments",
            Json.createObjectBuilder().add("text", " ").build()),
        "text");
    assertEquals(
        403,
        policeUser
            .post(
                "/api/plans/" + plan + "/comments",
                Json.createObjectBuilder().add("text", "Hello").build())
            .status());
    assertEquals(0, policeUser.get("/api/plans/" + plan).json().getJsonArray("comments").size());
    assertEquals(2, viewer.get("/api/plans/" + plan).json().getJsonArray("comments").size());

    // Endorse, then submit; each step once, by the service's people only.
    assertEquals(
        403,
        inspector.post("/api/plans/" + plan + "/endorse", JsonValue.EMPTY_JSON_OBJECT).status());
    assertEquals(
        409, member.post("/api/plans/" + plan + "/submit", JsonValue.EMPTY_JSON_OBJECT).status());
    var endorsed = member.post("/api/plans/" + plan + "/endorse", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, endorsed.status(), endorsed::toString);
    assertEquals("ENDORSED", endorsed.json().getString("status"));
    assertTrue(endorsed.json().getString("endorsedBy").startsWith("member."));
    assertEquals(
        409, member.post("/api/plans/" + plan + "/endorse", JsonValue.EMPTY_JSON_OBJECT).status());
    var submitted = lead.post("/api/plans/" + plan + "/submit", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, submitted.status(), submitted::toString);
    assertEquals("SUBMITTED", submitted.json().getString("status"));
    // Published 2023-12, due 56 days later: a submission today is late.
    assertTrue(submitted.json().getBoolean("late"));
    assertEquals(200, inspector.get("/api/plans/" + plan).status());
    assertEquals(200, viewer.get("/api/plans/" + plan).status());
    var active = inspector.post("/api/plans/" + plan + "/activate", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals("ACTIVE", active.json().getString("status"));
    var audit = admin.get("/api/audit?objectType=PlanAction&objectId=" + policeAction).json();
    assertTrue(audit.getInt("total") >= 3, audit::toString);
  }

  @Test
  void fiftyConcurrentAppendsOnOneActionAreAllStoredAndAuditedWhileEditsKeepTheirVersionCheck()
      throws Exception {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Append YJS", "LONDON");
    long police = f.partner("POLICE", "Append police", service);
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, service);
    long rec = firstRecommendation(admin, inspection);
    Api lead = Api.at(base).as(f.account("appender", "SERVICE_LEAD", service), Api.PASSWORD);
    long plan =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();
    var created =
        lead.post("/api/plans/" + plan + "/actions", action(rec, police, "2027-03-31").build());
    assertEquals(201, created.status(), created::toString);
    long action = created.id();
    JsonObject before = created.json();
    assertEquals("NOT_STARTED", before.getString("status"));

    // Writing different actions of one plan at once never conflicts either.
    var writers = Executors.newFixedThreadPool(10);
    var go = new CountDownLatch(1);
    List<Future<Api.Reply>> writes = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        JsonObject body = action(rec, police, "2027-04-" + (10 + i)).build();
        writes.add(
            writers.submit(
                () -> {
                  go.await();
                  return lead.post("/api/plans/" + plan + "/actions", body);
                }));
      }
      go.countDown();
      for (Future<Api.Reply> write : writes) {
        Api.Reply answer = write.get(2, TimeUnit.MINUTES);
        assertEquals(201, answer.status(), answer::toString);
      }
    } finally {
      writers.shutdownNow();
    }

    int clients = 50;
    var pool = Executors.newFixedThreadPool(clients);
    var start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        JsonObject body =
            Json.createObjectBuilder()
                .add("narrative", "Concurrent update " + i)
                .add("rag", "AMBER")
                .add("percentComplete", 10)
                .build();
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return lead.post("/api/actions/" + action + "/updates", body);
                }));
      }
      start.countDown();
      for (Future<Api.Reply> reply : replies) {
        Api.Reply answer = reply.get(2, TimeUnit.MINUTES);
        assertEquals(201, answer.status(), answer::toString);
      }
    } finally {
      pool.shutdownNow();
    }

    JsonObject after = lead.get("/api/actions/" + action).json();
    var narratives = new HashSet<String>();
    after
        .getJsonArray("updates")
        .forEach(u -> narratives.add(u.asJsonObject().getString("narrative")));
    for (int i = 0; i < clients; i++) {
      assertTrue(narratives.contains("Concurrent update " + i), "update " + i + " is missing");
    }
    assertEquals(clients, after.getJsonArray("updates").size());
    assertEquals("IN_PROGRESS", after.getString("status"), "progress says the action started");
    for (var u : after.getJsonArray("updates")) {
      long id = u.asJsonObject().getJsonNumber("id").longValue();
      var audit = admin.get("/api/audit?objectType=ProgressUpdate&objectId=" + id).json();
      assertEquals(1, audit.getInt("total"), () -> "update " + id + " audited: " + audit);
    }

    // Appends did not version the action: an edit made from the state before them still lands,
    // and an edit from a state older than that edit is refused as before.
    var edited = lead.put("/api/actions/" + action, edit(before, "Edited after the appends"));
    assertEquals(200, edited.status(), edited::toString);
    var stale = lead.put("/api/actions/" + action, edit(before, "A stale edit"));
    assertEquals(409, stale.status(), stale::toString);
    var fresh = lead.put("/api/actions/" + action, edit(edited.json(), "A current edit"));
    assertEquals(200, fresh.status(), fresh::toString);
    assertEquals(clients, fresh.json().getJsonArray("updates").size());
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndMakesNoSecondRecord() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Retry YJS", "LONDON");
    long police = f.partner("POLICE", "Retry police", service);
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, service);
    long rec = firstRecommendation(admin, inspection);
    Api lead = Api.at(base).as(f.account("retrier", "SERVICE_LEAD", service), Api.PASSWORD);
    long plan =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();

    // Creating an action twice with one key: one action, the same Location both times.
    String actionBody = action(rec, police, "2027-03-31").build().toString();
    var key = java.util.Map.of("Idempotency-Key", "action-" + plan);
    var first = lead.send("POST", "/api/plans/" + plan + "/actions", actionBody, key);
    assertEquals(201, first.status(), first::toString);
    var again = lead.send("POST", "/api/plans/" + plan + "/actions", actionBody, key);
    assertEquals(201, again.status(), again::toString);
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(first.id(), again.id());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(
        1,
        lead.get("/api/plans/" + plan).json().getJsonArray("recommendations").stream()
            .mapToInt(r -> r.asJsonObject().getJsonArray("actions").size())
            .sum());
    long action = first.id();

    // The same update POSTed twice with one key makes one update.
    String path = "/api/actions/" + action + "/updates";
    String updateBody = update("GREEN", 20).build().toString();
    var updateKey = java.util.Map.of("Idempotency-Key", "update-" + action);
    var stored = lead.send("POST", path, updateBody, updateKey);
    assertEquals(201, stored.status(), stored::toString);
    var replayed = lead.send("POST", path, updateBody, updateKey);
    assertEquals(201, replayed.status(), replayed::toString);
    assertEquals(stored.json(), replayed.json());
    assertEquals(1, lead.get("/api/actions/" + action).json().getJsonArray("updates").size());

    // The same key with another body is refused; another key is another update.
    var reused = lead.send("POST", path, update("RED", 30).build().toString(), updateKey);
    assertEquals(422, reused.status(), reused::toString);
    assertEquals("Idempotency-Key", reused.firstErrorField());
    var other = lead.send("POST", path, updateBody, java.util.Map.of("Idempotency-Key", "another"));
    assertEquals(201, other.status(), other::toString);
    assertEquals(2, lead.get("/api/actions/" + action).json().getJsonArray("updates").size());

    // A key belongs to its caller: another caller's identical request is its own.
    Api member = Api.at(base).as(f.account("retrier2", "SERVICE_LEAD", service), Api.PASSWORD);
    assertEquals(201, member.send("POST", path, updateBody, updateKey).status());
    assertEquals(3, lead.get("/api/actions/" + action).json().getJsonArray("updates").size());
  }

  private static long firstRecommendation(Api admin, long inspection) {
    return admin
        .get("/api/inspections/" + inspection)
        .json()
        .getJsonArray("recommendations")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static long published(Api admin, long service) {
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

  private static Api.Reply uploadNamed(Api api, String path, byte[] bytes, String name) {
    return api.upload(
        path, bytes, "application/octet-stream", java.util.Map.of("X-File-Name", name));
  }

  private static JsonObjectBuilder action(long recommendation, long lead, String target) {
    return Json.createObjectBuilder()
        .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
        .add("leadOrganisationId", lead)
        .add("leadPerson", "A. Lead")
        .add("description", "Implement a flagging system")
        .add("successMeasure", "Every YJS child is flagged")
        .add("startDate", "2026-12-01")
        .add("targetDate", target);
  }

  /** The action as read, with a new description: what a form would send back. */
  private static JsonObject edit(JsonObject action, String description) {
    var ids = Json.createArrayBuilder();
    action.getJsonArray("recommendationIds").forEach(ids::add);
    return Json.createObjectBuilder()
        .add("recommendationIds", ids)
        .add("leadOrganisationId", action.getJsonObject("leadOrganisation").getInt("id"))
        .add("leadPerson", action.getString("leadPerson"))
        .add("description", description)
        .add("successMeasure", action.getString("successMeasure"))
        .add("startDate", action.getString("startDate"))
        .add("targetDate", action.getString("targetDate"))
        .add("status", action.getString("status"))
        .add("version", action.getInt("version"))
        .build();
  }

  private static JsonObjectBuilder update(String rag, int percent) {
    return Json.createObjectBuilder()
        .add("narrative", "Work has begun")
        .add("rag", rag)
        .add("percentComplete", percent);
  }

  private static void assertField(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(field, reply.firstErrorField(), reply::toString);
  }
}
