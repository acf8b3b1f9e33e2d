package org.yjtracker.theme.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/** Themes over HTTP against MariaDB: the seeded taxonomy, admin changes, confirming, theme page. */
@ExtendWith(ArquillianExtension.class)
class ThemesApiIT {

  private static final Set<String> SEEDED =
      Set.of(
          "VICTIMS",
          "CONTINGENCY",
          "RISK_OF_HARM",
          "SAFETY_WELLBEING",
          "EDUCATION_SEND",
          "SLC",
          "DIVERSITY",
          "OVERSIGHT",
          "GOVERNANCE",
          "VOICE",
          "OUT_OF_COURT",
          "RESETTLEMENT",
          "DATA",
          "FUNDING");

  @ArquillianResource URL base;

  @Test
  void theSeededThemesAreListedAndOnlyAdminsChangeThem() {
    var f = new Fixtures(Api.at(base));
    Api admin = Api.at(base).asAdmin();
    Api inspector = Api.at(base).as(f.account("inspector", "INSPECTOR"), Api.PASSWORD);

    JsonArray listed = inspector.get("/api/themes").array();
    Set<String> codes = codes(listed);
    assertTrue(codes.containsAll(SEEDED), codes.toString());
    JsonObject victims = byCode(listed, "VICTIMS");
    assertEquals("Victims", victims.getString("name"));
    assertTrue(strings(victims.getJsonArray("keywords")).contains("victim"));
    assertFalse(victims.getBoolean("retired"));
    assertTrue(victims.containsKey("confirmedRecommendations"));

    String name = f.unique("Transitions to adult services");
    var created =
        admin.post(
            "/api/themes",
            theme(name)
                .add(
                    "keywords",
                    Json.createArrayBuilder()
                        .add("transition")
                        .add(" adult services ")
                        .add("Transition"))
                .build());
    assertEquals(201, created.status(), created::toString);
    long id = created.id();
    assertTrue(created.header("Location").endsWith("/api/themes/" + id));
    assertTrue(
        created.json().getString("code").startsWith("TRANSITIONS_TO_ADULT_SERVICES"),
        created::toString);
    assertEquals(
        List.of("adult services", "transition"), strings(created.json().getJsonArray("keywords")));

    // Duplicates, bad input, other roles.
    var duplicate = admin.post("/api/themes", theme(name.toUpperCase()).build());
    assertEquals(409, duplicate.status(), duplicate::toString);
    assertEquals("name", duplicate.firstErrorField());
    assertEquals(
        409,
        admin
            .post("/api/themes", theme(f.unique("Other")).add("code", "VICTIMS").build())
            .status());
    assertField(admin.post("/api/themes", theme(" ").build()), "name");
    assertField(
        admin.post("/api/themes", theme(f.unique("X")).add("code", "bad code").build()), "code");
    assertField(
        admin.post(
            "/api/themes",
            theme(f.unique("Y")).add("keywords", Json.createArrayBuilder().add("--")).build()),
        "keywords[0]");
    assertEquals(403, inspector.post("/api/themes", theme(f.unique("Mine")).build()).status());
    assertEquals(0, count(admin, "/api/themes", f.unique("Mine")));

    // Changing: with the version read; a stale one is a conflict.
    long version = created.json().getJsonNumber("version").longValue();
    JsonObject change =
        theme(name + " and transfers")
            .add("keywords", Json.createArrayBuilder().add("transition").add("transfer"))
            .add("description", "Moving to adult services")
            .add("version", version)
            .build();
    assertEquals(403, inspector.put("/api/themes/" + id, change).status());
    assertField(admin.put("/api/themes/" + id, theme(name).build()), "version");
    var changed = admin.put("/api/themes/" + id, change);
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(name + " and transfers", changed.json().getString("name"));
    assertEquals(
        List.of("transfer", "transition"), strings(changed.json().getJsonArray("keywords")));
    var stale = admin.put("/api/themes/" + id, change);
    assertEquals(409, stale.status(), stale::toString);
    assertEquals(name + " and transfers", stale.json().getJsonObject("current").getString("name"));

    // Retired and back again; the code never changes.
    long v2 = changed.json().getJsonNumber("version").longValue();
    var retired =
        admin.put(
            "/api/themes/" + id,
            theme(name + " and transfers").add("retired", true).add("version", v2).build());
    assertEquals(200, retired.status(), retired::toString);
    assertTrue(retired.json().getBoolean("retired"));
    assertEquals(
        List.of("transfer", "transition"), strings(retired.json().getJsonArray("keywords")));
    assertEquals(created.json().getString("code"), retired.json().getString("code"));
    assertTrue(admin.get("/api/themes/" + id).json().getJsonObject("theme").getBoolean("retired"));
    assertEquals(404, admin.get("/api/themes/999999999").status());

    JsonArray history =
        admin.get("/api/audit?objectType=Theme&objectId=" + id).json().getJsonArray("items");
    assertEquals(3, history.size(), history::toString);
  }

