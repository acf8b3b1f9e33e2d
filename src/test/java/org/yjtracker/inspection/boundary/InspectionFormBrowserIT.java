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

  private static void awaitReady(Browser browser) {
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.id("assessment-panel"), "data-state", "ready"));
  }
}
