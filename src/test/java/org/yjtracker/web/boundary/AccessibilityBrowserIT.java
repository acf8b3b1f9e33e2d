package org.yjtracker.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Axe;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Inspections2025;
import org.yjtracker.testsupport.PlanWorld;

/**
 * Every page rendered on the server, in Chromium at 1280 and at 320 pixels wide: axe-core finds no
 * violation, and nothing is wider than the window (WCAG 1.4.10 reflow). Also what script adds to
 * every page: the warning before a session times out.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

  static final int[] WIDTHS = {1280, 320};

  @ArquillianResource URL base;

  @Test
  void publicAndInformationPagesPassAxeAndReflowAt320() {
    long inspection = publishedInspection();
    List<String> pages =
        List.of(
            "/public",
            "/public?service=zzz-none",
            "/public/inspections/" + inspection,
            "/signin",
            "/accessibility",
            "/privacy",
            "/cookies",
            "/help",
            "/no-such-page");
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      check(browser, pages, problems);
      // The sign-in form in its error state.
      browser.go("/signin");
      browser.find(By.id("sign-in")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "sign-in with errors");
      // Signed in: the same open pages with the navigation and the sign-out button.
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of("/help", "/accessibility", "/public/inspections/" + inspection),
          problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void thePlanPagesPassAxeAndReflowAt320ForTheLeadAndThePartner() {
    PlanWorld world = PlanWorld.make(base);
    // Progress reported today, so that the plan's "Changed since" section lists something.
    var reported =
        Api.at(base)
            .as(world.partner(), Api.PASSWORD)
            .post(
                "/api/actions/" + world.action() + "/updates",
                jakarta.json.Json.createObjectBuilder()
                    .add("narrative", "Custody records now carry the YJS flag.")
                    .add("rag", "AMBER")
                    .add("percentComplete", 30)
                    .build());
    assertEquals(201, reported.status(), reported::toString);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    String since =
        "/plans/"
            + world.plan()
            + "?since-day="
            + today.getDayOfMonth()
            + "&since-month="
            + today.getMonthValue()
            + "&since-year="
            + today.getYear();
    String badSince = "/plans/" + world.plan() + "?since-day=31&since-month=2&since-year=2026";
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(world.lead(), Api.PASSWORD);
      check(
          browser,
          List.of(
              "/plans/" + world.plan(),
              since,
              badSince,
              "/actions/" + world.action(),
              "/actions/" + world.action() + "/edit",
              "/plans/" + world.plan() + "/actions/new",
              "/my-actions",
              "/inspections"),
          problems);
      // Forms in their error state.
      browser.go("/actions/" + world.action());
      browser.find(By.id("save-update")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "action page with errors");
      browser.go("/plans/" + world.plan() + "/actions/new");
      browser.find(By.id("save")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "action form with errors");
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn(world.partner(), Api.PASSWORD);
      check(
          browser,
          List.of("/plans/" + world.plan(), since, "/actions/" + world.action(), "/my-actions"),
          problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theStartPagePassesAxeAndReflowsAt320ForTheLeadThePartnerAndTheInspectorate() {
    PlanWorld world = PlanWorld.make(base);
    String inspector = new Fixtures(Api.at(base).asAdmin()).account("startaxe", "INSPECTOR");
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(world.lead(), Api.PASSWORD);
      check(browser, List.of("/start", "/start/waiting", "/my-actions?show=overdue"), problems);
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn(world.partner(), Api.PASSWORD);
      check(browser, List.of("/start", "/start/unanswered"), problems);
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn(inspector, Api.PASSWORD);
      check(browser, List.of("/start", "/start/review", "/start/quiet"), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theInspectionServiceAndComparisonPagesPassAxeAndReflowAt320() {
    Api admin = Api.at(base).asAdmin();
    var fixtures = new Fixtures(admin);
    long service = fixtures.service("Axe chain", "NORTH_WEST");
    long first = InspectionBodies.publish(admin, "wolverhampton-2022", service);
    long second = InspectionBodies.publish(admin, "solihull-2023", service);
    var draft =
        admin.post(
            "/api/inspections",
            InspectionBodies.fromReport("bexley-2024", fixtures.service("Axe draft", "LONDON"))
                .add("publishedScore", 30)
                .build());
    assertEquals(201, draft.status(), draft::toString);
    String lead = fixtures.account("lead", "SERVICE_LEAD", service);
    Api.at(base)
        .as(lead, Api.PASSWORD)
        .post("/api/inspections/" + first + "/plan", jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(fixtures.account("inspector", "INSPECTOR"), Api.PASSWORD);
      check(
          browser,
          List.of(
              "/inspections/" + first,
              "/inspections/" + draft.id(),
              "/inspections/" + draft.id() + "/publish",
              "/inspections/" + draft.id() + "/delete",
              "/services/" + service,
              "/inspections/" + second + "/comparison",
              "/inspections/" + second + "/comparison/close"),
          problems);
      // An outcome form in its error state, and a refused closing.
      browser.go("/inspections/" + second + "/comparison");
      browser.find(By.id("save-outcome-1")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "comparison with errors");
      browser.go("/inspections/" + second + "/comparison/close");
      browser.find(By.id("confirm-button")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "closing refused");
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn(lead, Api.PASSWORD);
      check(
          browser,
          List.of("/inspections/" + second, "/inspections/" + first, "/services/" + service),
          problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theAdminPagesPassAxeAndReflowAt320() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Axe admin YJS", "LONDON");
    long partner = f.partner("POLICE", "Axe admin police", service);
    String lead = f.account("axe-admin-lead", "SERVICE_LEAD", service);
    long user =
        admin
            .get("/api/users?q=" + lead.replace("@", "%40"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of(
              "/organisations",
              "/organisations/" + service,
              "/organisations/" + partner,
              "/organisations/new",
              "/organisations/" + partner + "/edit",
              "/users",
              "/users/new",
              "/users/" + user + "/edit",
              "/account",
              "/audit",
              "/audit?objectType=Organisation&objectId=" + partner),
          problems);
      // Forms in their error state.
      browser.go("/organisations/new");
      browser.find(By.id("save")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "organisation form with errors");
      browser.go("/users/new");
      browser.find(By.id("save")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "user form with errors");
      browser.go("/account");
      browser.find(By.id("create-token")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "account page with errors");
      browser.go("/audit?to-day=31&to-month=2&to-year=2026");
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "audit trail with a wrong date");
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn(lead, Api.PASSWORD);
      check(browser, List.of("/organisations", "/organisations/" + partner, "/account"), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theMailPagesPassAxeAndReflowAt320() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Axe mail YJS", "LONDON");
    String lead = f.account("axe-mail-lead", "SERVICE_LEAD", service);
    long inspection = InspectionBodies.publish(admin, "bexley-2024", service);
    Api leadApi = Api.at(base).as(lead, Api.PASSWORD);
    var plan =
        leadApi.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    var run = admin.post("/api/admin/reminder-runs", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, run.status(), run::toString);
    JsonObject mail =
        admin
            .get("/api/admin/mails?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("recipient").equals(lead))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No mail to " + lead));
    String text =
        admin.get("/api/admin/mails/" + mail.getJsonNumber("id")).json().getString("text");
    String unsubscribe =
        text.lines()
            .filter(l -> l.startsWith("Stop these mails: "))
            .findFirst()
            .orElseThrow()
            .replaceAll("^Stop these mails: https?://[^/]+", "");
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of(
              "/admin/mail",
              "/admin/mail?status=SENT",
              "/admin/mail/" + mail.getJsonNumber("id"),
              "/account/notifications"),
          problems);
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn(lead, Api.PASSWORD);
      check(browser, List.of("/account/notifications"), problems);
    }
    try (Browser browser = Browser.open(base)) {
      check(browser, List.of(unsubscribe), problems);
      browser.find(By.id("confirm-unsubscribe")).click();
      browser.find(By.id("unsubscribed"));
      check(browser, problems, "unsubscribed");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theDashboardsPassAxeAndReflowAt320() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Axe dashboard", "LONDON");
    InspectionBodies.publish(admin, "suffolk-2023", service);
    long inspection = InspectionBodies.publish(admin, "bexley-2024", service);
    Api lead = Api.at(base).as(f.account("axe-lead", "SERVICE_LEAD", service), Api.PASSWORD);
    assertEquals(
        201,
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    long none = f.service("Axe dashboard none", "LONDON");
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of(
              "/dashboard",
              "/dashboard?sort=-score&late=true",
              "/dashboard?q=zzz-no-such-service",
              "/services/" + service + "/dashboard",
              "/services/" + none + "/dashboard"),
          problems);
    }
    assertEquals(List.of(), problems);
  }

  /** A 2025 inspection (issue 14): its public page, the dashboards filtered by its kind. */
  @Test
  void the2025PublicPageAndDashboardsPassAxeAndReflowAt320() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Axe 2025", "LONDON");
    InspectionBodies.publish(admin, "bexley-2024", service);
    long inspection = Inspections2025.publish(admin, service);
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      check(browser, List.of("/public/inspections/" + inspection), problems);
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of(
              "/dashboard?kind=" + Inspections2025.KIND,
              "/services/" + service + "/dashboard",
              "/public?service=" + f.unique("Axe 2025").replace(' ', '+')),
          problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theThemePagesPassAxeAndReflowAt320() {
    long inspection = publishedInspection();
    long theme =
        Api.at(base).asAdmin().get("/api/themes").array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("code").equals("SLC"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of(
              "/themes",
              "/themes/" + theme,
              "/themes/new",
              "/themes/" + theme + "/edit",
              "/inspections/" + inspection + "/themes"),
          problems);
      // The theme form in its error state.
      browser.go("/themes/new");
      browser.find(By.id("save")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "theme form with errors");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void the2025InspectionPagesPassAxeAndReflowAt320() {
    Api admin = Api.at(base).asAdmin();
    var fixtures = new Fixtures(admin);
    long service = fixtures.service("Axe 2025", "LONDON");
    InspectionBodies.publish(admin, "solihull-2023", service);
    var children =
        admin.post(
            "/api/inspections",
            InspectionBodies.childrenAndVictims2025(service, "2026-01").build());
    assertEquals(201, children.status(), children::toString);
    admin.post(
        "/api/inspections/" + children.id() + "/publish", jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    var full =
        admin.post(
            "/api/inspections",
            InspectionBodies.childrenAndVictims2025(
                    fixtures.service("Axe 2025 full", "LONDON"), "2026-02")
                .add("kind", "YOUTH_JUSTICE_SERVICES")
                .build());
    assertEquals(201, full.status(), full::toString);
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(fixtures.account("axe-2025", "INSPECTOR"), Api.PASSWORD);
      check(
          browser,
          List.of(
              "/inspections/new?framework=HMIP_YJ_2025&serviceId=" + service,
              "/inspections/" + full.id() + "/edit",
              "/inspections/" + full.id(),
              "/inspections/" + children.id(),
              "/inspections/" + children.id() + "/comparison"),
          problems);
      // The 2025 form refusing a recommendation addressed to nobody.
      browser.go("/inspections/" + full.id() + "/edit");
      browser.find(By.id("add-recommendation")).click();
      browser.visible("recommendations-4--text").sendKeys("Addressed to nobody");
      browser.find(By.id("save")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "2025 inspection form with errors");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theInspectionFormPassesAxeAndReflowsAt320EmptyCheckedAndWithErrors() {
    Api admin = Api.at(base).asAdmin();
    long service = new Fixtures(admin).service("Axe form service", "LONDON");
    var draft =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, draft.status(), draft::toString);
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      check(
          browser,
          List.of(
              "/inspections/new",
              "/inspections/new?framework=HMIP_YJ_2018&serviceId=" + service,
              "/inspections/new?framework=HMIP_SQS_2012",
              "/inspections/" + draft.id() + "/edit"),
          problems);
      // The form in its error state.
      browser.go("/inspections/new?framework=HMIP_YJ_2018");
      browser.find(By.id("save")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "inspection form with errors");
      // With warnings beside the standards: as the live check shows them, then as the server
      // does after "Check ratings".
      browser.go("/inspections/" + draft.id() + "/edit");
      var percent = browser.visible("standards-3-1-keyQuestions-1--percentYes");
      percent.clear();
      percent.sendKeys("40");
      browser.find(By.id("warning-list"));
      check(browser, problems, "inspection form with live warnings");
      var before = browser.find(By.id("assessment-panel"));
      browser.find(By.id("check")).click();
      browser.waiting().until(ExpectedConditions.stalenessOf(before));
      browser.find(By.id("warning-list"));
      check(browser, problems, "inspection form with warnings");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theImportPagesPassAxeAndReflowAt320() {
    var fixtures = new Fixtures(Api.at(base));
    String inspector = fixtures.account("axe-importer", "INSPECTOR");
    long service = fixtures.service("Axe import service", "WEST_MIDLANDS");
    long draft =
        Api.at(base)
            .asAdmin()
            .upload("/api/imports", report("wolverhampton-2022"), "text/plain; charset=utf-8")
            .id();
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(inspector, Api.PASSWORD);
      check(
          browser,
          List.of(
              "/imports/new", "/imports/" + draft, "/imports/" + draft + "?serviceId=" + service),
          problems);
      // The review in its error state.
      browser.go("/imports/" + draft);
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('publishedScore').value = 'lots';");
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('confirm').click();");
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "import review with errors");
      // The upload form in its error state.
      browser.go("/imports/new");
      browser.find(By.id("read-report")).click();
      browser.find(By.cssSelector(".govuk-error-summary"));
      check(browser, problems, "import form with errors");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void beforeTheSessionEndsAWarningOffersToStaySignedInAndKeyboardFocusIsKept() {
    try (Browser browser = Browser.open(base)) {
      // The page's clock can be moved forward (window.trackerAhead, in milliseconds).
      ((ChromeDriver) browser.driver())
          .executeCdpCommand(
              "Page.addScriptToEvaluateOnNewDocument",
              java.util.Map.of(
                  "source",
                  "(() => { window.trackerAhead = 0; const now = Date.now.bind(Date);"
                      + " Date.now = () => now() + window.trackerAhead; })();"));
      browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      browser.go("/help");
      browser.visible("signed-in-as");
      // 58 minutes pass without a request: the 60-minute session is 2 minutes from ending.
      ((JavascriptExecutor) browser.driver())
          .executeScript("window.trackerAhead = 58 * 60 * 1000;");
      var stay = browser.visible("timeout-stay");
      assertTrue(
          browser.visible("timeout-heading").getText().contains("about to be signed out"),
          browser.visible("timeout-heading").getText());
      // The dialog is modal and takes the focus; axe finds nothing wrong with it.
      assertEquals(stay, browser.driver().switchTo().activeElement());
      assertEquals(List.of(), Axe.violations(browser.driver()));
      stay.sendKeys(Keys.ENTER);
      browser
          .waiting()
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("timeout-warning")));
      // Still signed in.
      browser.go("/help");
      browser.visible("signed-in-as");
    }
  }

  private void check(Browser browser, List<String> pages, List<String> problems) {
    for (String page : pages) {
      browser.go(page);
      check(browser, problems, page);
    }
  }

  private void check(Browser browser, List<String> problems, String page) {
    for (int width : WIDTHS) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      for (String violation : Axe.violations(browser.driver())) {
        problems.add(page + " at " + width + " px: " + violation);
      }
      long overflow =
          (Long)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;");
      if (overflow > 0) {
        problems.add(page + " at " + width + " px: " + overflow + " px wider than the window");
      }
    }
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
  }

  private long publishedInspection() {
    Api admin = Api.at(base).asAdmin();
    long service = new Fixtures(admin).service("Axe service", "LONDON");
    return InspectionBodies.publish(admin, "bexley-2024", service);
  }

  private static byte[] report(String name) {
    try (var in = AccessibilityBrowserIT.class.getResourceAsStream("/reports/" + name + ".txt")) {
      return (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              + "\n\nAccessibility test copy "
              + java.util.UUID.randomUUID()
              + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
