package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;

/**
 * The board's view of a plan: what changed since a day, through the API, the plan page (no script)
 * and the board paper. The plan is made over six days by moving the clock: on day 0 an action is
 * completed, on day 4 progress is reported and a target date moved, on day 5 another target date
 * moved, an action reported on and completed and a recommendation set implemented. Asked since day
 * 5, day 4's changes (the day before) are left out; asked since day 4, they count.
 */
@ExtendWith(ArquillianExtension.class)
class PlanChangesIT {

  private static final DateTimeFormatter WORDS =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  /** The plan, made once for both tests; day 0 is the day it was started. */
  record World(
      long plan,
      long rec1,
      int rec1Number,
      long rec2,
      int rec2Number,
      long a,
      long b,
      long c,
      long updateA4,
      long updateB5,
      String lead,
      String police,
      String stranger,
      LocalDate day0) {

    LocalDate day(int n) {
      return day0.plusDays(n);
    }
  }

  private static World world;

  @AfterEach
  void putTheClockBack() {
    org.yjtracker.testsupport.TestClock.reset(base);
  }

  @Test
  void theApiListsExactlyWhatChangedSinceTheDayAsTheCallerMaySeeIt() throws Exception {
    World w = world();
    org.yjtracker.testsupport.TestClock.travelTo(base, w.day(5));
    Api lead = Api.at(base).as(w.lead(), Api.PASSWORD);
    Api police = Api.at(base).as(w.police(), Api.PASSWORD);

    // Since day 5: day 4's changes are the day before and do not count.
    JsonObject since5 = changes(lead, w, w.day(5));
    assertEquals(w.day(5).toString(), since5.getString("since"));
    assertEquals(counts(1, 1, 1, 1), since5.getJsonObject("counts"));
    JsonObject completed = only(since5, "completed");
    assertEquals(w.b(), completed.getJsonNumber("actionId").longValue());
    assertEquals("Health checks at first contact", completed.getString("title"));
    assertTrue(
        completed.getString("leadOrganisation").contains("Changes health"), completed::toString);
    assertEquals(w.day(5).toString(), completed.getString("on"));
    JsonObject moved = only(since5, "retargeted");
    assertEquals(w.a(), moved.getJsonNumber("actionId").longValue());
    assertEquals("2099-12-31", moved.getString("from"));
    assertEquals("2099-09-30", moved.getString("to"));
    assertEquals("The trainer was ill", moved.getString("reason"));
    assertEquals(w.lead(), moved.getString("by"));
    assertEquals(w.day(5).toString(), moved.getString("on"));
    JsonObject update = only(since5, "updates");
    assertEquals(w.updateB5(), update.getJsonNumber("updateId").longValue());
    assertEquals(w.b(), update.getJsonNumber("actionId").longValue());
    assertEquals("Checks begun in two teams", update.getString("firstWords"));
    assertEquals("GREEN", update.getString("rag"));
    assertEquals(60, update.getInt("percentComplete"));
    assertEquals(w.lead(), update.getString("by"));
    JsonObject status = only(since5, "recommendations");
    assertEquals(w.rec2(), status.getJsonNumber("recommendationId").longValue());
    assertEquals(w.rec2Number(), status.getInt("number"));
    assertEquals("OPEN", status.getString("from"));
    assertEquals("IMPLEMENTED", status.getString("to"));
    assertEquals(w.day(5).toString(), status.getString("on"));

    // Since day 4: day 4's changes count too, oldest first.
    JsonObject since4 = changes(lead, w, w.day(4));
    assertEquals(counts(1, 2, 2, 1), since4.getJsonObject("counts"));
    assertEquals(List.of(w.b()), ids(since4, "completed", "actionId"));
    assertEquals(List.of(w.b(), w.a()), ids(since4, "retargeted", "actionId"));
    assertEquals(
        "Waiting for the health data",
        since4.getJsonArray("retargeted").getJsonObject(0).getString("reason"));
    assertEquals(List.of(w.updateA4(), w.updateB5()), ids(since4, "updates", "updateId"));
    assertEquals(w.police(), since4.getJsonArray("updates").getJsonObject(0).getString("by"));
    assertEquals(List.of(w.rec2()), ids(since4, "recommendations", "recommendationId"));

    // Since day 0: the action completed that day and the first move of recommendation 1; the
    // plan's start (each recommendation's first entry) is no change.
    JsonObject since0 = changes(lead, w, w.day(0));
    assertEquals(List.of(w.c(), w.b()), ids(since0, "completed", "actionId"));
    assertEquals(List.of(w.rec1(), w.rec2()), ids(since0, "recommendations", "recommendationId"));
    JsonObject rec1 = since0.getJsonArray("recommendations").getJsonObject(0);
    assertEquals("OPEN", rec1.getString("from"));
    assertEquals("IN_PROGRESS", rec1.getString("to"));
    assertEquals(w.day(0).toString(), rec1.getString("on"));

    // The police see only the actions they lead (A and C), and the recommendations.
    JsonObject partner4 = changes(police, w, w.day(4));
    assertEquals(counts(0, 1, 1, 1), partner4.getJsonObject("counts"));
    assertEquals(List.of(w.a()), ids(partner4, "retargeted", "actionId"));
    assertEquals(List.of(w.updateA4()), ids(partner4, "updates", "updateId"));
    assertEquals(List.of(w.rec2()), ids(partner4, "recommendations", "recommendationId"));
    assertEquals(List.of(w.c()), ids(changes(police, w, w.day(0)), "completed", "actionId"));

    // Bad or missing days are 400 naming "since"; others' plans 404, as GET /api/plans/{id}.
    for (String bad :
        List.of("", "?since=", "?since=yesterday", "?since=2026-02-30", "?since=" + w.day(6))) {
      var refused = lead.get("/api/plans/" + w.plan() + "/changes" + bad);
      assertEquals(400, refused.status(), bad + ": " + refused);
      assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
      assertEquals("since", refused.firstErrorField(), refused::toString);
    }
    Api stranger = Api.at(base).as(w.stranger(), Api.PASSWORD);
    assertEquals(
        404, stranger.get("/api/plans/" + w.plan() + "/changes?since=" + w.day(0)).status());
    assertEquals(404, lead.get("/api/plans/999999999/changes?since=" + w.day(0)).status());
    assertEquals(
        401, Api.at(base).get("/api/plans/" + w.plan() + "/changes?since=" + w.day(0)).status());

    // The board paper: the same groups, dates in words; without since, no such section.
    String paper =
        paper(w.lead(), "/api/plans/" + w.plan() + "/export?format=pdf&since=" + w.day(4));
    for (String expected :
        List.of(
            "Changed since " + w.day(4).format(WORDS),
            "Actions completed: 1",
            "Target dates moved: 2",
            "New updates: 2",
            "Recommendations whose status changed: 1",
            "Health checks at first contact",
            "The trainer was ill",
            "Waiting for the health data",
            "Checks begun in two teams",
            "Custody records now carry the flag",
            "30 September 2099",
            "Recommendation " + w.rec2Number())) {
      assertTrue(paper.contains(expected), expected + " in: " + paper);
    }
    String plain = paper(w.lead(), "/api/plans/" + w.plan() + "/export?format=pdf");
    assertFalse(plain.contains("Changed since"), plain);
    String partnerPaper =
        paper(w.police(), "/api/plans/" + w.plan() + "/export?format=pdf&since=" + w.day(4));
    assertTrue(partnerPaper.contains("Actions completed: 0 None"), partnerPaper);
    assertTrue(partnerPaper.contains("Target dates moved: 1"), partnerPaper);
    assertFalse(partnerPaper.contains("Waiting for the health data"), partnerPaper);
    assertEquals(
        400,
        download(w.lead(), "/api/plans/" + w.plan() + "/export?format=pdf&since=nonsense")
            .statusCode());
  }