  @Test
  void inspectorsConfirmSuggestedThemesAndTheThemePageShowsWhereEachStands() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Themed YJS", "WEST_MIDLANDS");
    long board = f.board("Themed board", service);
    long police = f.partner("POLICE", "Themed police", service);
    long other = f.service("Unthemed YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Unthemed police", other);
    Api admin = Api.at(base).asAdmin();
    Api inspector = Api.at(base).as(f.account("inspector", "INSPECTOR"), Api.PASSWORD);
    Api lead = Api.at(base).as(f.account("lead", "SERVICE_LEAD", service), Api.PASSWORD);
    Api member = Api.at(base).as(f.account("member", "BOARD_MEMBER", board), Api.PASSWORD);
    Api ourPolice = Api.at(base).as(f.account("police", "PARTNER", police), Api.PASSWORD);
    Api stranger = Api.at(base).as(f.account("stranger", "PARTNER", otherPolice), Api.PASSWORD);
    long inspection = published(admin, "solihull-2023", service);

    // Suggestions from the recommendations' own words, with the phrases that suggest them.
    JsonObject themes = inspector.get("/api/inspections/" + inspection + "/themes").json();
    JsonArray recs = themes.getJsonArray("recommendations");
    assertEquals(5, recs.size());
    assertTrue(codes(themes.getJsonArray("available")).containsAll(SEEDED));
    JsonObject rec1 = recs.getJsonObject(0);
    assertEquals(Set.of("SAFETY_WELLBEING"), codes(rec1.getJsonArray("suggested")));
    assertEquals(
        List.of("keep children safe"),
        strings(rec1.getJsonArray("suggested").getJsonObject(0).getJsonArray("matched")));
    JsonObject rec3 = recs.getJsonObject(2);
    assertEquals(Set.of("GOVERNANCE", "EDUCATION_SEND"), codes(rec3.getJsonArray("suggested")));
    JsonObject rec4 = recs.getJsonObject(3);
    assertEquals(Set.of("SLC"), codes(rec4.getJsonArray("suggested")));
    assertEquals(Set.of("VOICE"), codes(recs.getJsonObject(4).getJsonArray("suggested")));
    assertEquals(0, rec4.getJsonArray("confirmed").size());

    long slc = byCode(themes.getJsonArray("available"), "SLC").getJsonNumber("id").longValue();
    long governance = idOf(themes, "GOVERNANCE");
    long education = idOf(themes, "EDUCATION_SEND");
    long rec3Id = rec3.getJsonNumber("id").longValue();
    long rec4Id = rec4.getJsonNumber("id").longValue();

    // Confirming: inspectors only, known and current themes only.
    assertEquals(403, lead.put(themesOf(rec4Id), ids(slc)).status());
    assertField(inspector.put(themesOf(rec4Id), ids(slc, 999999999L)), "themes");
    long retired = retiredTheme(admin, f);
    assertField(inspector.put(themesOf(rec4Id), ids(retired)), "themes");
    assertField(inspector.put(themesOf(rec4Id), JsonValue.EMPTY_JSON_OBJECT), "themes");
    assertEquals(
        0,
        inspector
            .get("/api/inspections/" + inspection + "/themes")
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(3)
            .getJsonArray("confirmed")
            .size());
    var confirmed = inspector.put(themesOf(rec4Id), ids(slc));
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals(Set.of("SLC"), codes(confirmed.json().getJsonArray("confirmed")));
    assertEquals(200, inspector.put(themesOf(rec3Id), ids(governance, education)).status());
    var narrowed = inspector.put(themesOf(rec3Id), ids(governance));
    assertEquals(Set.of("GOVERNANCE"), codes(narrowed.json().getJsonArray("confirmed")));
    assertEquals(
        Set.of("GOVERNANCE"),
        codes(
            lead.get("/api/inspections/" + inspection + "/themes")
                .json()
                .getJsonArray("recommendations")
                .getJsonObject(2)
                .getJsonArray("confirmed")));
    JsonArray audit =
        admin
            .get("/api/audit?objectType=RecommendationThemes&objectId=" + rec3Id)
            .json()
            .getJsonArray("items");
    assertEquals(2, audit.size(), audit::toString);

