package org.yjtracker.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Actions;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.MailCatcher;
import org.yjtracker.testsupport.Pages;
import org.yjtracker.testsupport.TestClock;

/**
 * Reminders end to end (notification, N1 to N6), with a real SMTP server (GreenMail) receiving what
 * the tracker sends. One service's draft plan, long past its due date, has four actions written on
 * day 0: A (police, target day 20), B (the service, target day 45), C (police, target day 200) and
 * D (police, complete); B gets an update on day 30. On day 35 A is overdue and quiet, B due soon, C
 * quiet, D needs nothing, and the plan waits for the board's endorsement. Mails are asserted for
 * this test's own people only: the test database holds others.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

  static final String SITE = "http://tracker.test";
  static final Pattern LINK =
      Pattern.compile("^  (http://tracker\\.test/\\S+)$", Pattern.MULTILINE);

  @ArquillianResource URL base;

  record World(
      LocalDate day0,
      long plan,
      long a,
      long b,
      long c,
      String lead,
      String board,
      String partner,
      String inspector,
      String service) {}

  @BeforeEach
  void catchMail() {
    MailCatcher.start();
  }

  @AfterEach
  void putTheClockBack() {
    MailCatcher.start();
    TestClock.reset(base);
  }

  @Test
  void remindersReachEachPersonOnceAsTheyChoseAndSurviveAMailServerThatIsDown() {
    World w = world("rem");
    Api admin = Api.at(base).asAdmin();

    // N5: the first mail anyone gets is one summary digest of everything that stands.
    runUntil(admin, Map.of(w.partner(), 1, w.lead(), 1, w.board(), 1));
    MimeMessage partnerFirst = only(w.partner());
    assertEquals("What needs you in the tracker: 3 things need you", subject(partnerFirst));
    String partnerText = MailCatcher.text(partnerFirst);
    assertTrue(partnerText.startsWith("Dear rempolice "), partnerText);
    assertEquals(
        List.of("Overdue actions (1)", "Actions with no recent update (2)"), headings(partnerText));
    assertEquals(
        List.of(action(w.a()), action(w.a()), action(w.c()), SITE + "/start"), links(partnerText));
    for (String lead : List.of(w.lead(), w.board())) {
      MimeMessage first = only(lead);
      assertEquals("What needs you in the tracker: 5 things need you", subject(first));
      String text = MailCatcher.text(first);
      assertEquals(
          List.of(
              "Actions due soon (1)",
              "Overdue actions (1)",
              "Actions with no recent update (2)",
              "Plans due for endorsement or submission (1)"),
          headings(text),
          text);
      assertEquals(
          List.of(
              action(w.b()),
              action(w.a()),
              action(w.a()),
              action(w.c()),
              SITE + "/plans/" + w.plan(),
              SITE + "/start"),
          links(text));
      assertTrue(
          text.contains(w.service() + "'s improvement plan waits for the board's endorsement"),
          text);
    }
    // The inspector: one line on late plans (this test's draft, long past due, among them).
    MimeMessage inspectorFirst = only(w.inspector());
    String inspectorText = MailCatcher.text(inspectorFirst);
    assertEquals(List.of("Late plans (1)"), headings(inspectorText), inspectorText);
    assertEquals(List.of(SITE + "/dashboard?late=true", SITE + "/start"), links(inspectorText));

    // N2: the unsubscribe link works without signing in, for that person only.
    String unsubscribe = unsubscribeUrl(partnerFirst);
    assertTrue(partnerText.contains("Stop these mails: " + unsubscribe + "\n"), partnerText);
    assertTrue(unsubscribe.startsWith(SITE + "/unsubscribe?account="), unsubscribe);
    String local = unsubscribe.substring(SITE.length());
    Pages anonymous = Pages.at(base);
    var confirm = anonymous.get(local);
    assertEquals(200, confirm.status());
    assertEquals("Stop any mail from the tracker?", confirm.one("h1").text());
    assertEquals(404, anonymous.get(local.replaceAll("token=.", "token=x")).status());
    var done = confirm.submit("#unsubscribe-form", Map.of());
    assertEquals(200, done.status());
    assertNotNull(done.document().getElementById("unsubscribed"));
    Api partner = Api.at(base).as(w.partner(), Api.PASSWORD);
    assertTrue(
        deliveries(partner).values().stream().allMatch("OFF"::equals),
        () -> deliveries(partner).toString());

    // N4: the same day again sends nobody anything new, even two runs at once.
    var one = CompletableFuture.supplyAsync(() -> admin.post("/api/admin/reminder-runs", empty()));
    var two = CompletableFuture.supplyAsync(() -> admin.post("/api/admin/reminder-runs", empty()));
    for (var reply : List.of(one.join(), two.join())) {
      assertTrue(reply.status() == 201 || reply.status() == 409, reply::toString);
    }
    deliver(admin);
    for (String person : List.of(w.partner(), w.lead(), w.board())) {
      assertEquals(1, MailCatcher.to(person).size(), person);
    }

    // N2: the lead wants comments at once, the board member no overdue reminders.
    Api lead = Api.at(base).as(w.lead(), Api.PASSWORD);
    var chose =
        lead.put(
            "/api/me/notifications",
            Json.createObjectBuilder()
                .add("preferences", Json.createObjectBuilder().add("COMMENT", "IMMEDIATELY"))
                .build());
    assertEquals(200, chose.status(), chose::toString);
    Pages boardPages = Pages.at(base).signedInAs(w.board(), Api.PASSWORD);
    var saved =
        boardPages
            .get("/account/notifications")
            .submit("#preferences-form", Map.of("OVERDUE", "OFF"));
    assertEquals(200, saved.status());
    assertEquals("OFF", deliveries(Api.at(base).as(w.board(), Api.PASSWORD)).get("OVERDUE"));
    assertEquals("WEEKLY", deliveries(Api.at(base).as(w.board(), Api.PASSWORD)).get("STALE"));

    // N3: a comment's notification is written with it; refused, it leaves none.
    Api inspector = Api.at(base).as(w.inspector(), Api.PASSWORD);
    var tooLong =
        inspector.post(
            "/api/plans/" + w.plan() + "/comments",
            Json.createObjectBuilder().add("text", "x".repeat(4001)).build());
    assertEquals(400, tooLong.status(), tooLong::toString);
    var comment =
        inspector.post(
            "/api/plans/" + w.plan() + "/comments",
            Json.createObjectBuilder().add("text", "Please add dates to action C").build());
    assertEquals(201, comment.status(), comment::toString);
    deliver(admin);
    List<MimeMessage> leadMails = MailCatcher.to(w.lead());
    assertEquals(2, leadMails.size());
    MimeMessage commentMail = leadMails.get(1);
    assertEquals(
        "The inspectorate commented on " + w.service() + "'s improvement plan",
        subject(commentMail));
    assertEquals(
        List.of(SITE + "/plans/" + w.plan() + "#comments", SITE + "/start"),
        links(MailCatcher.text(commentMail)));
    assertTrue(
        unsubscribeUrl(commentMail).contains("&kind=comment&"), () -> unsubscribeUrl(commentMail));
    assertEquals(1, MailCatcher.to(w.board()).size(), "the board member has comments weekly");

    // A week on, the weekly digests: each as its person chose; nothing for the unsubscribed.
    TestClock.travelTo(base, w.day0().plusDays(42));
    runUntil(admin, Map.of(w.lead(), 3, w.board(), 2));
    String boardWeek = MailCatcher.text(MailCatcher.to(w.board()).get(1));
    assertEquals(
        "Your weekly tracker digest: 4 things need you",
        subject(MailCatcher.to(w.board()).get(1)),
        boardWeek);
    assertEquals(
        List.of(
            "Actions with no recent update (2)",
            "Plans due for endorsement or submission (1)",
            "Comments on plans (1)"),
        headings(boardWeek),
        boardWeek);
    String leadWeek = MailCatcher.text(MailCatcher.to(w.lead()).get(2));
    assertEquals(
        List.of(
            "Overdue actions (1)",
            "Actions with no recent update (2)",
            "Plans due for endorsement or submission (1)"),
        headings(leadWeek),
        leadWeek);
    assertEquals(1, MailCatcher.to(w.partner()).size());

    // N3: with the mail server down, the next week's digest waits and is tried again.
    TestClock.travelTo(base, w.day0().plusDays(49));
    MailCatcher.stop();
    var run = admin.post("/api/admin/reminder-runs", empty());
    assertEquals(201, run.status(), run::toString);
    JsonObject waiting = mailTo(admin, w.lead(), "QUEUED");
    assertEquals(1, waiting.getInt("attempts"));
    assertTrue(waiting.getString("lastError").length() > 0, waiting::toString);
    MailCatcher.start();
    // N4: two workers at once, after the wait (a day: past the first retry's minute): each mail
    // is sent once.
    TestClock.travelTo(base, w.day0().plusDays(50));
    var first =
        CompletableFuture.supplyAsync(() -> admin.post("/api/admin/mails/deliveries", empty()));
    var second =
        CompletableFuture.supplyAsync(() -> admin.post("/api/admin/mails/deliveries", empty()));
    assertEquals(200, first.join().status(), () -> first.join().toString());
    assertEquals(200, second.join().status(), () -> second.join().toString());
    deliver(admin);
    // The restarted server holds only what came after it started: each person's digest, once.
    assertEquals(1, MailCatcher.to(w.lead()).size());
    // A and B overdue (B's target, day 45, has passed), A and C quiet, the plan waiting.
    assertEquals(
        "Your weekly tracker digest: 5 things need you", subject(MailCatcher.to(w.lead()).get(0)));
    assertEquals(1, MailCatcher.to(w.board()).size());
    assertEquals(0, MailCatcher.to(w.partner()).size());
    JsonObject sent = admin.get("/api/admin/mails/" + waiting.getJsonNumber("id")).json();
    assertEquals("SENT", sent.getString("status"));
    assertEquals(2, sent.getInt("attempts"));

    // N6: the admin's page shows it; nobody else sees the mail.
    Pages adminPages = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var page = adminPages.get("/admin/mail/" + waiting.getJsonNumber("id"));
    assertEquals(200, page.status());
    assertEquals(w.lead(), page.one("#mail-to").text());
    assertTrue(
        page.one("#mail-delivery").text().startsWith("Sent"), page.one("#mail-delivery").text());
    assertTrue(page.one("#mail-text").text().contains(action(w.a())));
    assertEquals(403, lead.get("/api/admin/mails").status());
    assertEquals(
        403, Pages.at(base).signedInAs(w.lead(), Api.PASSWORD).get("/admin/mail").status());
  }

  @Test
  void preferencesAreCheckedFieldByFieldAndNothingHalfSaved() {
    World w = world("pref");
    Api lead = Api.at(base).as(w.lead(), Api.PASSWORD);
    var bad =
        lead.put(
            "/api/me/notifications",
            Json.createObjectBuilder()
                .add(
                    "preferences",
                    Json.createObjectBuilder()
                        .add("OVERDUE", "OFF")
                        .add("SOMETIMES", "OFF")
                        .add("STALE", "HOURLY"))
                .build());
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
    List<String> fields = new ArrayList<>();
    bad.json()
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .forEach(e -> fields.add(e.getString("field")));
    assertEquals(List.of("preferences.SOMETIMES", "preferences.STALE"), fields);
    assertEquals("WEEKLY", deliveries(lead).get("OVERDUE"), "nothing half-saved");
    assertEquals(
        400, lead.put("/api/me/notifications", Json.createObjectBuilder().build()).status());

    // The page offers a lead's kinds only, and refuses a choice that is not one.
    var page = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD).get("/account/notifications");
    assertEquals(200, page.status());
    assertEquals(0, page.all("input[name=PLAN_SUBMITTED]").size());
    assertEquals(3, page.all("input[name=OVERDUE]").size());
    var refused = page.submit("#preferences-form", Map.of("OVERDUE", "HOURLY"));
    assertEquals(400, refused.status());
    assertEquals("#OVERDUE", refused.one("#error-summary a").attr("href"));
    assertNotNull(refused.document().getElementById("error-summary"));
    assertEquals("WEEKLY", deliveries(lead).get("OVERDUE"));

    // Turned off, a kind's notifications already waiting for the digest are not sent either.
    Api admin = Api.at(base).asAdmin();
    runUntil(admin, Map.of(w.lead(), 1));
    var comment =
        Api.at(base)
            .as(w.inspector(), Api.PASSWORD)
            .post(
                "/api/plans/" + w.plan() + "/comments",
                Json.createObjectBuilder().add("text", "Waiting for the digest").build());
    assertEquals(201, comment.status(), comment::toString);
    var off =
        lead.put(
            "/api/me/notifications",
            Json.createObjectBuilder()
                .add("preferences", Json.createObjectBuilder().add("COMMENT", "OFF"))
                .build());
    assertEquals(200, off.status(), off::toString);
    TestClock.travelTo(base, w.day0().plusDays(42));
    runUntil(admin, Map.of(w.lead(), 2));
    String week = MailCatcher.text(MailCatcher.to(w.lead()).get(1));
    assertTrue(week.startsWith("Dear preflead "), week);
    assertTrue(headings(week).stream().noneMatch(h -> h.startsWith("Comments")), week);
  }

  @Test
  void aMailProgramsOneClickUnsubscribeWorksWithoutASession() {
    World w = world("click");
    Api admin = Api.at(base).asAdmin();
    runUntil(admin, Map.of(w.partner(), 1));
    String url = unsubscribeUrl(only(w.partner())).substring(SITE.length());
    var reply =
        Api.at(base)
            .sendBytes(
                "POST",
                url,
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                Map.of());
    assertEquals(200, reply.status(), () -> url + " " + reply);
    assertTrue(
        deliveries(Api.at(base).as(w.partner(), Api.PASSWORD)).values().stream()
            .allMatch("OFF"::equals));
    var forged =
        Api.at(base)
            .sendBytes(
                "POST",
                url.replace("kind=all", "kind=overdue"),
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                Map.of());
    assertEquals(404, forged.status());
  }

  @Test
  void aSubmittedPlanIsToldToTheInspectorateWithTheServiceLateOrNot() {
    World w = world("sub");
    // Another service, its inspection published long ago and no plan: late whatever ran before.
    Api admin = Api.at(base).asAdmin();
    InspectionBodies.publish(
        admin, "bexley-2024", new Fixtures(admin).service("Sub late YJS", "LONDON"));
    Api lead = Api.at(base).as(w.lead(), Api.PASSWORD);
    for (String step : List.of("endorse", "submit")) {
      var reply = lead.post("/api/plans/" + w.plan() + "/" + step, empty());
      assertEquals(200, reply.status(), reply::toString);
    }
    runUntil(admin, Map.of(w.inspector(), 1));
    MimeMessage mail = only(w.inspector());
    String text = MailCatcher.text(mail);
    assertEquals("What needs you in the tracker: 2 things need you", subject(mail), text);
    assertEquals(List.of("Late plans (1)", "Plans submitted (1)"), headings(text));
    assertTrue(text.contains("- " + w.service() + " submitted its improvement plan late\n"), text);
    assertEquals(
        List.of(SITE + "/dashboard?late=true", SITE + "/plans/" + w.plan(), SITE + "/start"),
        links(text));
  }

  // --- helpers

  /** Runs the reminders, then the worker, until these people have this many mails (or fails). */
  private void runUntil(Api admin, Map<String, Integer> expected) {
    var run = admin.post("/api/admin/reminder-runs", empty());
    assertEquals(201, run.status(), run::toString);
    for (int i = 0; i < 20 && !reached(expected); i++) {
      // The test database holds other tests' people too: a run sends 500 mails at most.
      deliver(admin);
    }
    assertTrue(reached(expected), () -> counts(expected).toString());
  }

  private static boolean reached(Map<String, Integer> expected) {
    return expected.entrySet().stream()
        .allMatch(e -> MailCatcher.to(e.getKey()).size() >= e.getValue());
  }

  private static Map<String, Integer> counts(Map<String, Integer> expected) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    expected.keySet().forEach(k -> counts.put(k, MailCatcher.to(k).size()));
    return counts;
  }

  private static void deliver(Api admin) {
    var reply = admin.post("/api/admin/mails/deliveries", empty());
    assertEquals(200, reply.status(), reply::toString);
  }

  private static JsonObject mailTo(Api admin, String recipient, String status) {
    return admin
        .get("/api/admin/mails?size=100&status=" + status)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("recipient").equals(recipient))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + status + " mail to " + recipient));
  }

  private static MimeMessage only(String address) {
    List<MimeMessage> mails = MailCatcher.to(address);
    assertEquals(1, mails.size(), address);
    return mails.get(0);
  }

  private static String subject(MimeMessage mail) {
    return MailCatcher.subject(mail);
  }

  private static String unsubscribeUrl(MimeMessage mail) {
    String header = MailCatcher.header(mail, "List-Unsubscribe");
    assertNotNull(header, "List-Unsubscribe");
    assertEquals("List-Unsubscribe=One-Click", MailCatcher.header(mail, "List-Unsubscribe-Post"));
    // Long headers are folded across lines; a mail program unfolds them.
    String unfolded = header.replaceAll("\\r?\\n[ \\t]+", "");
    return unfolded.substring(1, unfolded.length() - 1);
  }

  private static List<String> headings(String text) {
    List<String> headings = new ArrayList<>();
    Matcher m = Pattern.compile("^(\\S[^\\n]* \\(\\d+\\))$", Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      headings.add(m.group(1));
    }
    return headings;
  }

  /** Every item's link, then the start page's (the footer's other links are left out). */
  private static List<String> links(String text) {
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      links.add(m.group(1));
    }
    links.add(
        text.lines()
            .filter(l -> l.startsWith("Everything that needs you: "))
            .findFirst()
            .orElseThrow()
            .substring("Everything that needs you: ".length()));
    return links;
  }

  private static String action(long id) {
    return SITE + "/actions/" + id;
  }

  private static Map<String, String> deliveries(Api api) {
    var reply = api.get("/api/me/notifications");
    assertEquals(200, reply.status(), reply::toString);
    Map<String, String> chosen = new LinkedHashMap<>();
    reply
        .array()
        .getValuesAs(JsonObject.class)
        .forEach(p -> chosen.put(p.getString("kind"), p.getString("delivery")));
    return chosen;
  }

  private static JsonObject empty() {
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private World world(String name) {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    long service = f.service(title + " YJS", "LONDON");
    String serviceName = admin.get("/api/organisations/" + service).json().getString("name");
    long boardOrg = f.board(title + " board", service);
    long police = f.partner("POLICE", title + " police", service);
    String lead = f.account(name + "lead", "SERVICE_LEAD", service);
    String board = f.account(name + "board", "BOARD_MEMBER", boardOrg);
    String partner = f.account(name + "police", "PARTNER", police);
    String inspector = f.account(name + "inspector", "INSPECTOR");
    JsonObject body = InspectionBodies.fromReport("bexley-2024", service).build();
    JsonArrayBuilder recommendations = Json.createArrayBuilder();
    for (JsonObject r : body.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      recommendations.add(
          Json.createObjectBuilder(r)
              .add("ownerIds", Json.createArrayBuilder().add(service).add(police)));
    }
    var created =
        admin.post(
            "/api/inspections",
            Json.createObjectBuilder(body).add("recommendations", recommendations).build());
    assertEquals(201, created.status(), created::toString);
    long inspection = created.id();
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + inspection + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    long recommendation =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    LocalDate day0 = TestClock.today(base);
    Api leadApi = Api.at(base).as(lead, Api.PASSWORD);
    var plan =
        leadApi.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long a =
        Actions.add(
            leadApi,
            plan.id(),
            recommendation,
            police,
            "Reminder action A",
            day0.plusDays(20),
            "NOT_STARTED");
    long b =
        Actions.add(
            leadApi,
            plan.id(),
            recommendation,
            service,
            "Reminder action B",
            day0.plusDays(45),
            "NOT_STARTED");
    long c =
        Actions.add(
            leadApi,
            plan.id(),
            recommendation,
            police,
            "Reminder action C",
            day0.plusDays(200),
            "IN_PROGRESS");
    Actions.add(
        leadApi,
        plan.id(),
        recommendation,
        police,
        "Reminder action D",
        day0.plusDays(20),
        "COMPLETE");
    TestClock.travelTo(base, day0.plusDays(30));
    Actions.report(leadApi, b);
    TestClock.travelTo(base, day0.plusDays(35));
    return new World(day0, plan.id(), a, b, c, lead, board, partner, inspector, serviceName);
  }
}