  @Test
  void thePlanPageShowsTheChangesSinceADayWithoutScriptAndItsErrorsInGovUkStyle() {
    World w = world();
    org.yjtracker.testsupport.TestClock.travelTo(base, w.day(5));
    Pages lead = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    var page = lead.get("/plans/" + w.plan());
    assertEquals(200, page.status());
    assertTrue(page.all("#changes-since").isEmpty(), "no section before a day is given");
    page.one("#since-form");

    var shown =
        page.submit(
            "#since-form",
            Map.of(
                "since-day", String.valueOf(w.day(4).getDayOfMonth()),
                "since-month", String.valueOf(w.day(4).getMonthValue()),
                "since-year", String.valueOf(w.day(4).getYear())));
    assertEquals(200, shown.status(), shown::text);
    assertEquals(
        "Changed since " + w.day(4).format(WORDS), shown.one("#changes-since-heading").text());
    assertEquals("Actions completed: 1", shown.one("#changes-completed-heading").text());
    assertEquals("Target dates moved: 2", shown.one("#changes-retargeted-heading").text());
    assertEquals("New updates: 2", shown.one("#changes-updates-heading").text());
    assertEquals(
        "Recommendations whose status changed: 1",
        shown.one("#changes-recommendations-heading").text());
    assertEquals(
        List.of(String.valueOf(w.b()), String.valueOf(w.a())),
        shown.all("#changes-retargeted li").stream().map(e -> e.attr("data-action-id")).toList());
    assertEquals(
        "/actions/" + w.a(), shown.one("#changes-retargeted li:nth-child(2) a").attr("href"));
    assertTrue(
        shown.one("#changes-retargeted li:nth-child(2)").text().contains("The trainer was ill"));
    assertEquals(
        "/actions/" + w.b() + "#update-" + w.updateB5(),
        shown.one("#changes-updates li:nth-child(2) a").attr("href"));
    String recLink = shown.one("#changes-recommendations a").attr("href");
    assertEquals("#recommendation-" + w.rec2Number(), recLink);
    shown.one(recLink);
    assertTrue(shown.one("#export-pdf").attr("href").endsWith("&since=" + w.day(4)));
    assertEquals(String.valueOf(w.day(4).getDayOfMonth()), shown.one("#since-day").attr("value"));
    assertTrue(shown.all("script[src*='/js/pages/']").isEmpty(), "no page script");

    // The police: only their own actions; the health action's completion is not theirs.
    Pages police = Pages.at(base).signedInAs(w.police(), Api.PASSWORD);
    var theirs = police.get(sincePath(w, w.day(4)));
    assertEquals(200, theirs.status());
    assertEquals("None", theirs.one("#changes-completed").text());
    assertEquals("Target dates moved: 1", theirs.one("#changes-retargeted-heading").text());
    assertFalse(theirs.one("#changes-since").text().contains("Health checks"));

    // Not a real date, or after today: GOV.UK's error pattern on the field, 400, typed kept.
    var refused = shown.submit("#since-form", Map.of("since-day", "30", "since-month", "2"));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    refused.one(".govuk-error-summary a[href='#since-day']");
    assertTrue(refused.one("#since-error").text().contains("The date must be a real date"));
    assertEquals("30", refused.one("#since-day").attr("value"));
    assertTrue(refused.all("#changes-since").isEmpty());
    var future = lead.get(sincePath(w, w.day(6)));
    assertEquals(400, future.status());
    assertTrue(future.one("#since-error").text().contains("today or in the past"));
    var partial = lead.get("/plans/" + w.plan() + "?since-day=3&since-month=&since-year=2026");
    assertEquals(400, partial.status());
    assertTrue(partial.one("#since-error").text().contains("must include a month"));
  }

