package org.yjtracker.attention.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Actions;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;
import org.yjtracker.testsupport.TestClock;

/**
 * The start page per role (attention, R1 to R4), over the API and as HTML. One service's plan has
 * five actions written on day 0: A (police, target day 20), B (health, target day 45), C (police,
 * target day 200), D (police, complete) and E (health, target day 200); B and E get an update on
 * day 30. On day 35 A is overdue and stale, B due soon, C stale, D and E need nothing. A second
 * service's plan, submitted on day 0 with one action and nothing since, waits for review and has
 * gone quiet. Every section's link leads to a list holding exactly its items.
 */
@ExtendWith(ArquillianExtension.class)
class StartPageIT {

  @ArquillianResource URL base;

  record World(
      long plan,
      long inspection,
      long plan2,
      long a,
      long b,
      long c,
      long d,
      long e,
      String lead,
      String board,
      String partner,
      String inspector,
      String viewer) {}

  @AfterEach
  void putTheClockBack() {
    TestClock.reset(base);
  }

  @Test
  void eachRoleSeesExactlyWhatNeedsItAndEveryLinkLeadsToThoseItems() {
    World w = world();

    // R1: the partner's own actions; R2 not for a partner.
    Api partner = Api.at(base).as(w.partner(), Api.PASSWORD);
    Map<String, JsonObject> p = sections(partner);
    assertEquals(List.of("overdue", "due-soon", "stale", "unanswered"), List.copyOf(p.keySet()));
    assertEquals(actions(w.a()), hrefs(p.get("overdue")));
    assertEquals(List.of(), hrefs(p.get("due-soon")));
    assertEquals("Nothing is due soon", p.get("due-soon").getString("nothing"));
    assertEquals(actions(w.a(), w.c()), hrefs(p.get("stale")));
    assertEquals(List.of(recommendation(w, 4)), hrefs(p.get("unanswered")));

    // A service lead answers for every action of the service's open plan, whoever leads it.
    Api lead = Api.at(base).as(w.lead(), Api.PASSWORD);
    Map<String, JsonObject> l = sections(lead);
    assertEquals(
        List.of("overdue", "due-soon", "stale", "unanswered", "plans", "waiting"),
        List.copyOf(l.keySet()));
    assertEquals(actions(w.a()), hrefs(l.get("overdue")));
    assertEquals(actions(w.b()), hrefs(l.get("due-soon")));
    assertEquals(actions(w.a(), w.c()), hrefs(l.get("stale")));
    assertEquals(List.of(recommendation(w, 3), recommendation(w, 4)), hrefs(l.get("unanswered")));
    assertEquals(List.of("/plans/" + w.plan()), hrefs(l.get("plans")));
    assertEquals(List.of("/plans/" + w.plan()), hrefs(l.get("waiting")));
    assertTrue(
        l.get("waiting")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("detail")
            .startsWith("To endorse; Draft, due "),
        l::toString);

    // The board member: the same actions (the overdue one led by a partner among them).
    Api board = Api.at(base).as(w.board(), Api.PASSWORD);
    Map<String, JsonObject> b = sections(board);
    assertEquals(actions(w.a()), hrefs(b.get("overdue")));
    assertEquals(actions(w.b()), hrefs(b.get("due-soon")));
    assertEquals(actions(w.a(), w.c()), hrefs(b.get("stale")));
    assertEquals(List.of(recommendation(w, 2)), hrefs(b.get("unanswered")));
    assertEquals(List.of("/plans/" + w.plan()), hrefs(b.get("waiting")));
    // My actions: every action of the plan, overdue first, the finished one included.
    List<Long> all =
        board.get("/api/me/actions").array().getValuesAs(JsonObject.class).stream()
            .map(a -> a.getJsonNumber("id").longValue())
            .toList();
    assertEquals(5, all.size(), all::toString);
    assertEquals(w.a(), all.get(0));
    assertTrue(all.containsAll(List.of(w.b(), w.c(), w.d(), w.e())), all::toString);

    // R3: the inspectorate; no action sections.
    Api inspector = Api.at(base).as(w.inspector(), Api.PASSWORD);
    Map<String, JsonObject> i = sections(inspector);
    assertEquals(List.of("late-plans", "review", "quiet"), List.copyOf(i.keySet()));
    assertEquals("/dashboard?late=true", i.get("late-plans").getString("href"));

    // R4: every link leads to a list of exactly the section's items, for every role.
    Pages partnerPages = Pages.at(base).signedInAs(w.partner(), Api.PASSWORD);
    Pages leadPages = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    Pages boardPages = Pages.at(base).signedInAs(w.board(), Api.PASSWORD);
    Pages inspectorPages = Pages.at(base).signedInAs(w.inspector(), Api.PASSWORD);
    followEveryLink(partner, partnerPages, p);
    followEveryLink(lead, leadPages, l);
    followEveryLink(board, boardPages, b);
    followEveryLink(inspector, inspectorPages, i);

    // The inspectorate's whole lists: the submitted, quiet plan is in both; the draft in neither.
    List<String> review = listHrefs(inspectorPages.get("/start/review"));
    assertTrue(review.contains("/plans/" + w.plan2()), review::toString);
    assertFalse(review.contains("/plans/" + w.plan()), review::toString);
    List<String> quiet = listHrefs(inspectorPages.get("/start/quiet"));
    assertTrue(quiet.contains("/plans/" + w.plan2()), quiet::toString);
    assertFalse(quiet.contains("/plans/" + w.plan()), quiet::toString);

    // The start page as HTML: counts are links, empty sections say so, no other role's sections.
    var page = leadPages.get("/start");
    assertEquals(200, page.status());
    Element overdue = page.one("#attention-overdue-count");
    assertEquals("/my-actions?show=overdue", overdue.attr("href"));
    assertEquals("1 action overdue", overdue.text());
    assertEquals(
        List.of("/actions/" + w.b()),
        page.all("#attention-due-soon-items a").stream().map(a -> a.attr("href")).toList());
    assertNull(page.document().getElementById("attention-review"));
    var partnerPage = partnerPages.get("/start");
    assertEquals("Nothing is due soon.", partnerPage.one("#attention-due-soon-nothing").text());
    assertNull(partnerPage.document().getElementById("attention-plans"));
    var inspectorPage = inspectorPages.get("/start");
    assertNull(inspectorPage.document().getElementById("attention-overdue"));
    assertNotNull(inspectorPage.document().getElementById("attention-late-plans"));
    // A viewer is responsible for nothing, and the page says so.
    var viewerPage = Pages.at(base).signedInAs(w.viewer(), Api.PASSWORD).get("/start");
    assertNotNull(viewerPage.document().getElementById("attention-none"));
    assertEquals(0, viewerPage.all("section[id^=attention-]").size());
  }

