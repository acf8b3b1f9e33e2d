package org.yjtracker.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      browser.signIn(world.lead(), Api.PASSWORD);
      check(
          browser,
          List.of(
              "/plans/" + world.plan(),
              "/actions/" + world.action(),
              "/actions/" + world.action() + "/edit",
              "/plans/" + world.plan() + "/actions/new",
              "/plans/" + world.plan() + "/import",
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
          List.of("/plans/" + world.plan(), "/actions/" + world.action(), "/my-actions"),
          problems);
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

  /** A published report's text, made unique so that it is not refused as already imported. */
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

  private long publishedInspection() {
    Api admin = Api.at(base).asAdmin();
    long service = new Fixtures(admin).service("Axe service", "LONDON");
    return InspectionBodies.publish(admin, "bexley-2024", service);
  }
}