  private static String sincePath(World w, LocalDate day) {
    return "/plans/"
        + w.plan()
        + "?since-day="
        + day.getDayOfMonth()
        + "&since-month="
        + day.getMonthValue()
        + "&since-year="
        + day.getYear();
  }

  private static JsonObject counts(int completed, int retargeted, int updates, int recs) {
    return Json.createObjectBuilder()
        .add("completed", completed)
        .add("recommendations", recs)
        .add("retargeted", retargeted)
        .add("updates", updates)
        .build();
  }

  private static JsonObject changes(Api api, World w, LocalDate since) {
    var reply =
        api.get(
            "/api/plans/"
                + w.plan()
                + "/changes?since="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject only(JsonObject changes, String group) {
    var items = changes.getJsonArray(group);
    assertEquals(1, items.size(), () -> group + ": " + items);
    return items.getJsonObject(0);
  }

  private static List<Long> ids(JsonObject changes, String group, String field) {
    return changes.getJsonArray(group).getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber(field).longValue())
        .toList();
  }

  private synchronized World world() {
    if (world == null) {
      try {
        world = make();
      } finally {
        org.yjtracker.testsupport.TestClock.reset(base);
      }
    }
    return world;
  }

  private World make() {
    org.yjtracker.testsupport.TestClock.reset(base);
    LocalDate day0 = org.yjtracker.testsupport.TestClock.today(base);
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Changes YJS", "LONDON");
    long policeOrg = f.partner("POLICE", "Changes police", service);
    long healthOrg = f.partner("HEALTH", "Changes health", service);
    long other = f.service("Changes other YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Changes other police", other);
    String leadEmail = f.account("chlead", "SERVICE_LEAD", service);
    String policeEmail = f.account("chpolice", "PARTNER", policeOrg);
    String strangerEmail = f.account("chstranger", "PARTNER", otherPolice);
    Api inspector = Api.at(base).as(f.account("chinspector", "INSPECTOR"), Api.PASSWORD);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    Api police = Api.at(base).as(policeEmail, Api.PASSWORD);
    long inspection = InspectionBodies.publish(admin, "solihull-2023", service);
    List<JsonObject> recs =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class);
    long rec1 = recs.get(0).getJsonNumber("id").longValue();
    long rec2 = recs.get(1).getJsonNumber("id").longValue();
    long plan =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();

    // Day 0: three actions answer recommendation 1; the police's briefing is done at once.
    long a = add(lead, plan, rec1, policeOrg, "Flag children on custody records");
    long b = add(lead, plan, rec1, healthOrg, "Health checks at first contact");
    long c = add(lead, plan, rec1, policeOrg, "Brief custody sergeants");
    change(lead, c, Map.of("status", "COMPLETE"));

    // Day 4: the police report progress; the health action's target date moves.
    org.yjtracker.testsupport.TestClock.travel(base, 4);
    long updateA4 =
        report(police, a, "Custody records now carry the flag for every child", "AMBER", 30);
    change(
        lead,
        b,
        Map.of("targetDate", "2099-06-30", "targetDateReason", "Waiting for the health data"));

    // Day 5: A's target moves; B is reported on and completed; recommendation 2 is implemented.
    org.yjtracker.testsupport.TestClock.travel(base, 5);
    change(lead, a, Map.of("targetDate", "2099-09-30", "targetDateReason", "The trainer was ill"));
    long updateB5 = report(lead, b, "Checks begun in two teams", "GREEN", 60);
    change(lead, b, Map.of("status", "COMPLETE"));
    var implemented =
        inspector.put(
            "/api/recommendations/" + rec2 + "/response",
            Json.createObjectBuilder()
                .add("status", "IMPLEMENTED")
                .add("reason", "Seen in the case audit")
                .build());
    assertEquals(200, implemented.status(), implemented::toString);
    return new World(
        plan,
        rec1,
        recs.get(0).getInt("number"),
        rec2,
        recs.get(1).getInt("number"),
        a,
        b,
        c,
        updateA4,
        updateB5,
        leadEmail,
        policeEmail,
        strangerEmail,
        day0);
  }

