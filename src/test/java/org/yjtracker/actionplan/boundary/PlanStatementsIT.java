package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * Reading a plan costs as many SQL statements with 50 actions as with 5: no query per action, per
 * update, per organisation or (in a partner's list of actions) per plan. The server counts each
 * request's statements (X-Statement-Count, turned on in arquillian.xml); each read of the API and
 * of the pages is compared between two plans built alike, one ten times the other.
 */
@ExtendWith(ArquillianExtension.class)
class PlanStatementsIT {

  private static final String HEADER = "X-Statement-Count";

  @ArquillianResource URL base;

  @Test
  void readsOfAPlanCostTheSameStatementsWhateverItsNumberOfActions() {
    Api admin = Api.at(base).asAdmin();
    Seeded small = seed(admin, 5);
    Seeded large = seed(admin, 50);
    // The action compared on its own page has a long history in the large plan.
    long busy = large.actions.get(0);
    for (int i = 0; i < 9; i++) {
      report(large.lead, busy, i);
    }
    retarget(large.lead, busy, "2027-09-30");
    retarget(large.lead, busy, "2027-12-31");

    assertTrue(
        statements(small.lead, small.plan()) > 0, "A plan read ran no statement: nothing counts");
    List<Executable> checks = new ArrayList<>();
    compare(checks, "GET a plan as its service lead", small, large, s -> s.lead, Seeded::plan);
    compare(checks, "GET a plan as the inspectorate", small, large, s -> admin, Seeded::plan);
    compare(checks, "GET a plan as its partner", small, large, s -> s.partner, Seeded::plan);
    compare(
        checks,
        "GET a plan's CSV export",
        small,
        large,
        s -> s.lead,
        s -> s.plan() + "/export?format=csv");
    compare(checks, "GET my actions", small, large, s -> s.partner, s -> "/api/me/actions");
    compare(
        checks,
        "GET an action (1 update vs 10, 1 date change vs 3)",
        small,
        large,
        s -> s.lead,
        s -> "/api/actions/" + s.actions.get(0));
    // A partner's actions in two plans cost what two actions of one plan cost.
    var f = new Fixtures(admin);
    Api onePlan = partner(f, "one-plan", small.leads.get(0), small.leads.get(1));
    Api twoPlans = partner(f, "two-plans", small.leads.get(0), large.leads.get(0));
    compare(
        checks,
        "GET my actions",
        "2 actions of 1 plan",
        statements(onePlan, "/api/me/actions"),
        "2 actions of 2 plans",
        statements(twoPlans, "/api/me/actions"));
    compare(checks, "the plan page", small, large, s -> s.lead, s -> "/plans/" + s.planId);
    compare(
        checks, "the action page", small, large, s -> s.lead, s -> "/actions/" + s.actions.get(0));
    compare(checks, "the my actions page", small, large, s -> s.partner, s -> "/my-actions");
    assertAll(checks);
  }

  /** One read of each plan. */
  private static void compare(
      List<Executable> checks,
      String what,
      Seeded small,
      Seeded large,
      Function<Seeded, Api> caller,
      Function<Seeded, String> path) {
    compare(
        checks,
        what,
        small.actions.size() + " actions",
        statements(caller.apply(small), path.apply(small)),
        large.actions.size() + " actions",
        statements(caller.apply(large), path.apply(large)));
  }

  /** The counts also go to the output, for the record. */
  private static void compare(
      List<Executable> checks, String what, String fewRows, int few, String manyRows, int many) {
    String counts =
        String.format("%s: %s cost %d statements, %s %d", what, fewRows, few, manyRows, many);
    System.out.println("[statements] " + counts);
    checks.add(() -> assertEquals(few, many, counts));
  }

  /**
   * The statements of a read, after one read to warm up (the first may differ for other reasons).
   */
  private static int statements(Api api, String path) {
    assertEquals(200, api.get(path).status(), path);
    Api.Reply reply = api.get(path);
    assertEquals(200, reply.status(), () -> path + ": " + reply);
    String count = reply.header(HEADER);
    assertNotNull(count, path + " answered without " + HEADER);
    return Integer.parseInt(count);
  }

  /**
   * A plan and its callers. Every action has its own lead partner, answers one or two
   * recommendations (every fifth an area for improvement instead), moved its target date once with
   * a reason and has a progress update: every other one with evidence links, every fifth with a
   * file. The service's recommendations are owned by three other partners and answered.
   */
  private record Seeded(long planId, Api lead, Api partner, List<Long> leads, List<Long> actions) {
    String plan() {
      return "/api/plans/" + planId;
    }
  }

  private Seeded seed(Api admin, int actions) {
    var f = new Fixtures(admin);
    long service = f.service("Statements YJS " + actions, "LONDON");
    List<Long> partners = new ArrayList<>();
    for (int i = 0; i < actions; i++) {
      partners.add(f.partner("POLICE", "Statements partner " + i + " of " + actions, service));
    }
    // Owners apart from the leads: an owner read with the answers must not spare a lead's read.
    List<Long> owners = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      owners.add(f.partner("HEALTH", "Statements owner " + i + " of " + actions, service));
    }
    var created = admin.post("/api/inspections", ownedBy(owners, service));
    assertEquals(201, created.status(), created::toString);
    var published =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    Api lead = Api.at(base).as(f.account("statements-lead", "SERVICE_LEAD", service), Api.PASSWORD);
    Api partner =
        partner(f, "statements-partner", partners.stream().mapToLong(Long::longValue).toArray());
    var started =
        lead.post("/api/inspections/" + created.id() + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    long plan = started.id();

    List<JsonObject> recommendations =
        admin
            .get("/api/inspections/" + created.id())
            .json()
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class);
    for (JsonObject r : recommendations) {
      long owner = r.getJsonArray("owners").getJsonObject(0).getJsonNumber("id").longValue();
      var answered =
          lead.put(
              "/api/recommendations/" + r.getJsonNumber("id").longValue() + "/response",
              Json.createObjectBuilder()
                  .add("acceptance", "AGREED")
                  .add("leadOwnerId", owner)
                  .build());
      assertEquals(200, answered.status(), answered::toString);
    }
    var commented =
        admin.post(
            "/api/plans/" + plan + "/comments",
            Json.createObjectBuilder().add("text", "Please add measures").build());
    assertEquals(201, commented.status(), commented::toString);

    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < actions; i++) {
      JsonArrayBuilder answers = Json.createArrayBuilder();
      var body =
          Json.createObjectBuilder()
              .add("leadOrganisationId", partners.get(i))
              .add("leadPerson", "Lead " + i)
              .add("description", "Action " + i)
              .add("successMeasure", "Measured " + i)
              .add("startDate", "2026-12-01")
              .add("targetDate", "2027-03-31");
      if (i % 5 == 4) {
        body.add("areaForImprovement", "Area " + i);
      } else {
        answers.add(id(recommendations.get(i % recommendations.size())));
        if (i % 3 == 0) {
          answers.add(id(recommendations.get((i + 1) % recommendations.size())));
        }
      }
      var action =
          lead.post(
              "/api/plans/" + plan + "/actions", body.add("recommendationIds", answers).build());
      assertEquals(201, action.status(), action::toString);
      ids.add(action.id());
      retarget(lead, action.id(), "2027-06-30");
      report(lead, action.id(), i);
    }
    return new Seeded(plan, lead, partner, partners, ids);
  }

  private Api partner(Fixtures f, String name, long... organisations) {
    return Api.at(base).as(f.account(name, "PARTNER", organisations), Api.PASSWORD);
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** The solihull-2023 inspection of the service, each recommendation owned by one partner. */
  private static JsonObject ownedBy(List<Long> owners, long service) {
    JsonObject inspection = InspectionBodies.fromReport("solihull-2023", service).build();
    List<JsonObject> recommendations =
        inspection.getJsonArray("recommendations").getValuesAs(JsonObject.class);
    var owned = Json.createArrayBuilder();
    for (int i = 0; i < recommendations.size(); i++) {
      owned.add(
          Json.createObjectBuilder(recommendations.get(i))
              .add("ownerIds", Json.createArrayBuilder().add(owners.get(i % owners.size()))));
    }
    return Json.createObjectBuilder(inspection).add("recommendations", owned).build();
  }

  /** Moves the action's target date, with a reason. */
  private static void retarget(Api lead, long action, String to) {
    JsonObject now = lead.get("/api/actions/" + action).json();
    var ids = Json.createArrayBuilder();
    now.getJsonArray("recommendationIds").forEach(ids::add);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("recommendationIds", ids)
            .add("leadOrganisationId", now.getJsonObject("leadOrganisation").getInt("id"))
            .add("leadPerson", now.getString("leadPerson"))
            .add("description", now.getString("description"))
            .add("successMeasure", now.getString("successMeasure"))
            .add("startDate", now.getString("startDate"))
            .add("targetDate", to)
            .add("targetDateReason", "Waiting for the new records system")
            .add("status", now.getString("status"))
            .add("version", now.getInt("version"));
    if (now.get("areaForImprovement") instanceof jakarta.json.JsonString area) {
      body.add("areaForImprovement", area.getString());
    }
    var moved = lead.put("/api/actions/" + action, body.build());
    assertEquals(200, moved.status(), moved::toString);
  }

  /** A progress update: every other one with evidence links, every fifth with a file. */
  private static void report(Api lead, long action, int i) {
    var body =
        Json.createObjectBuilder()
            .add("narrative", "Progress " + i)
            .add("rag", i % 3 == 0 ? "AMBER" : "GREEN")
            .add("percentComplete", 10 + i);
    if (i % 2 == 0) {
      var links = Json.createArrayBuilder();
      for (int l = 0; l <= i % 4 / 2; l++) {
        links.add(
            Json.createObjectBuilder()
                .add("title", "Board paper " + l)
                .add("url", "https://example.org/paper-" + i + "-" + l + ".pdf"));
      }
      body.add("links", links);
    }
    var reported = lead.post("/api/actions/" + action + "/updates", body.build());
    assertEquals(201, reported.status(), reported::toString);
    if (i % 5 == 0) {
      long update = reported.json().getJsonObject("latestUpdate").getJsonNumber("id").longValue();
      var file =
          lead.upload(
              "/api/actions/" + action + "/updates/" + update + "/files",
              ("%PDF-1.4 minutes " + i).getBytes(StandardCharsets.US_ASCII),
              "application/octet-stream",
              Map.of("X-File-Name", "minutes-" + i + ".pdf"));
      assertEquals(201, file.status(), file::toString);
    }
  }
}
