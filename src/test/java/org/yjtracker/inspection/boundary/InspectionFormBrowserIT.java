package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * What script adds to the inspection form (every journey works without it, see {@link
 * InspectionFormPagesIT}): the check beside the form follows the figures as they are typed, without
 * pressing "Check ratings".
 */
@ExtendWith(ArquillianExtension.class)
class InspectionFormBrowserIT {

  @ArquillianResource URL base;

  @Test
  void theCheckFollowsTheFiguresAsTheyAreTyped() {
    Api admin = Api.at(base).asAdmin();
    var fixtures = new Fixtures(admin);
    long service = fixtures.service("Solihull live check", "WEST_MIDLANDS");
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    String inspector = fixtures.account("live-check", "INSPECTOR");

    try (Browser browser = Browser.open(base)) {
      browser.signIn(inspector, Api.PASSWORD);
      String edit = "/inspections/" + created.id() + "/edit";
      browser.go(edit);
      // As the server rendered it.
      assertEquals("17 out of 36", browser.visible("assessment-score").getText());
      browser.visible("no-warnings");

      // A % Yes that contradicts its published rating: a warning linked to the rating, at once.
      WebElement percent = browser.visible("standards-3-1-keyQuestions-1--percentYes");
      percent.clear();
      percent.sendKeys("40");
      WebElement warning =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#warning-list li[data-standard='3.1'] a")));
      assertTrue(warning.getText().contains("(40%) makes it Inadequate"), warning.getText());
      assertTrue(warning.getAttribute("href").endsWith("#standards-3-1-rating"));
      browser.waitForText("standards-3-1-derived", "Inadequate");
      assertTrue(
          browser.visible("standards-3-1-warnings").getText().contains("no professional"),
          "the standard's own warning beside it");
      awaitReady(browser);
      assertEquals("17 out of 36", browser.visible("assessment-score").getText());

      // Published ratings change the score and the overall rating it earns.
      percent.clear();
      percent.sendKeys("67");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-warnings")));
      new Select(browser.visible("standards-1-1-rating")).selectByValue("OUTSTANDING");
      browser.waitForText("assessment-score", "19 out of 36");
      browser.waitForText("assessment-overall", "Good");
      assertTrue(browser.driver().getCurrentUrl().endsWith(edit), "nothing was submitted");
    }
  }

  /**
   * A 2025 inspection in a real browser with script on: typed in with the live check (which has no
   * score to show and points at the missing overall rating), published, planned by the service and
   * compared with its 2018-framework predecessor.
   */
  @Test
  void a2025InspectionIsRecordedPublishedPlannedAndComparedWithIts2018Predecessor() {
    Api admin = Api.at(base).asAdmin();
    var fixtures = new Fixtures(admin);
    long service = fixtures.service("Browser 2025 YJS", "LONDON");
    InspectionBodies.publish(admin, "solihull-2023", service);
    String inspector = fixtures.account("browser-2025", "INSPECTOR");
    String lead = fixtures.account("browser-2025-lead", "SERVICE_LEAD", service);

    String inspection;
    try (Browser browser = Browser.open(base)) {
      browser.signIn(inspector, Api.PASSWORD);
      browser.go("/inspections/new?framework=HMIP_YJ_2025&serviceId=" + service);
      browser.find(By.cssSelector("label[for='kind']")).click();
      assertTrue(browser.find(By.id("kind")).isSelected());
      assertTrue(
          browser.driver().findElements(By.id("assessment-score")).isEmpty(), "2025 has no score");
      new Select(browser.visible("standards-2-1-rating")).selectByValue("GOOD");
      WebElement missingOverall =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#warning-list li[data-kind='MISSING_OVERALL']")));
      assertTrue(missingOverall.getText().contains("No overall rating"), missingOverall.getText());
      new Select(browser.visible("standards-2-2-rating")).selectByValue("OUTSTANDING");
      new Select(browser.visible("standards-2-3-rating")).selectByValue("OUTSTANDING");
      new Select(browser.visible("standards-V1-rating")).selectByValue("REQUIRES_IMPROVEMENT");
      new Select(browser.visible("publishedOverall")).selectByValue("GOOD");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-warnings")));
      browser.visible("published-day").sendKeys("13");
      browser.visible("published-month").sendKeys("1");
      browser.visible("published-year").sendKeys("2026");
      browser.visible("recommendations-0--text").sendKeys("Contact every victim promptly.");
      browser
          .find(By.cssSelector("input[name='recommendations[0].ownerKinds'][value='YJS']"))
          .findElement(By.xpath("following-sibling::label"))
          .click();
      browser.visible("save").click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("publish-inspection")));
      inspection = browser.driver().getCurrentUrl().replaceAll(".*/inspections/(\\d+).*", "$1");
      assertEquals(
          "REQUIRES_IMPROVEMENT",
          browser.find(By.cssSelector("#standard-V1 td")).getAttribute("data-rating"));
      browser.visible("publish-inspection").click();
      browser.visible("confirm-button").click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("comparison-link")));
    }

    try (Browser browser = Browser.open(base)) {
      browser.signIn(lead, Api.PASSWORD);
      browser.go("/inspections/" + inspection);
      browser.visible("start-plan").click();
      browser.waiting().until(ExpectedConditions.urlMatches(".*/plans/\\d+$"));
      browser.go("/inspections/" + inspection);
      browser.visible("comparison-link").click();
      assertEquals("Improved", browser.visible("overall-change").getText());
      assertTrue(
          browser.visible("frameworks-differ").getText().contains("cannot"),
          "standard ratings are not comparable across frameworks");
    }
  }

  private static void awaitReady(Browser browser) {
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.id("assessment-panel"), "data-state", "ready"));
  }
}
