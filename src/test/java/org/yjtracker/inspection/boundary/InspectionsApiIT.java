package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.PublishedReports;

/** Inspections over HTTP against MariaDB: the published reports, the rules, the lifecycle. */
@ExtendWith(ArquillianExtension.class)
class InspectionsApiIT {

  @ArquillianResource URL base;

  private Api admin() {
    return Api.at(base).asAdmin();
  }

  private static final java.util.concurrent.atomic.AtomicInteger INSPECTORS =
      new java.util.concurrent.atomic.AtomicInteger();

  private Api inspector(Fixtures fixtures) {
    String email = fixtures.account("inspector" + INSPECTORS.incrementAndGet(), "INSPECTOR");
    return Api.at(base).as(email, Api.PASSWORD);
  }

  @Test
  void seedsTheFrameworksAsData() {
    JsonArray frameworks = admin().get("/api/frameworks").array();
    List<String> codes =
        frameworks.getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList();
    assertTrue(
        codes.containsAll(List.of("HMIP_SQS_2012", "HMIP_YJ_2018", "HMIP_YJ_2025")),
        codes::toString);
    JsonObject yj2018 = admin().get("/api/frameworks/HMIP_YJ_2018").json();
    int standards =
        yj2018.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
            .mapToInt(d -> d.getJsonArray("standards").size())
            .sum();
    assertEquals(13, standards);
    JsonObject resettlement =
        yj2018.getJsonArray("domains").getJsonObject(3).getJsonArray("standards").getJsonObject(0);
    assertEquals("4.1", resettlement.getString("code"));
    assertFalse(resettlement.getBoolean("scored"));
    assertEquals("INADEQUATE", resettlement.getString("limitWhen"));
    assertEquals("GOOD", resettlement.getString("limitCapsAt"));
    JsonObject sqs = admin().get("/api/frameworks/HMIP_SQS_2012").json();
    assertFalse(sqs.getBoolean("rated"));
    assertEquals(404, admin().get("/api/frameworks/NOPE").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"solihull-2023", "wolverhampton-2022", "suffolk-2023", "bexley-2024"})
  void thePublishedReportsReproduceTheirScoresWithNoWarning(String report) {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service(report, "WEST_MIDLANDS");
    JsonObject expected = PublishedReports.expected(report);
    var created =
        inspector(fixtures)
            .post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    JsonObject inspection = admin().get("/api/inspections/" + created.id()).json();
    assertEquals(
        List.of(), inspection.getJsonArray("disagreements").getValuesAs(JsonObject.class), report);
    assertEquals(expected.getInt("score"), inspection.getInt("computedScore"));
    assertEquals(expected.getInt("score"), inspection.getInt("publishedScore"));
    assertEquals(36, inspection.getInt("maxScore"));
    assertEquals(expected.getString("overall"), inspection.getString("computedOverall"));
    assertEquals(expected.getString("published"), inspection.getString("published"));
    assertEquals("DRAFT", inspection.getString("status"));
    assertEquals(
        expected.getJsonArray("recommendations").size(),
        inspection.getJsonArray("recommendations").size());
    for (var discretion :
        expected.getJsonArray("professional_discretion").getValuesAs(JsonObject.class)) {
      JsonObject standard = standard(inspection, discretion.getString("standard"));
      assertEquals(discretion.getString("to"), standard.getString("rating"));
      assertEquals(discretion.getString("from"), standard.getString("derivedRating"));
      assertEquals(
          discretion.getString("from"), standard.getJsonObject("discretion").getString("from"));
    }
  }

