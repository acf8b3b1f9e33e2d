package org.yjtracker.publicview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * A service with a published inspection, a later published one, and a draft, whose plan holds every
 * kind of internal text (a lead inspector, reasons, a comment, an action's lead person, a progress
 * narrative, an evidence link, an outcome note), each a string that must never reach the public.
 */
final class PublicPlanted {

  static final String LEAD_INSPECTOR = "Inspector Zebedee Plantedname";
  static final String ACCEPTANCE_REASON = "Planted acceptance reason xq1";
  static final String STATUS_REASON = "Planted status reason xq2";
  static final String COMMENT = "Planted plan comment xq3";
  static final String LEAD_PERSON = "Planted Leadperson xq4";
  static final String NARRATIVE = "Planted progress narrative xq5";
  static final String LINK_TITLE = "Planted evidence title xq6";
  static final String LINK_URL = "https://planted.example.org/evidence-xq7";
  static final String OUTCOME_NOTE = "Planted outcome note xq8";
  static final String DESCRIPTION = "Planted action description xq9";

  static final List<String> INTERNAL =
      List.of(
          LEAD_INSPECTOR,
          ACCEPTANCE_REASON,
          STATUS_REASON,
          COMMENT,
          LEAD_PERSON,
          NARRATIVE,
          LINK_TITLE,
          LINK_URL,
          OUTCOME_NOTE,
          "@tracker.test");

  final Fixtures fixtures;
  final String serviceName;
  final String policeName;
  final long service;
  final long inspection;
  final long later;
  final long draft;
  final long plan;

  PublicPlanted(URL base) {
    fixtures = new Fixtures(Api.at(base));
    serviceName = fixtures.unique("Public YJS");
    policeName = fixtures.unique("Public police");
    service = fixtures.service("Public YJS", "WALES");
    long police = fixtures.partner("POLICE", "Public police", service);
    Api admin = Api.at(base).asAdmin();

    var body = InspectionBodies.fromReport("solihull-2023", service).build();
    var recommendations = Json.createArrayBuilder();
    var given = body.getJsonArray("recommendations");
    for (int i = 0; i < given.size(); i++) {
      JsonObject r = given.getJsonObject(i);
      recommendations.add(
          i == 0
              ? Json.createObjectBuilder(r).add("ownerIds", Json.createArrayBuilder().add(police))
              : Json.createObjectBuilder(r));
    }
    inspection =
        publish(
            admin,
            Json.createObjectBuilder(body)
                .add("leadInspector", LEAD_INSPECTOR)
                .add("recommendations", recommendations)
                .build());
    later =
        publish(
            admin,
            InspectionBodies.fromReport("bexley-2024", service)
                .add("leadInspector", LEAD_INSPECTOR)
                .build());
    var drafted =
        admin.post(
            "/api/inspections",
            InspectionBodies.fromReport("suffolk-2023", service)
                .add("leadInspector", LEAD_INSPECTOR)
                .build());
    assertEquals(201, drafted.status(), drafted::toString);
    draft = drafted.id();

    JsonObject published = admin.get("/api/inspections/" + inspection).json();
    long rec1 = recommendationId(published, 0);
    long rec2 = recommendationId(published, 1);
    long rec3 = recommendationId(published, 2);

    Api lead = Api.at(base).as(fixtures.account("publead", "SERVICE_LEAD", service), Api.PASSWORD);
    var started =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    plan = started.id();
    ok(
        lead.put(
            "/api/recommendations/" + rec1 + "/response",
            Json.createObjectBuilder()
                .add("acceptance", "PARTLY_AGREED")
                .add("reason", ACCEPTANCE_REASON)
                .build()));
    ok(
        admin.put(
            "/api/recommendations/" + rec3 + "/response",
            Json.createObjectBuilder()
                .add("status", "IMPLEMENTED")
                .add("reason", STATUS_REASON)
                .build()));
    var comment =
        admin.post(
            "/api/plans/" + plan + "/comments",
            Json.createObjectBuilder().add("text", COMMENT).build());
    assertEquals(201, comment.status(), comment::toString);
    var action =
        lead.post(
            "/api/plans/" + plan + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(rec1))
                .add("leadOrganisationId", police)
                .add("leadPerson", LEAD_PERSON)
                .add("description", DESCRIPTION)
                .add("startDate", "2024-01-01")
                .add("targetDate", "2099-12-31")
                .build());
    assertEquals(201, action.status(), action::toString);
    var update =
        lead.post(
            "/api/actions/" + action.id() + "/updates",
            Json.createObjectBuilder()
                .add("narrative", NARRATIVE)
                .add("rag", "GREEN")
                .add("percentComplete", 40)
                .add(
                    "links",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("title", LINK_TITLE)
                                .add("url", LINK_URL)))
                .build());
    assertEquals(201, update.status(), update::toString);

    // Outcomes come from the re-inspection work; written here straight into the database.
    outcome(rec1, later, "PARTLY_MET");
    outcome(rec2, draft, "MET"); // judged by a draft: not public yet
  }

  /** Recommendation 1: in progress (its action reports 40%); 2: open; 3: set implemented. */
  static long recommendationId(JsonObject inspection, int index) {
    return inspection
        .getJsonArray("recommendations")
        .getJsonObject(index)
        .getJsonNumber("id")
        .longValue();
  }

  private static long publish(Api admin, JsonObject body) {
    var created = admin.post("/api/inspections", body);
    assertEquals(201, created.status(), created::toString);
    ok(admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT));
    return created.id();
  }

  private static void ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
  }

  private static void outcome(long recommendation, long judgedIn, String outcome) {
    String url =
        "jdbc:mariadb://"
            + System.getProperty("test.db.host", "127.0.0.1")
            + ":"
            + System.getProperty("test.db.port", "3306")
            + "/"
            + System.getProperty("test.db.name", "tracker_it");
    try (var connection =
            DriverManager.getConnection(
                url,
                System.getProperty("test.db.user", "root"),
                System.getProperty("test.db.password", ""));
        var insert =
            connection.prepareStatement(
                "INSERT INTO recommendation_outcome (recommendation_id, judged_in_id, outcome,"
                    + " note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, recommendation);
      insert.setLong(2, judgedIn);
      insert.setString(3, outcome);
      insert.setString(4, OUTCOME_NOTE);
      insert.setString(5, "inspector@tracker.test");
      insert.setTimestamp(6, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record an outcome: " + e.getMessage(), e);
    }
  }
}