  @Test
  void signingInLandsOnTheStartPageAndTheServiceNameLeadsThere() {
    String viewer = new Fixtures(Api.at(base).asAdmin()).account("startland", "INSPECTOR");
    Pages pages = Pages.at(base);
    var after =
        pages
            .get("/signin")
            .submit("form[action=/signin]", Map.of("email", viewer, "password", Api.PASSWORD));
    assertEquals(200, after.status());
    assertEquals("/start", after.path());
    assertEquals("/start", after.one(".govuk-header__service-name").attr("href"));
    var root = pages.get("/");
    assertEquals(200, root.status());
    assertNotNull(root.document().getElementById("attention-late-plans"), root::text);
    // A page asked for before signing in still comes first.
    var asked = Pages.at(base).get("/my-actions");
    var there =
        asked.submit("form[action=/signin]", Map.of("email", viewer, "password", Api.PASSWORD));
    assertEquals("/my-actions", there.path());
  }

  @Test
  void theShowFilterIsCheckedOnTheApiAndIgnoredWhenUnknownOnThePage() {
    var f = new Fixtures(Api.at(base).asAdmin());
    String partner = f.account("startshow", "VIEWER", f.service("Start show YJS", "LONDON"));
    Api api = Api.at(base).as(partner, Api.PASSWORD);
    var bad = api.get("/api/me/actions?show=late");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
    assertEquals("show", bad.firstErrorField());
    assertEquals(200, api.get("/api/me/actions?show=due-soon").status());
    assertEquals(200, api.get("/api/me/actions?show=").status());
    var page = Pages.at(base).signedInAs(partner, Api.PASSWORD).get("/my-actions?show=late");
    assertEquals(200, page.status());
    assertEquals("My actions", page.one("h1").text());
    assertEquals(
        404, Pages.at(base).signedInAs(partner, Api.PASSWORD).get("/start/quiet").status());
  }