  @Test
  void aChangedPercentageThatContradictsThePublishedRatingRaisesAWarning() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Wolverhampton YOT", "WEST_MIDLANDS");
    JsonObject body = InspectionBodies.fromReport("wolverhampton-2022", service).build();
    var created = inspector(fixtures).post("/api/inspections", body);
    assertEquals(201, created.status(), created::toString);
    JsonObject changed = withKeyQuestion(created.json(), body, "3.3", 0, 40);
    var updated = inspector(fixtures).put("/api/inspections/" + created.id(), changed);
    assertEquals(200, updated.status(), updated::toString);
    JsonArray disagreements = updated.json().getJsonArray("disagreements");
    assertEquals(1, disagreements.size(), disagreements::toString);
    assertEquals(
        "RATING_DIFFERS_FROM_KEY_QUESTIONS", disagreements.getJsonObject(0).getString("kind"));
    assertEquals("3.3", disagreements.getJsonObject(0).getString("standard"));
    // Kept as published: the rating stays Outstanding.
    assertEquals("OUTSTANDING", standard(updated.json(), "3.3").getString("rating"));
    assertEquals("INADEQUATE", standard(updated.json(), "3.3").getString("derivedRating"));
  }

  @Test
  void assessesFiguresBeingEnteredWithoutSavingThem() {
    var fixtures = new Fixtures(Api.at(base));
    JsonObject body = InspectionBodies.fromReport("bexley-2024", 1).build();
    var assessed = inspector(fixtures).post("/api/inspections/assessment", body);
    assertEquals(200, assessed.status(), assessed::toString);
    assertEquals(27, assessed.json().getInt("computedScore"));
    assertEquals("GOOD", assessed.json().getString("computedOverall"));
    assertEquals(
        "REQUIRES_IMPROVEMENT", assessed.json().getJsonObject("derivedRatings").getString("3.2"));
    var noFramework =
        inspector(fixtures).post("/api/inspections/assessment", Json.createObjectBuilder().build());
    assertEquals(400, noFramework.status());
    assertEquals("framework", noFramework.firstErrorField());
  }

  @Test
  void refusesBadInputNamingTheFieldAndSavesNothing() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Refusals YJS", "LONDON");
    Api inspector = inspector(fixtures);
    JsonObject good = InspectionBodies.fromReport("solihull-2023", service).build();
    assertField(
        inspector.post("/api/inspections", with(good, "framework", Json.createValue("NOPE"))),
        "framework");
    assertField(
        inspector.post("/api/inspections", with(good, "kind", Json.createValue("FRIENDLY"))),
        "kind");
    assertField(
        inspector.post("/api/inspections", with(good, "published", Json.createValue("July 2024"))),
        "published");
    assertField(
        inspector.post(
            "/api/inspections", with(good, "serviceId", Json.createValue(Long.MAX_VALUE))),
        "serviceId");
    assertField(
        inspector.post(
            "/api/inspections", with(good, "publishedOverall", Json.createValue("NOT_RATED"))),
        "publishedOverall");
    JsonObject percent = withKeyQuestion(null, good, "2.1", 1, 120);
    var tooHigh = inspector.post("/api/inspections", percent);
    assertEquals(400, tooHigh.status(), tooHigh::toString);
    assertTrue(
        tooHigh.firstErrorField().matches("standards\\[\\d+]\\.keyQuestions\\[1]\\.percentYes"),
        tooHigh::toString);
    var unknownStandard =
        Json.createArrayBuilder(good.getJsonArray("standards"))
            .add(Json.createObjectBuilder().add("code", "9.9").add("rating", "GOOD"))
            .build();
    assertField(
        inspector.post("/api/inspections", with(good, "standards", unknownStandard)),
        "standards[13].code");
    var twice =
        Json.createArrayBuilder(good.getJsonArray("recommendations"))
            .add(Json.createObjectBuilder().add("number", 1).add("text", "again"))
            .build();
    assertField(
        inspector.post("/api/inspections", with(good, "recommendations", twice)),
        "recommendations[5].number");
    assertEquals(0, admin().get("/api/inspections?serviceId=" + service).json().getInt("total"));
    assertField(inspector.get("/api/inspections?year=last"), "year");
    assertField(inspector.get("/api/inspections?overall=SPLENDID"), "overall");
  }

  @Test
  void anOlderCoverGivesOnlyTheMonthsOfFieldworkAndPublication() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Older cover YJS", "LONDON");
    var body =
        InspectionBodies.fromReport("wolverhampton-2022", service)
            .add("fieldworkStart", "2019-09")
            .add("published", "2019-11");
    var created = admin().post("/api/inspections", body.build());
    assertEquals(201, created.status(), created::toString);
    JsonObject inspection = admin().get("/api/inspections/" + created.id()).json();
    assertEquals("2019-09", inspection.getString("fieldwork"));
    assertEquals("2019-09-01", inspection.getString("fieldworkStart"));
    assertEquals("2019-11", inspection.getString("published"));
    var page =
        org.yjtracker.testsupport.Pages.at(base)
            .signedInAs(fixtures.account("older-cover", "INSPECTOR"), Api.PASSWORD)
            .get("/inspections/" + created.id());
    assertTrue(
        page.one("#inspection-details").text().contains("Fieldwork started September 2019"),
        page::text);
    var bad =
        InspectionBodies.fromReport("wolverhampton-2022", service).add("fieldworkStart", "2019-13");
    assertField(admin().post("/api/inspections", bad.build()), "fieldworkStart");
  }

  @Test
  void aShortQualityScreeningHasNoRatingsAndItsAreasBecomeRecommendations() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Sandwell YOS", "WEST_MIDLANDS");
    JsonObject body =
        InspectionBodies.fromReport("sandwell-2014", service)
            .add("strengths", Json.createArrayBuilder().add("One").add("Two").add("Three"))
            .build();
    var created = inspector(fixtures).post("/api/inspections", body);
    assertEquals(201, created.status(), created::toString);
    JsonObject sqs = created.json();
    assertEquals("2014-01-22", sqs.getString("published"));
    assertTrue(sqs.isNull("computedScore"));
    assertEquals(List.of(), sqs.getJsonArray("disagreements").getValuesAs(JsonObject.class));
    assertEquals(2, sqs.getJsonArray("recommendations").size());
    assertEquals(3, sqs.getJsonArray("strengths").size());
    assertField(
        inspector(fixtures)
            .post("/api/inspections", with(body, "publishedOverall", Json.createValue("GOOD"))),
        "publishedOverall");
    var publish =
        inspector(fixtures)
            .post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, publish.status(), publish::toString);
  }

  @Test
  void publishingMakesAnInspectionReadOnlyExceptForAnAdminCorrectionWithAReason() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Lifecycle YJS", "LONDON");
    Api inspector = inspector(fixtures);
    JsonObject incomplete =
        with(
            InspectionBodies.fromReport("suffolk-2023", service).build(),
            "publishedOverall",
            JsonValue.NULL);
    var created = inspector.post("/api/inspections", incomplete);
    assertEquals(201, created.status(), created::toString);
    long id = created.id();
    assertField(
        inspector.post("/api/inspections/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT),
        "publishedOverall");
    var completed =
        inspector.put(
            "/api/inspections/" + id,
            with(
                with(incomplete, "publishedOverall", Json.createValue("REQUIRES_IMPROVEMENT")),
                "version",
                Json.createValue(created.json().getInt("version"))));
    assertEquals(200, completed.status(), completed::toString);
    var published =
        inspector.post("/api/inspections/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    assertEquals("PUBLISHED", published.json().getString("status"));
    assertEquals(
        409,
        inspector
            .post("/api/inspections/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    JsonObject correction =
        with(
            InspectionBodies.fromReport("suffolk-2023", service).build(),
            "version",
            Json.createValue(published.json().getInt("version")));
    assertEquals(403, inspector.put("/api/inspections/" + id, correction).status());
    assertEquals(409, inspector.delete("/api/inspections/" + id).status());
    assertField(admin().put("/api/inspections/" + id, correction), "reason");
    var corrected =
        admin()
            .put(
                "/api/inspections/" + id,
                with(
                    with(correction, "leadInspector", Json.createValue("Jane Inspector")),
                    "reason",
                    Json.createValue("Lead inspector was missing")));
    assertEquals(200, corrected.status(), corrected::toString);
    assertEquals("Jane Inspector", corrected.json().getString("leadInspector"));
    var audit = admin().get("/api/audit?objectType=Inspection&objectId=" + id).json();
    assertTrue(audit.toString().contains("Lead inspector was missing"), audit::toString);
    var stale =
        admin()
            .put(
                "/api/inspections/" + id,
                with(
                    with(correction, "reason", Json.createValue("again")),
                    "version",
                    Json.createValue(0)));
    assertEquals(409, stale.status(), stale::toString);
    assertEquals(id, stale.json().getJsonObject("current").getInt("id"));
  }

  @Test
  void aServicesInspectionsFormAChainByDate() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Chain YJS", "LONDON");
    Api inspector = inspector(fixtures);
    long later =
        inspector
            .post("/api/inspections", InspectionBodies.fromReport("bexley-2024", service).build())
            .id();
    long earlier =
        inspector
            .post(
                "/api/inspections",
                InspectionBodies.fromReport("wolverhampton-2022", service).build())
            .id();
    long first =
        inspector
            .post("/api/inspections", InspectionBodies.fromReport("sandwell-2014", service).build())
            .id();
    JsonArray chain = admin().get("/api/services/" + service + "/inspections").array();
    assertEquals(
        List.of(first, earlier, later),
        chain.getValuesAs(JsonObject.class).stream()
            .map(i -> i.getJsonNumber("id").longValue())
            .toList());
    JsonObject newest = admin().get("/api/inspections/" + later).json();
    assertEquals(earlier, newest.getJsonObject("previous").getInt("id"));
    assertTrue(newest.isNull("next"));
    JsonObject middle = admin().get("/api/inspections/" + earlier).json();
    assertEquals(first, middle.getJsonObject("previous").getInt("id"));
    assertEquals(later, middle.getJsonObject("next").getInt("id"));
    var duplicate =
        inspector.post(
            "/api/inspections", InspectionBodies.fromReport("bexley-2024", service).build());
    assertEquals(409, duplicate.status(), duplicate::toString);
    var deleted = inspector.delete("/api/inspections/" + earlier);
    assertEquals(204, deleted.status(), deleted::toString);
    assertEquals(
        first,
        admin().get("/api/inspections/" + later).json().getJsonObject("previous").getInt("id"));
  }

  @Test
  void listsWithFiltersAndPages() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Filters YJS", "NORTH_EAST");
    Api inspector = inspector(fixtures);
    inspector.post(
        "/api/inspections", InspectionBodies.fromReport("suffolk-2023", service).build());
    inspector.post("/api/inspections", InspectionBodies.fromReport("bexley-2024", service).build());
    inspector.post(
        "/api/inspections", InspectionBodies.fromReport("sandwell-2014", service).build());
    String all = "/api/inspections?serviceId=" + service;
    assertEquals(3, admin().get(all).json().getInt("total"));
    JsonObject page = admin().get(all + "&size=2&page=1").json();
    assertEquals(2, page.getJsonArray("items").size());
    assertEquals(2, page.getInt("totalPages"));
    assertEquals("2024-07", page.getJsonArray("items").getJsonObject(0).getString("published"));
    assertEquals(1, admin().get(all + "&year=2023").json().getInt("total"));
    assertEquals(1, admin().get(all + "&overall=GOOD").json().getInt("total"));
    assertEquals(1, admin().get(all + "&framework=HMIP_SQS_2012").json().getInt("total"));
    assertEquals(3, admin().get(all + "&region=NORTH_EAST").json().getInt("total"));
    assertEquals(0, admin().get(all + "&region=WALES").json().getInt("total"));
    assertEquals(3, admin().get(all + "&status=DRAFT").json().getInt("total"));
  }

  @Test
  void servicesAndPartnersReadOnlyThePublishedInspectionsOfTheirOwnServices() {
    var fixtures = new Fixtures(Api.at(base));
    long own = fixtures.service("Own YJS", "LONDON");
    long other = fixtures.service("Other YJS", "LONDON");
    long police = fixtures.partner("POLICE", "Own police", own);
    Api inspector = inspector(fixtures);
    long published =
        inspector
            .post("/api/inspections", InspectionBodies.fromReport("bexley-2024", own).build())
            .id();
    assertEquals(
        200,
        inspector
            .post("/api/inspections/" + published + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    long draft =
        inspector
            .post("/api/inspections", InspectionBodies.fromReport("suffolk-2023", own).build())
            .id();
    long elsewhere =
        inspector
            .post("/api/inspections", InspectionBodies.fromReport("bexley-2024", other).build())
            .id();
    assertEquals(
        200,
        inspector
            .post("/api/inspections/" + elsewhere + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());

    for (String role : List.of("SERVICE_LEAD", "BOARD_MEMBER", "VIEWER")) {
      Api reader = Api.at(base).as(fixtures.account(role.toLowerCase(), role, own), Api.PASSWORD);
      assertEquals(200, reader.get("/api/inspections/" + published).status(), role);
      assertEquals(404, reader.get("/api/inspections/" + draft).status(), role);
      assertEquals(404, reader.get("/api/inspections/" + elsewhere).status(), role);
      JsonObject list = reader.get("/api/inspections").json();
      assertEquals(1, list.getInt("total"), role);
      assertEquals(1, reader.get("/api/services/" + own + "/inspections").array().size(), role);
      assertEquals(404, reader.get("/api/services/" + other + "/inspections").status(), role);
      assertEquals(
          403,
          reader
              .post("/api/inspections", InspectionBodies.fromReport("solihull-2023", own).build())
              .status(),
          role);
      assertEquals(403, reader.delete("/api/inspections/" + draft).status(), role);
    }
    Api partner = Api.at(base).as(fixtures.account("partner", "PARTNER", police), Api.PASSWORD);
    assertEquals(200, partner.get("/api/inspections/" + published).status());
    assertEquals(404, partner.get("/api/inspections/" + elsewhere).status());
    long uninspected = fixtures.service("Uninspected YJS", "WALES");
    Api nobody = Api.at(base).as(fixtures.account("nobody", "VIEWER", uninspected), Api.PASSWORD);
    assertEquals(0, nobody.get("/api/inspections").json().getInt("total"));
    assertEquals(401, Api.at(base).anonymous().get("/api/inspections").status());
  }

  @Test
  void anAdminAddsAFrameworkAndRenamesAStandardWithoutACodeChange() {
    var fixtures = new Fixtures(Api.at(base));
    String code = "TEST_" + Math.abs(fixtures.unique("").hashCode());
    var body =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "Test framework")
            .add("appliesFrom", 2030)
            .add("rated", true)
            .add("scored", true)
            .add(
                "bands",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("rating", "GOOD")
                            .add("points", 1)
                            .add("minPercent", 50)
                            .add("minScore", 1))
                    .add(
                        Json.createObjectBuilder()
                            .add("rating", "INADEQUATE")
                            .add("points", 0)
                            .add("minPercent", 0)
                            .add("minScore", 0)))
            .add(
                "domains",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("code", "A")
                            .add("name", "Work")
                            .add(
                                "standards",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("code", "A.1")
                                            .add("name", "Victims")
                                            .add("caseSampled", true)
                                            .add("scored", true)
                                            .add(
                                                "keyQuestions",
                                                Json.createArrayBuilder().add("Safe?"))))))
            .build();
    assertEquals(403, inspector(fixtures).post("/api/frameworks", body).status());
    var created = admin().post("/api/frameworks", body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(409, admin().post("/api/frameworks", body).status());
    var renamed =
        admin()
            .put(
                "/api/frameworks/" + code + "/standards/A.1",
                Json.createObjectBuilder().add("name", "Work with victims").build());
    assertEquals(200, renamed.status(), renamed::toString);
    long service = fixtures.service("New framework YJS", "LONDON");
    var inspection =
        inspector(fixtures)
            .post(
                "/api/inspections",
                Json.createObjectBuilder()
                    .add("serviceId", service)
                    .add("framework", code)
                    .add("kind", "STANDARD")
                    .add("published", "2030-05")
                    .add("publishedScore", 1)
                    .add("publishedOverall", "GOOD")
                    .add(
                        "standards",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("code", "A.1")
                                    .add("rating", "GOOD")
                                    .add(
                                        "keyQuestions",
                                        Json.createArrayBuilder()
                                            .add(
                                                Json.createObjectBuilder().add("percentYes", 55)))))
                    .build());
    assertEquals(201, inspection.status(), inspection::toString);
    assertEquals(
        List.of(), inspection.json().getJsonArray("disagreements").getValuesAs(JsonObject.class));
    assertEquals("Work with victims", standard(inspection.json(), "A.1").getString("name"));
  }

  private static JsonObject standard(JsonObject inspection, String code) {
    return inspection.getJsonArray("standards").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject with(JsonObject body, String key, JsonValue value) {
    return Json.createObjectBuilder(body).add(key, value).build();
  }

  /** The body with one key question's % changed (and the version of {@code current}, if given). */
  private static JsonObject withKeyQuestion(
      JsonObject current, JsonObject body, String code, int index, int percent) {
    var standards = Json.createArrayBuilder();
    for (JsonObject s : body.getJsonArray("standards").getValuesAs(JsonObject.class)) {
      if (s.getString("code").equals(code)) {
        var questions = Json.createArrayBuilder(s.getJsonArray("keyQuestions"));
        questions.set(index, Json.createObjectBuilder().add("percentYes", percent));
        standards.add(Json.createObjectBuilder(s).add("keyQuestions", questions));
      } else {
        standards.add(s);
      }
    }
    var changed = Json.createObjectBuilder(body).add("standards", standards);
    if (current != null) {
      changed.add("version", current.getInt("version"));
    }
    return changed.build();
  }

  private static void assertField(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"), reply::toString);
    assertEquals(field, reply.firstErrorField(), reply::toString);
  }
}