  private static long add(Api lead, long plan, long rec, long leadOrg, String description) {
    var added =
        lead.post(
            "/api/plans/" + plan + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(rec))
                .add("leadOrganisationId", leadOrg)
                .add("title", description)
                .add("description", description)
                .add("targetDate", "2099-12-31")
                .add("status", "NOT_STARTED")
                .build());
    assertEquals(201, added.status(), added::toString);
    return added.id();
  }

  private static long report(Api api, long action, String narrative, String rag, int percent) {
    var reply =
        api.post(
            "/api/actions/" + action + "/updates",
            Json.createObjectBuilder()
                .add("narrative", narrative)
                .add("rag", rag)
                .add("percentComplete", percent)
                .build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonObject("latestUpdate").getJsonNumber("id").longValue();
  }

  /** The action as read, with these fields changed: what its form would send. */
  private static void change(Api lead, long action, Map<String, String> changes) {
    JsonObject now = lead.get("/api/actions/" + action).json();
    var ids = Json.createArrayBuilder();
    now.getJsonArray("recommendationIds").forEach(ids::add);
    var body =
        Json.createObjectBuilder()
            .add("recommendationIds", ids)
            .add("leadOrganisationId", now.getJsonObject("leadOrganisation").getInt("id"))
            .add("title", now.getString("title"))
            .add("description", now.getString("description"))
            .add("targetDate", now.getString("targetDate"))
            .add("status", now.getString("status"))
            .add("version", now.getInt("version"));
    changes.forEach(body::add);
    var changed = lead.put("/api/actions/" + action, body.build());
    assertEquals(200, changed.status(), changed::toString);
  }

  private String paper(String email, String path) throws IOException, InterruptedException {
    var pdf = download(email, path);
    assertEquals(200, pdf.statusCode(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
    try (var document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private HttpResponse<byte[]> download(String email, String path)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(Api.at(base).uri(path))
            .header("Accept", "*/*")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (email + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .GET();
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