  /**
   * Follows each section's link and finds there exactly the section's items (all of them); opens
   * each item.
   */
  private void followEveryLink(Api api, Pages pages, Map<String, JsonObject> sections) {
    for (JsonObject section : sections.values()) {
      String href = section.getString("href");
      long count = section.getJsonNumber("count").longValue();
      List<String> items = hrefs(section);
      // Each item opens for the person it was shown to (its anchor, if any, is on that page).
      for (String item : items) {
        String[] parts = item.split("#", 2);
        var opened = pages.get(parts[0]);
        assertEquals(200, opened.status(), item);
        if (parts.length == 2) {
          assertNotNull(opened.document().getElementById(parts[1]), item);
        }
      }
      if (href.startsWith("/my-actions?show=")) {
        var page = pages.get(href);
        assertEquals(200, page.status());
        List<String> listed =
            page.all("a[id^=my-action-]").stream().map(a -> a.attr("href")).toList();
        assertEquals(items, listed, href);
        List<String> fromApi =
            api
                .get("/api/me/actions?show=" + href.substring(href.indexOf('=') + 1))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(a -> "/actions/" + a.getJsonNumber("id"))
                .toList();
        assertEquals(items, fromApi, href);
      } else if (href.startsWith("/start/")) {
        var page = pages.get(href);
        assertEquals(200, page.status(), href);
        List<String> listed = listHrefs(page);
        assertEquals(count, listed.size(), href);
        assertEquals(items, listed.subList(0, items.size()), href);
      } else {
        assertEquals("/dashboard?late=true", href);
        var page = pages.get(href);
        assertEquals(200, page.status());
        assertTrue(
            page.one("#result-count").text().startsWith(count + " "),
            () -> count + " late plans but the dashboard says " + page.one("#result-count").text());
      }
    }
  }

  private static List<String> listHrefs(Pages.Page page) {
    return page.all("#attention-list-items a").stream().map(a -> a.attr("href")).toList();
  }

  private static Map<String, JsonObject> sections(Api api) {
    var reply = api.get("/api/me/attention");
    assertEquals(200, reply.status(), reply::toString);
    Map<String, JsonObject> sections = new LinkedHashMap<>();
    reply
        .json()
        .getJsonArray("sections")
        .getValuesAs(JsonObject.class)
        .forEach(s -> sections.put(s.getString("id"), s));
    return sections;
  }

