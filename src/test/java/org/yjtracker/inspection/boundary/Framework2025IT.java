package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * The 2025 framework over HTTP against MariaDB: what is published of it is data, an inspection of
 * either kind is recorded, planned and compared with its 2018 predecessor, and the rules not yet
 * published are added by an inspectorate admin without code.
 */
@ExtendWith(ArquillianExtension.class)
class Framework2025IT {

  @ArquillianResource URL base;

  @Test
  void thePublishedFrameworkIsDataAndNothingMore() {
    JsonObject framework = Api.at(base).asAdmin().get("/api/frameworks/HMIP_YJ_2025").json();
    assertTrue(framework.getBoolean("rated"));
    assertFalse(framework.getBoolean("scored"));
    // The four-point scale, with no thresholds: none is published.
    assertEquals(4, framework.getJsonArray("bands").size());
    framework.getJsonArray("bands").getValuesAs(JsonObject.class).stream()
        .forEach(b -> assertTrue(b.isNull("minPercent") && b.isNull("minScore"), b::toString));
    Map<String, JsonObject> kinds =
        framework.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(k -> k.getString("kind"), k -> k));
    assertEquals(List.of("CHILDREN_AND_VICTIMS", "YOUTH_JUSTICE_SERVICES"), kindOrder(framework));
    JsonObject children = kinds.get("CHILDREN_AND_VICTIMS");
    assertEquals(4, children.getInt("ratedAreas"));
    assertEquals(List.of("2.1", "2.2", "2.3", "V1"), strings(children, "standards"));
    JsonObject full = kinds.get("YOUTH_JUSTICE_SERVICES");
    assertEquals(7, full.getInt("ratedAreas"));
    assertEquals(List.of("2.1", "2.2", "2.3", "V1"), strings(full, "standards"));
    JsonObject organisational = domain(framework, "1");
    assertEquals(List.of("YOUTH_JUSTICE_SERVICES"), strings(organisational, "ratedIn"));
    assertTrue(organisational.getJsonArray("standards").isEmpty());
    JsonObject victims = domain(framework, "V").getJsonArray("standards").getJsonObject(0);
    assertEquals("V1", victims.getString("code"));
    List<String> questions = strings(victims, "keyQuestions");
    assertTrue(
        questions.get(0).startsWith("V1.1 Is work with victims high-quality"), questions::toString);
    assertTrue(
        questions.get(1).startsWith("V1.2 Do organisational arrangements"), questions::toString);
  }

  @Test
  void anInspectionOfWorkWithChildrenAndVictimsIsRecordedWithNoInventedRule() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Lambeth 2025", "LONDON");
    Api admin = Api.at(base).asAdmin();
    var created =
        admin.post(
            "/api/inspections",
            InspectionBodies.childrenAndVictims2025(service, "2026-01-13").build());
    assertEquals(201, created.status(), created::toString);
    JsonObject inspection = admin.get("/api/inspections/" + created.id()).json();
    assertEquals("CHILDREN_AND_VICTIMS", inspection.getString("kind"));
    assertEquals("GOOD", inspection.getString("publishedOverall"));
    assertTrue(inspection.isNull("computedScore"));
    assertTrue(inspection.isNull("maxScore"));
    assertEquals(4, inspection.getJsonObject("framework").getInt("ratedAreas"));
    assertEquals(4, inspection.getJsonObject("framework").getInt("knownAreas"));
    // Nothing to disagree with: the framework publishes no rule the ratings could break.
    assertEquals(List.of(), inspection.getJsonArray("disagreements"), inspection::toString);
    assertEquals(4, inspection.getJsonArray("standards").size());
    assertEquals(4, inspection.getJsonArray("recommendations").size());
    var published =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);

    // The list filters by kind as well as by framework.
    String list = "/api/inspections?serviceId=" + service + "&framework=HMIP_YJ_2025";
    assertEquals(1, admin.get(list + "&kind=CHILDREN_AND_VICTIMS").json().getInt("total"));
    assertEquals(0, admin.get(list + "&kind=YOUTH_JUSTICE_SERVICES").json().getInt("total"));
    assertEquals("kind", admin.get(list + "&kind=NOPE").firstErrorField());
    var listPage =
        org.yjtracker.testsupport.Pages.at(base)
            .signedInAs(fixtures.account("list2025", "INSPECTOR"), Api.PASSWORD)
            .get("/inspections?kind=CHILDREN_AND_VICTIMS&serviceId=" + service);
    assertEquals(1, listPage.all("tbody tr").size(), listPage::text);
    assertEquals(
        "CHILDREN_AND_VICTIMS", listPage.one("#kind option[selected]").val(), listPage::text);

    // The plan works as for any inspection.
    Api lead = Api.at(base).as(fixtures.account("lead2025", "SERVICE_LEAD", service), Api.PASSWORD);
    var plan = lead.post("/api/inspections/" + created.id() + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long recommendation =
        inspection.getJsonArray("recommendations").getJsonObject(1).getJsonNumber("id").longValue();
    var action =
        lead.post(
            "/api/plans/" + plan.id() + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
                .add("leadOrganisationId", service)
                .add("leadPerson", "Victims lead")
                .add("description", "Contact every victim within five working days")
                .add("successMeasure", "Every victim contacted in time")
                .add("startDate", "2026-02-01")
                .add("targetDate", "2026-09-30")
                .build());
    assertEquals(201, action.status(), action::toString);
  }

  @Test
  void a2025InspectionIsComparedWithIts2018PredecessorAndItsRecommendationsCarried() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Twice inspected", "LONDON");
    Api admin = Api.at(base).asAdmin();
    // Solihull's 2023 report under the 2018 framework (Requires improvement), then 2025's.
    long before = InspectionBodies.publish(admin, "solihull-2023", service);
    var created =
        admin.post(
            "/api/inspections",
            InspectionBodies.childrenAndVictims2025(service, "2026-01-13").build());
    assertEquals(201, created.status(), created::toString);
    long now = created.id();
    admin.post("/api/inspections/" + now + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    String leadEmail = fixtures.account("twice-lead", "SERVICE_LEAD", service);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    lead.post("/api/inspections/" + before + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    long newPlan = lead.post("/api/inspections/" + now + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();

    String inspectorEmail = fixtures.account("twice-inspector", "INSPECTOR");
    Api inspector = Api.at(base).as(inspectorEmail, Api.PASSWORD);
    JsonObject c = inspector.get("/api/inspections/" + now + "/comparison").json();
    assertEquals("REQUIRES_IMPROVEMENT", c.getString("overallThen"));
    assertEquals("GOOD", c.getString("overallNow"));
    assertEquals("IMPROVED", c.getString("overallChange"));
    assertTrue(c.isNull("scoreNow") && c.isNull("scoreChange"), c::toString);
    // 2018's 2.2 Planning and 2025's 2.2 Planning are different standards: never paired.
    List<JsonObject> rows = c.getJsonArray("standards").getValuesAs(JsonObject.class);
    assertTrue(
        rows.stream().allMatch(r -> r.getString("change").equals("NOT_COMPARABLE")),
        rows::toString);
    assertTrue(rows.stream().noneMatch(r -> !r.isNull("then") && !r.isNull("now")), rows::toString);

    // The previous recommendations are judged and carried forward as after any inspection.
    JsonObject first = c.getJsonArray("recommendations").getJsonObject(0);
    long recommendation = first.getJsonNumber("id").longValue();
    String outcome = "/api/inspections/" + now + "/outcomes/" + recommendation;
    var judged =
        inspector.put(
            outcome,
            Json.createObjectBuilder().add("outcome", "NOT_MET").add("note", "Not yet").build());
    assertEquals(200, judged.status(), judged::toString);
    var carried = inspector.put(outcome + "/carried", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, carried.status(), carried::toString);
    assertEquals(1, lead.get("/api/plans/" + newPlan).json().getJsonArray("carried").size());

    // The page says plainly what can and cannot be compared.
    var page =
        org.yjtracker.testsupport.Pages.at(base)
            .signedInAs(leadEmail, Api.PASSWORD)
            .get("/inspections/" + now + "/comparison");
    assertEquals(200, page.status());
    assertTrue(
        page.one("#frameworks-differ").text().contains("ratings of single standards cannot"),
        page::text);
    assertEquals("Improved", page.one("#overall-change").text());
    assertFalse(page.all("#standards tbody tr").isEmpty());
    assertTrue(
        page.all("#standards tbody tr").stream()
            .allMatch(tr -> tr.text().contains("Not comparable")),
        page::text);
  }

  @Test
  void refusesWhatThe2025FrameworkDoesNotHaveAndSavesNothing() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Refused 2025", "LONDON");
    Api admin = Api.at(base).asAdmin();
    int before = admin.get("/api/services/" + service + "/inspections").array().size();

    var wrongKind =
        InspectionBodies.childrenAndVictims2025(service, "2026-01").add("kind", "STANDARD");
    assertField(admin.post("/api/inspections", wrongKind.build()), "kind");

    var standard2018 =
        InspectionBodies.childrenAndVictims2025(service, "2026-01")
            .add(
                "standards",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("code", "1.1").add("rating", "GOOD")));
    assertField(admin.post("/api/inspections", standard2018.build()), "standards[0].code");

    var scored =
        InspectionBodies.childrenAndVictims2025(service, "2026-01").add("publishedScore", 30);
    assertField(admin.post("/api/inspections", scored.build()), "publishedScore");

    var unaddressed =
        InspectionBodies.childrenAndVictims2025(service, "2026-01")
            .add(
                "recommendations",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("number", 1).add("text", "Do better.")));
    assertField(
        admin.post("/api/inspections", unaddressed.build()), "recommendations[0].ownerKinds");

    // The full kind's organisational delivery areas are not known: none can be rated yet, and a
    // work-with-children inspection never rates them.
    var full =
        InspectionBodies.childrenAndVictims2025(service, "2026-02")
            .add("kind", "YOUTH_JUSTICE_SERVICES");
    var fullCreated = admin.post("/api/inspections", full.build());
    assertEquals(201, fullCreated.status(), fullCreated::toString);
    JsonObject fullView = admin.get("/api/inspections/" + fullCreated.id()).json();
    assertEquals(7, fullView.getJsonObject("framework").getInt("ratedAreas"));
    assertEquals(4, fullView.getJsonObject("framework").getInt("knownAreas"));
    assertEquals(before + 1, admin.get("/api/services/" + service + "/inspections").array().size());
  }

  @Test
  void anAdminAddsTheUnpublishedAreasAndRulesAsData() {
    Api admin = Api.at(base).asAdmin();
    String code = "T25_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var body =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "A framework like 2025's " + code)
            .add("appliesFrom", 2025)
            .add("rated", true)
            .add("scored", false)
            .add(
                "bands",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("rating", "OUTSTANDING"))
                    .add(Json.createObjectBuilder().add("rating", "GOOD"))
                    .add(Json.createObjectBuilder().add("rating", "REQUIRES_IMPROVEMENT"))
                    .add(Json.createObjectBuilder().add("rating", "INADEQUATE")))
            .add(
                "kinds",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "CHILDREN_AND_VICTIMS")
                            .add("ratedAreas", 1))
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "YOUTH_JUSTICE_SERVICES")
                            .add("ratedAreas", 3)))
            .add(
                "domains",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("code", "1")
                            .add("name", "Organisational delivery")
                            .add(
                                "ratedIn", Json.createArrayBuilder().add("YOUTH_JUSTICE_SERVICES")))
                    .add(
                        Json.createObjectBuilder()
                            .add("code", "2")
                            .add("name", "Work with children")
                            .add(
                                "standards",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("code", "2.1")
                                            .add("name", "Assessing")
                                            .add("caseSampled", true)
                                            .add(
                                                "keyQuestions",
                                                Json.createArrayBuilder()
                                                    .add("Achieving positive change")
                                                    .add("Keeping the child safe"))))));
    JsonObject frameworkBody = body.build();
    var created = admin.post("/api/frameworks", frameworkBody);
    assertEquals(201, created.status(), created::toString);

    // A kind that does not exist, or a domain rated in a kind the framework lacks, is refused.
    var badKind =
        Json.createObjectBuilder(frameworkBody)
            .add("code", code + "X")
            .add(
                "kinds",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "NOPE")));
    assertField(admin.post("/api/frameworks", badKind.build()), "kinds[0].kind");

    // The areas of the full kind, as they become known.
    String standards = "/api/frameworks/" + code + "/domains/1/standards";
    JsonObject governance =
        Json.createObjectBuilder().add("code", "1.1").add("name", "Governance").build();
    Fixtures fixtures = new Fixtures(Api.at(base));
    Api inspector = Api.at(base).as(fixtures.account("fw-inspector", "INSPECTOR"), Api.PASSWORD);
    assertEquals(403, inspector.post(standards, governance).status());
    var added = admin.post(standards, governance);
    assertEquals(201, added.status(), added::toString);
    assertEquals(409, admin.post(standards, governance).status());
    assertEquals(
        404, admin.post("/api/frameworks/" + code + "/domains/9/standards", governance).status());
    assertField(
        admin.post(standards, Json.createObjectBuilder().add("name", "No code").build()), "code");
    JsonObject after = admin.get("/api/frameworks/" + code).json();
    Map<String, List<String>> byKind =
        after.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(k -> k.getString("kind"), k -> strings(k, "standards")));
    assertEquals(List.of("2.1"), byKind.get("CHILDREN_AND_VICTIMS"));
    assertEquals(
        List.of("1.1", "2.1"), byKind.get("YOUTH_JUSTICE_SERVICES").stream().sorted().toList());

    // Thresholds published later: key questions then give a rating, and a published rating that
    // differs from them is pointed out.
    var bands =
        Json.createObjectBuilder()
            .add(
                "bands",
                Json.createArrayBuilder()
                    .add(band("OUTSTANDING", 80))
                    .add(band("GOOD", 65))
                    .add(band("REQUIRES_IMPROVEMENT", 50))
                    .add(band("INADEQUATE", 0)))
            .build();
    assertEquals(403, inspector.put("/api/frameworks/" + code + "/bands", bands).status());
    var replaced = admin.put("/api/frameworks/" + code + "/bands", bands);
    assertEquals(200, replaced.status(), replaced::toString);
    assertField(
        admin.put(
            "/api/frameworks/" + code + "/bands",
            Json.createObjectBuilder()
                .add("bands", Json.createArrayBuilder().add(band("GOOD", 1)).add(band("GOOD", 2)))
                .build()),
        "bands[1].rating");
    long service = fixtures.service("Thresholds YJS", "LONDON");
    var assessed =
        admin.post(
            "/api/inspections/assessment",
            Json.createObjectBuilder()
                .add("serviceId", service)
                .add("framework", code)
                .add("kind", "CHILDREN_AND_VICTIMS")
                .add(
                    "standards",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("code", "2.1")
                                .add("rating", "OUTSTANDING")
                                .add(
                                    "keyQuestions",
                                    Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("percentYes", 70))
                                        .add(Json.createObjectBuilder().add("percentYes", 90)))))
                .build());
    assertEquals(200, assessed.status(), assessed::toString);
    assertEquals(
        "GOOD",
        assessed.json().getJsonObject("derivedRatings").getString("2.1"),
        assessed::toString);
  }

  private static JsonObject band(String rating, int minPercent) {
    return Json.createObjectBuilder().add("rating", rating).add("minPercent", minPercent).build();
  }

  private static List<String> kindOrder(JsonObject framework) {
    return framework.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
        .map(k -> k.getString("kind"))
        .toList();
  }

  private static JsonObject domain(JsonObject framework, String code) {
    return framework.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No domain " + code));
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static void assertField(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("field").equals(field)),
        () -> "Expected an error on " + field + ": " + reply);
  }
}