    // The theme page: no plan yet, then the plan's status, then the next inspection's outcome.
    JsonObject row = rowOf(inspector.get("/api/themes/" + slc).json(), rec4Id);
    assertEquals(service, row.getJsonNumber("serviceId").longValue());
    assertEquals("WEST_MIDLANDS", row.getString("region"));
    assertEquals(4, row.getInt("number"));
    assertEquals("2023-12", row.getString("published"));
    assertTrue(row.isNull("planStatus"));
    assertTrue(row.isNull("outcome"));

    var plan = lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    var action =
        lead.post(
            "/api/plans/" + plan.id() + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(rec4Id))
                .add("leadOrganisationId", service)
                .add("leadPerson", "A. Lead")
                .add("description", "Commission a speech and language therapist")
                .add("successMeasure", "Every child screened")
                .add("startDate", "2026-12-01")
                .add("targetDate", "2027-06-30")
                .add("status", "IN_PROGRESS")
                .build());
    assertEquals(201, action.status(), action::toString);
    long next = published(admin, "bexley-2024", service);
    var outcome =
        inspector.put(
            "/api/inspections/" + next + "/outcomes/" + rec4Id,
            Json.createObjectBuilder().add("outcome", "PARTLY_MET").build());
    assertEquals(200, outcome.status(), outcome::toString);

    row = rowOf(member.get("/api/themes/" + slc).json(), rec4Id);
    assertEquals(plan.id(), row.getJsonNumber("planId").longValue());
    assertEquals("IN_PROGRESS", row.getString("planStatus"));
    assertEquals("PARTLY_MET", row.getString("outcome"));
    assertEquals(next, row.getJsonNumber("outcomeInspectionId").longValue());
    rowOf(ourPolice.get("/api/themes/" + slc).json(), rec4Id);

    // A partner of another service sees none of it, and counts only what it sees.
    JsonObject theirs = stranger.get("/api/themes/" + slc).json();
    assertTrue(
        theirs.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
            .noneMatch(r -> r.getJsonNumber("serviceId").longValue() == service),
        theirs::toString);
    assertEquals(
        theirs.getJsonArray("recommendations").size(),
        byCode(stranger.get("/api/themes").array(), "SLC").getInt("confirmedRecommendations"));
    assertEquals(404, stranger.get("/api/inspections/" + inspection + "/themes").status());
    assertTrue(
        byCode(inspector.get("/api/themes").array(), "SLC").getInt("confirmedRecommendations")
            >= 1);
  }

  private static String themesOf(long recommendationId) {
    return "/api/recommendations/" + recommendationId + "/themes";
  }

  private static JsonObject ids(long... ids) {
    var array = Json.createArrayBuilder();
    for (long id : ids) {
      array.add(id);
    }
    return Json.createObjectBuilder().add("themes", array).build();
  }

  private static long idOf(JsonObject themes, String code) {
    return byCode(themes.getJsonArray("available"), code).getJsonNumber("id").longValue();
  }

  private static long retiredTheme(Api admin, Fixtures f) {
    var created =
        admin.post("/api/themes", theme(f.unique("Old theme")).add("retired", true).build());
    assertEquals(201, created.status(), created::toString);
    return created.id();
  }

  private static JsonObject rowOf(JsonObject page, long recommendationId) {
    return page.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("recommendationId").longValue() == recommendationId)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No recommendation " + recommendationId + " in " + page));
  }

  private static long published(Api admin, String report, long service) {
    var created =
        admin.post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    var publish =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, publish.status(), publish::toString);
    return created.id();
  }

  private static JsonObjectBuilder theme(String name) {
    return Json.createObjectBuilder().add("name", name);
  }

  private static long count(Api api, String path, String name) {
    return api.get(path).array().getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("name").equals(name))
        .count();
  }

  private static void assertField(Api.Reply reply, String field) {
    // The application answers every invalid input with 400 and the fields in error.
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(field, reply.firstErrorField(), reply::toString);
  }

  private static JsonObject byCode(JsonArray themes, String code) {
    return themes.getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No theme " + code + " in " + themes));
  }

  private static Set<String> codes(JsonArray themes) {
    return themes.getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("code"))
        .collect(Collectors.toSet());
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
