package org.yjtracker.reinspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * The next inspection of one service over HTTP against MariaDB: ratings compared, every previous
 * recommendation judged, one carried into the new plan and answered there, the old plan closed.
 * Re-inspection changes plans only through actionplan: a carried recommendation gets its kept
 * status and history in the new plan at once, and closing the old plan is recorded there too.
 */
@ExtendWith(ArquillianExtension.class)
class ReinspectionApiIT {

  @ArquillianResource URL base;

  @Test
  void anInspectorJudgesThePreviousPlanCarriesWhatWasNotMetAndClosesIt() throws SQLException {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Reinspected YJS", "LONDON");
    long other = f.service("Unrelated YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Unrelated police", other);
    Api admin = Api.at(base).asAdmin();
    // Wolverhampton's 2022 report, then Solihull's 2023 report, both as inspections of ONE
    // service: the second follows the first.
    long first = published(admin, "wolverhampton-2022", service);
    long second = published(admin, "solihull-2023", service);
    assertEquals(
        first,
        admin
            .get("/api/inspections/" + second)
            .json()
            .getJsonObject("previous")
            .getJsonNumber("id")
            .longValue());

    Api lead = Api.at(base).as(f.account("lead", "SERVICE_LEAD", service), Api.PASSWORD);
    Api viewer = Api.at(base).as(f.account("viewer", "VIEWER", service), Api.PASSWORD);
    String inspectorEmail = f.account("inspector", "INSPECTOR");
    Api inspector = Api.at(base).as(inspectorEmail, Api.PASSWORD);
    Api stranger = Api.at(base).as(f.account("stranger", "PARTNER", otherPolice), Api.PASSWORD);

    // The first plan: an action under way for recommendation 1, nothing for the others.
    long firstPlan =
        lead.post("/api/inspections/" + first + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();
    List<Long> previousRecs = recommendationIds(admin, first);
    assertEquals(3, previousRecs.size());
    long rec1 = previousRecs.get(0);
    long rec2 = previousRecs.get(1);
    long rec3 = previousRecs.get(2);
    var firstAction =
        lead.post(
            "/api/plans/" + firstPlan + "/actions",
            action(rec1, service).add("status", "IN_PROGRESS").build());
    assertEquals(201, firstAction.status(), firstAction::toString);
    long firstActionId = firstAction.id();

    // The comparison: 2022 rated Good with 28, 2023 Requires improvement with 17.
    var compared = inspector.get(comparison(second));
    assertEquals(200, compared.status(), compared::toString);
    JsonObject c = compared.json();
    assertEquals(first, c.getJsonObject("previous").getJsonNumber("id").longValue());
    assertEquals("2022-02", c.getJsonObject("previous").getString("published"));
    assertEquals(28, c.getInt("scoreThen"));
    assertEquals(17, c.getInt("scoreNow"));
    assertEquals(-11, c.getInt("scoreChange"));
    assertEquals("GOOD", c.getString("overallThen"));
    assertEquals("REQUIRES_IMPROVEMENT", c.getString("overallNow"));
    assertEquals("DECLINED", c.getString("overallChange"));
    JsonObject governance = row(c, "1.1");
    assertEquals("GOOD", governance.getString("then"));
    assertEquals("REQUIRES_IMPROVEMENT", governance.getString("now"));
    assertEquals("DECLINED", governance.getString("change"));
    JsonObject staff = row(c, "1.2");
    assertEquals("OUTSTANDING", staff.getString("then"));
    assertEquals("GOOD", staff.getString("now"));
    assertEquals(3, c.getJsonArray("recommendations").size());
    assertEquals(3, c.getInt("withoutOutcome"));
    assertEquals("IN_PROGRESS", previous(c, rec1).getString("statusAtEnd"));
    assertEquals("OPEN", previous(c, rec2).getString("statusAtEnd"));
    assertTrue(c.getBoolean("canJudge"));
    assertEquals(firstPlan, c.getJsonObject("previousPlan").getJsonNumber("id").longValue());
    assertTrue(c.isNull("newPlanId"));

    // Who reads it: the service's people (read-only), nobody of another service.
    var asViewer = viewer.get(comparison(second));
    assertEquals(200, asViewer.status(), asViewer::toString);
    assertFalse(asViewer.json().getBoolean("canJudge"));
    assertEquals(404, stranger.get(comparison(second)).status());
    var none = inspector.get(comparison(first));
    assertEquals(404, none.status(), none::toString);
    assertTrue(none.json().getString("detail").contains("no previous inspection"), none::toString);

    // Refusals: wrong role, bad or missing outcome, a recommendation of another inspection, a
    // note too long. Nothing is saved.
    assertEquals(403, lead.put(outcome(second, rec1), judgement("MET", null, null)).status());
    assertEquals(403, viewer.put(outcome(second, rec1), judgement("MET", null, null)).status());
    assertField(inspector.put(outcome(second, rec1), JsonValue.EMPTY_JSON_OBJECT), "outcome");
    assertField(inspector.put(outcome(second, rec1), judgement("SORT_OF", null, null)), "outcome");
    assertField(
        inspector.put(outcome(second, rec1), judgement("MET", "x".repeat(4001), null)), "note");
    long ofSecond = recommendationIds(admin, second).get(0);
    assertField(
        inspector.put(outcome(second, ofSecond), judgement("MET", null, null)), "recommendationId");
    JsonObject unchanged = inspector.get(comparison(second)).json();
    assertEquals(3, unchanged.getInt("withoutOutcome"));
    assertTrue(previous(unchanged, rec1).isNull("outcome"));

    // Outcomes recorded; a correction needs the version read, and a stale one answers 409.
    var met = inspector.put(outcome(second, rec1), judgement("MET", "Flagging in place", null));
    assertEquals(200, met.status(), met::toString);
    assertEquals("MET", previous(met.json(), rec1).getString("outcome"));
    long read = previous(met.json(), rec1).getJsonNumber("version").longValue();
    var corrected =
        inspector.put(outcome(second, rec1), judgement("MET", "Flagging in place since May", read));
    assertEquals(200, corrected.status(), corrected::toString);
    var stale = admin.put(outcome(second, rec1), judgement("NOT_MET", "Stale view", read));
    assertEquals(409, stale.status(), stale::toString);
    JsonObject afterStale = inspector.get(comparison(second)).json();
    assertEquals("MET", previous(afterStale, rec1).getString("outcome"));
    assertEquals("Flagging in place since May", previous(afterStale, rec1).getString("note"));
    assertField(
        inspector.put(outcome(second, rec1), judgement("MET", "No version", null)), "version");

    var notMet =
        inspector.put(outcome(second, rec2), judgement("NOT_MET", "No progress on victims", null));
    assertEquals(200, notMet.status(), notMet::toString);

    // Closing waits for every outcome, naming what is missing.
    var early = inspector.post(complete(second), JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(400, early.status(), early::toString);
    assertEquals("outcomes", early.firstErrorField());
    assertTrue(
        early.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("3"),
        early::toString);
    assertEquals("DRAFT", lead.get("/api/plans/" + firstPlan).json().getString("status"));
    var partly = inspector.put(outcome(second, rec3), judgement("PARTLY_MET", null, null));
    assertEquals(200, partly.status(), partly::toString);

    // Carrying forward: only not met or partly met, and only into a plan that exists.
    assertField(inspector.put(carried(second, rec1), JsonValue.EMPTY_JSON_OBJECT), "outcome");
    var noPlan = inspector.put(carried(second, rec2), JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(409, noPlan.status(), noPlan::toString);
    assertTrue(noPlan.json().getString("detail").contains("no plan yet"), noPlan::toString);
    assertEquals(403, lead.put(carried(second, rec2), JsonValue.EMPTY_JSON_OBJECT).status());
    long newPlan =
        lead.post("/api/inspections/" + second + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();
    var carriedReply = inspector.put(carried(second, rec2), JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, carriedReply.status(), carriedReply::toString);
    assertTrue(previous(carriedReply.json(), rec2).getBoolean("carried"));
    assertEquals(newPlan, carriedReply.json().getJsonNumber("newPlanId").longValue());

    JsonObject plan = lead.get("/api/plans/" + newPlan).json();
    assertEquals(1, plan.getJsonArray("carried").size());
    JsonObject carriedRec = plan.getJsonArray("carried").getJsonObject(0);
    assertEquals(rec2, carriedRec.getJsonNumber("id").longValue());
    assertEquals(2, carriedRec.getInt("number"));
    assertEquals(first, carriedRec.getJsonNumber("fromInspectionId").longValue());
    assertEquals("2022-02", carriedRec.getString("fromPublished"));
    assertEquals("NOT_MET", carriedRec.getString("outcome"));
    assertEquals("No progress on victims", carriedRec.getString("outcomeNote"));
    // Carried, it stands in the new plan at once, kept by actionplan, with its first history entry.
    assertEquals("OPEN", carriedRec.getString("status"));
    assertFalse(carriedRec.isNull("statusSince"), carriedRec::toString);
    List<String> carriedHistory = history(newPlan, rec2);
    assertEquals(1, carriedHistory.size(), carriedHistory::toString);
    assertTrue(
        carriedHistory.get(0).startsWith("null>OPEN by " + inspectorEmail + ": Carried forward"),
        carriedHistory::toString);
    assertEquals(List.of("OPEN carried"), kept(newPlan, rec2));

    // The new plan's actions answer the carried recommendation, not others of the old plan.
    var answering = lead.post("/api/plans/" + newPlan + "/actions", action(rec2, service).build());
    assertEquals(201, answering.status(), answering::toString);
    assertEquals(List.of(rec2), ids(answering.json()));
    assertField(
        lead.post("/api/plans/" + newPlan + "/actions", action(rec3, service).build()),
        "recommendationIds");
    JsonObject withAction = lead.get("/api/plans/" + newPlan).json();
    assertEquals(
        answering.id(),
        withAction
            .getJsonArray("carried")
            .getJsonObject(0)
            .getJsonArray("actions")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
    // The new plan's board paper and spreadsheet carry it too, marked with where it came from.
    var csv = lead.get("/api/plans/" + newPlan + "/export?format=csv");
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.text().contains("2 (February 2022)"), csv::text);
    // ... and the plan import finds it again by that reference, not as this inspection's own 2.
    String serviceName = admin.get("/api/organisations/" + service).json().getString("name");
    String sheet =
        "Ref,Action,Lead agency,Target date\n2 (February 2022),Call every victim within five days,"
            + serviceName
            + ",2027-01-31\n";
    var preview =
        lead.upload(
            "/api/plans/" + newPlan + "/import/preview",
            sheet.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(200, preview.status(), preview::toString);
    assertEquals(0, preview.json().getInt("problems_count"), preview::toString);
    assertEquals(
        rec2,
        preview
            .json()
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonNumber("recommendationId")
            .longValue());

    // Answered, it stays carried (actionplan's rule); judged met, it could not be carried.
    var stillAnswered = inspector.delete(carried(second, rec2));
    assertEquals(409, stillAnswered.status(), stillAnswered::toString);
    assertTrue(
        stillAnswered.json().getString("detail").contains("unlink the action first"),
        stillAnswered::toString);
    assertEquals(1, lead.get("/api/plans/" + newPlan).json().getJsonArray("carried").size());
    assertEquals(List.of("OPEN carried"), kept(newPlan, rec2));
    long rec2Version =
        previous(inspector.get(comparison(second)).json(), rec2)
            .getJsonNumber("version")
            .longValue();
    assertEquals(
        409, inspector.put(outcome(second, rec2), judgement("MET", null, rec2Version)).status());
    // Corrected to partly met, the new plan shows the correction.
    var partlyAfterAll =
        inspector.put(
            outcome(second, rec2), judgement("PARTLY_MET", "Victims seen, late", rec2Version));
    assertEquals(200, partlyAfterAll.status(), partlyAfterAll::toString);
    JsonObject corrected2 =
        lead.get("/api/plans/" + newPlan).json().getJsonArray("carried").getJsonObject(0);
    assertEquals("PARTLY_MET", corrected2.getString("outcome"));
    assertEquals("Victims seen, late", corrected2.getString("outcomeNote"));
    // One carried by mistake is taken out again while nothing answers it.
    assertEquals(200, inspector.put(carried(second, rec3), JsonValue.EMPTY_JSON_OBJECT).status());
    var uncarried = inspector.delete(carried(second, rec3));
    assertEquals(200, uncarried.status(), uncarried::toString);
    assertFalse(previous(uncarried.json(), rec3).getBoolean("carried"));
    assertEquals(1, lead.get("/api/plans/" + newPlan).json().getJsonArray("carried").size());
    assertEquals(List.of(), kept(newPlan, rec3));

    // Finished: the previous plan closes and is read-only from then on.
    assertEquals(403, lead.post(complete(second), JsonValue.EMPTY_JSON_OBJECT).status());
    var closed = inspector.post(complete(second), JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, closed.status(), closed::toString);
    assertEquals("CLOSED", closed.json().getJsonObject("previousPlan").getString("status"));
    assertFalse(closed.json().getJsonObject("previousPlan").isNull("closedAt"));
    // The closing is kept by actionplan like any change of the plan's progress.
    assertTrue(keptSinceClosing(firstPlan), "progress kept when the plan closed");
    JsonObject closedPlan = lead.get("/api/plans/" + firstPlan).json();
    assertEquals("CLOSED", closedPlan.getString("status"));
    assertFalse(closedPlan.getBoolean("canEdit"));
    assertFalse(closedPlan.getBoolean("canComment"));
    var refused = lead.post("/api/plans/" + firstPlan + "/actions", action(rec1, service).build());
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(refused.json().getString("detail").contains("closed"), refused::toString);
    JsonObject oldAction = lead.get("/api/actions/" + firstActionId).json();
    assertFalse(oldAction.getBoolean("canEdit"));
    assertEquals(
        409,
        lead.put("/api/actions/" + firstActionId, edit(oldAction, "Changed after closing"))
            .status());
    assertEquals(
        409,
        lead.post(
                "/api/actions/" + firstActionId + "/updates",
                Json.createObjectBuilder()
                    .add("narrative", "Late news")
                    .add("rag", "GREEN")
                    .add("percentComplete", 90)
                    .build())
            .status());
    assertEquals(
        409,
        lead.post(
                "/api/plans/" + firstPlan + "/comments",
                Json.createObjectBuilder().add("text", "After closing").build())
            .status());
    assertEquals(
        409,
        inspector
            .put(
                "/api/recommendations/" + rec1 + "/response",
                Json.createObjectBuilder().add("status", "IMPLEMENTED").add("reason", "x").build())
            .status());
    assertEquals(
        "Implement a flagging system",
        lead.get("/api/actions/" + firstActionId).json().getString("description"));
    assertEquals(409, inspector.post(complete(second), JsonValue.EMPTY_JSON_OBJECT).status());

    // Outcomes stay correctable by inspectors after closing.
    long rec3Version =
        previous(inspector.get(comparison(second)).json(), rec3)
            .getJsonNumber("version")
            .longValue();
    var late =
        inspector.put(outcome(second, rec3), judgement("NOT_MET", "On reflection", rec3Version));
    assertEquals(200, late.status(), late::toString);
    assertEquals("NOT_MET", previous(late.json(), rec3).getString("outcome"));

    var audit = admin.get("/api/audit?objectType=RecommendationOutcome&objectId=" + rec1).json();
    assertEquals(2, audit.getInt("total"), audit::toString);
    var planAudit = admin.get("/api/audit?objectType=ActionPlan&objectId=" + firstPlan).json();
    assertTrue(planAudit.toString().contains("closed"), planAudit::toString);
    assertTrue(
        planAudit.toString().contains("Judged by the inspection of 2023-"), planAudit::toString);
  }

  // --- straight to the database, read only: the kept state no API gives in full yet ----------

  private static java.sql.Connection database() throws SQLException {
    String url =
        "jdbc:mariadb://"
            + System.getProperty("test.db.host")
            + ":"
            + System.getProperty("test.db.port")
            + "/"
            + System.getProperty("test.db.name");
    return DriverManager.getConnection(
        url, System.getProperty("test.db.user"), System.getProperty("test.db.password", ""));
  }

  /** The recommendation's status history in the plan, oldest first: "from>to by who: why". */
  private static List<String> history(long plan, long recommendation) throws SQLException {
    try (var c = database();
        var s =
            c.prepareStatement(
                "SELECT from_status, to_status, changed_by, reason FROM status_change"
                    + " WHERE plan_id = ? AND recommendation_id = ? ORDER BY changed_at, id")) {
      s.setLong(1, plan);
      s.setLong(2, recommendation);
      List<String> entries = new ArrayList<>();
      try (var r = s.executeQuery()) {
        while (r.next()) {
          entries.add(
              r.getString(1)
                  + ">"
                  + r.getString(2)
                  + " by "
                  + r.getString(3)
                  + ": "
                  + r.getString(4));
        }
      }
      return entries;
    }
  }

  /** Where the plan keeps the recommendation standing: "STATUS carried|own", or nothing. */
  private static List<String> kept(long plan, long recommendation) throws SQLException {
    try (var c = database();
        var s =
            c.prepareStatement(
                "SELECT status, carried FROM recommendation_progress"
                    + " WHERE plan_id = ? AND recommendation_id = ?")) {
      s.setLong(1, plan);
      s.setLong(2, recommendation);
      List<String> rows = new ArrayList<>();
      try (var r = s.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1) + (r.getBoolean(2) ? " carried" : " own"));
        }
      }
      return rows;
    }
  }

  private static boolean keptSinceClosing(long plan) throws SQLException {
    try (var c = database();
        var s =
            c.prepareStatement(
                "SELECT progress_kept_at >= closed_at FROM action_plan WHERE id = ?")) {
      s.setLong(1, plan);
      try (var r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  private static long published(Api admin, String report, long service) {
    var created =
        admin.post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    var published =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    return created.id();
  }

  private static List<Long> recommendationIds(Api api, long inspection) {
    return api
        .get("/api/inspections/" + inspection)
        .json()
        .getJsonArray("recommendations")
        .getValuesAs(JsonObject.class)
        .stream()
        .sorted(java.util.Comparator.comparingInt(r -> r.getInt("number")))
        .map(r -> r.getJsonNumber("id").longValue())
        .toList();
  }

  private static String comparison(long inspection) {
    return "/api/inspections/" + inspection + "/comparison";
  }

  private static String outcome(long inspection, long recommendation) {
    return "/api/inspections/" + inspection + "/outcomes/" + recommendation;
  }

  private static String carried(long inspection, long recommendation) {
    return outcome(inspection, recommendation) + "/carried";
  }

  private static String complete(long inspection) {
    return "/api/inspections/" + inspection + "/outcomes/complete";
  }

  private static JsonObject judgement(String outcome, String note, Long version) {
    var body = Json.createObjectBuilder().add("outcome", outcome);
    if (note != null) {
      body.add("note", note);
    }
    if (version != null) {
      body.add("version", version);
    }
    return body.build();
  }

  private static JsonObject row(JsonObject comparison, String code) {
    return comparison.getJsonArray("standards").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No standard " + code + " in " + comparison));
  }

  private static JsonObject previous(JsonObject comparison, long recommendation) {
    return comparison.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("id").longValue() == recommendation)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No recommendation " + recommendation));
  }

  private static List<Long> ids(JsonObject action) {
    return action
        .getJsonArray("recommendationIds")
        .getValuesAs(jakarta.json.JsonNumber.class)
        .stream()
        .map(jakarta.json.JsonNumber::longValue)
        .toList();
  }

  private static JsonObjectBuilder action(long recommendation, long lead) {
    return Json.createObjectBuilder()
        .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
        .add("leadOrganisationId", lead)
        .add("leadPerson", "A. Lead")
        .add("description", "Implement a flagging system")
        .add("successMeasure", "Every YJS child is flagged")
        .add("startDate", "2026-12-01")
        .add("targetDate", "2027-06-30");
  }

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

  /** Field errors answer 400 in this API (see ProblemMapper), naming the field. */
  private static void assertField(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(field, reply.firstErrorField(), reply::toString);
  }
}
