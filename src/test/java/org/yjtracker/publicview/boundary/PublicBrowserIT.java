package org.yjtracker.publicview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.yjtracker.testsupport.Browser;

/** The public pages in headless Chromium, never signed in. */
@ExtendWith(ArquillianExtension.class)
class PublicBrowserIT {

  @ArquillianResource URL base;

  @Test
  void anybodyFindsAnInspectionAndSeesItsRatingsAndProgressButNothingInternal() {
    var planted = new PublicPlanted(base);
    try (Browser browser = Browser.open(base)) {
      browser.go("/signin");
      browser.find(By.cssSelector("#public-link a")).click();

      browser.visible("service").sendKeys(planted.serviceName);
      browser.find(By.cssSelector("#region option[value='WALES']"));
      new Select(browser.visible("region")).selectByValue("WALES");
      browser.visible("apply-filters").click();
      browser.waitForText("result-count", "2 published inspections");
      String list = browser.visible("public-inspections-table").getText();
      assertTrue(list.contains("Requires improvement"), list);
      assertTrue(list.contains("17 out of 36"), list);
      assertEquals(
          "REQUIRES_IMPROVEMENT",
          browser
              .find(
                  By.cssSelector("#public-inspections-table .tracker-rating--requires-improvement"))
              .getAttribute("data-rating"));
      assertTrue(browser.driver().findElements(By.id("sign-out")).isEmpty());
      assertTrue(browser.visible("public-sign-in").isDisplayed());
      assertNoInternals(browser.driver().findElement(By.tagName("body")).getText());

      browser
          .find(By.cssSelector("a[href='/public/inspections/" + planted.inspection + "']"))
          .click();
      browser.waitForText("overall-rating", "Requires improvement");
      assertEquals(
          "17", browser.visible("score").findElement(By.className("tracker-score")).getText());
      assertEquals("Inadequate", browser.visible("rating-2.1").getText());
      assertTrue(
          browser
              .visible("rating-2.1")
              .getAttribute("class")
              .contains("tracker-rating--inadequate"));
      assertEquals("In progress", browser.visible("status-1").getText());
      assertEquals("Open", browser.visible("status-2").getText());
      assertEquals("Closed: implemented", browser.visible("status-3").getText());
      // Its dated status history, behind a details: days and statuses, no names, no reasons.
      browser.find(By.cssSelector("#history-3 summary")).click();
      String history = browser.visible("history-3-table").getText();
      assertTrue(history.contains("Open → Closed: implemented"), history);
      assertEquals("Partly met", browser.visible("outcome-1").getText());
      assertTrue(browser.driver().findElements(By.id("outcome-2")).isEmpty());
      String page = browser.driver().findElement(By.tagName("body")).getText();
      assertTrue(page.contains(planted.policeName), page);
      assertFalse(page.contains(PublicPlanted.DESCRIPTION), page);
      assertNoInternals(page);
      assertNoInternals(browser.driver().getPageSource());
      assertTrue(browser.driver().findElements(By.id("navigation")).isEmpty());

      browser.go("/public/inspections/" + planted.draft);
      browser.waitForText("page-error", "Not found");
    }
  }

  private static void assertNoInternals(String text) {
    for (String internal : PublicPlanted.INTERNAL) {
      assertFalse(text.contains(internal), () -> "'" + internal + "' on the page: " + text);
    }
  }
}