  private static List<String> hrefs(JsonObject section) {
    return section.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("href"))
        .toList();
  }

  private static List<String> actions(long... ids) {
    return java.util.Arrays.stream(ids).mapToObj(id -> "/actions/" + id).toList();
  }

  private static String recommendation(World w, int number) {
    return "/inspections/" + w.inspection() + "#recommendation-" + number;
  }

  private World world() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Start YJS", "LONDON");
    long boardOrg = f.board("Start board", service);
    long police = f.partner("POLICE", "Start police", service);
    long health = f.partner("HEALTH", "Start health", service);
    String lead = f.account("startlead", "SERVICE_LEAD", service);
    String board = f.account("startboard", "BOARD_MEMBER", boardOrg);
    String partner = f.account("startpolice", "PARTNER", police);
    String inspector = f.account("startinspector", "INSPECTOR");
    String viewer = f.account("startviewer", "VIEWER", service);
    // Bexley 2024's five recommendations, addressed: 1, 2 the board; 3 the service; 4 the
    // service and the police; 5 the police.
    Map<Integer, long[]> owners =
        Map.of(
            1, new long[] {boardOrg},
            2, new long[] {boardOrg},
            3, new long[] {service},
            4, new long[] {service, police},
            5, new long[] {police});
    JsonObject body = InspectionBodies.fromReport("bexley-2024", service).build();
    JsonArrayBuilder recommendations = Json.createArrayBuilder();
    for (JsonObject r : body.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      JsonArrayBuilder ids = Json.createArrayBuilder();
      for (long id : owners.get(r.getInt("number"))) {
        ids.add(id);
      }
      recommendations.add(Json.createObjectBuilder(r).add("ownerIds", ids));
    }
    var created =
        admin.post(
            "/api/inspections",
            Json.createObjectBuilder(body).add("recommendations", recommendations).build());
    assertEquals(201, created.status(), created::toString);
    long inspection = created.id();
    var published =
        admin.post("/api/inspections/" + inspection + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    Map<Integer, Long> recs = new LinkedHashMap<>();
    admin
        .get("/api/inspections/" + inspection)
        .json()
        .getJsonArray("recommendations")
        .getValuesAs(JsonObject.class)
        .forEach(r -> recs.put(r.getInt("number"), r.getJsonNumber("id").longValue()));

    // A second service: its plan submitted on day 0 with one action, nothing since.
    long service2 = f.service("Start quiet YJS", "LONDON");
    String lead2 = f.account("startlead2", "SERVICE_LEAD", service2);
    long inspection2 = InspectionBodies.publish(admin, "bexley-2024", service2);
    Api lead2Api = Api.at(base).as(lead2, Api.PASSWORD);

    LocalDate day0 = TestClock.today(base);
    Api leadApi = Api.at(base).as(lead, Api.PASSWORD);
    var plan =
        leadApi.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long a =
        Actions.add(
            leadApi,
            plan.id(),
            recs.get(5),
            police,
            "Start action A",
            day0.plusDays(20),
            "NOT_STARTED");
    long b =
        Actions.add(
            leadApi,
            plan.id(),
            recs.get(1),
            health,
            "Start action B",
            day0.plusDays(45),
            "NOT_STARTED");
    long c =
        Actions.add(
            leadApi,
            plan.id(),
            recs.get(1),
            police,
            "Start action C",
            day0.plusDays(200),
            "IN_PROGRESS");
    long d =
        Actions.add(
            leadApi,
            plan.id(),
            recs.get(1),
            police,
            "Start action D",
            day0.plusDays(20),
            "COMPLETE");
    long e =
        Actions.add(
            leadApi,
            plan.id(),
            recs.get(1),
            health,
            "Start action E",
            day0.plusDays(200),
            "IN_PROGRESS");

    var plan2 =
        lead2Api.post("/api/inspections/" + inspection2 + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan2.status(), plan2::toString);
    long rec2 =
        admin
            .get("/api/inspections/" + inspection2)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Actions.add(
        lead2Api, plan2.id(), rec2, service2, "Start action Q", day0.plusDays(200), "IN_PROGRESS");
    var endorsed =
        lead2Api.post("/api/plans/" + plan2.id() + "/endorse", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, endorsed.status(), endorsed::toString);
    var submitted =
        lead2Api.post("/api/plans/" + plan2.id() + "/submit", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, submitted.status(), submitted::toString);

    TestClock.travelTo(base, day0.plusDays(30));
    Actions.report(leadApi, b);
    Actions.report(leadApi, e);
    TestClock.travelTo(base, day0.plusDays(35));
    return new World(
        plan.id(), inspection, plan2.id(), a, b, c, d, e, lead, board, partner, inspector, viewer);
  }
}
