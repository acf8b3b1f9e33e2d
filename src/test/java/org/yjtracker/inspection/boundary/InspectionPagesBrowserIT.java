package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/** The inspections list, an inspection's page and a service's chain, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class InspectionPagesBrowserIT {

  @ArquillianResource URL base;

  @Test
  void aServiceLeadFindsTheirInspectionSeesItsRatingsAndFollowsTheChain() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Pages YJS", "LONDON");
    Api admin = Api.at(base).asAdmin();
    long earlier = publish(admin, InspectionBodies.fromReport("suffolk-2023", service).build());
    long latest = publish(admin, InspectionBodies.fromReport("bexley-2024", service).build());
    String lead = fixtures.account("lead", "SERVICE_LEAD", service);

    try (Browser browser = Browser.open(base).signIn(lead, Api.PASSWORD)) {
      browser.go("/inspections");
      // The options arrive with the page's data; wait for this service's before choosing it.
      browser.find(By.cssSelector("#serviceId option[value='" + service + "']"));
      new Select(browser.visible("serviceId")).selectByValue(String.valueOf(service));
      browser.visible("year").sendKeys("2024");
      browser.visible("apply-filters").click();
      browser.waitForText("result-count", "1 inspection");
      assertFalse(browser.driver().findElements(By.id("add-inspection")).size() > 0);
      browser.find(By.linkText(fixtures.unique("Pages YJS"))).click();

      browser.waitForText("overall-rating", "Good");
      assertEquals(
          "27", browser.visible("score").findElement(By.className("tracker-score")).getText());
      WebElement ratings = browser.visible("ratings-table");
      assertEquals(
          "OUTSTANDING",
          ratings
              .findElement(By.cssSelector("#standard-2\\.3 [data-rating]"))
              .getAttribute("data-rating"));
      // Bexley's three standards moved by professional discretion say so, and nothing is flagged.
      assertEquals(3, ratings.findElements(By.cssSelector("[id^='discretion-']")).size());
      assertTrue(browser.driver().findElements(By.id("disagreements")).isEmpty());
      assertEquals(3, ratings.findElements(By.cssSelector("#standard-2\\.1 .tracker-kq")).size());
      assertTrue(
          browser.visible("recommendations").getText().contains("The Metropolitan Police should:"));
      assertTrue(browser.driver().findElements(By.id("publish-inspection")).isEmpty());

      browser.visible("service-link").click();
      WebElement chain = browser.visible("inspection-chain");
      List<WebElement> items = chain.findElements(By.tagName("li"));
      assertEquals(
          List.of("chain-" + latest, "chain-" + earlier),
          items.stream().map(i -> i.getAttribute("id")).toList());
      assertTrue(
          items.get(0).getText().contains("Up from Requires improvement; score +18"),
          items.get(0).getText());
    }
  }

  @Test
  void anInspectorSeesTheDisagreementsOfADraftAndPublishesIt() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Draft pages YJS", "WALES");
    Api admin = Api.at(base).asAdmin();
    var body =
        InspectionBodies.fromReport("solihull-2023", service).add("publishedScore", 18).build();
    var created = admin.post("/api/inspections", body);
    assertEquals(201, created.status(), created::toString);
    String inspector = fixtures.account("inspector", "INSPECTOR");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/inspections/" + created.id());
      WebElement warning = browser.visible("disagreements");
      assertTrue(
          warning
              .getText()
              .contains("The published score is 18 but the published ratings add up to 17"),
          warning.getText());
      browser.visible("publish-inspection").click();
      browser.waitForText("flash", "The inspection has been published");
      assertTrue(browser.driver().findElements(By.id("publish-inspection")).isEmpty());
    }
    assertEquals(
        "PUBLISHED", admin.get("/api/inspections/" + created.id()).json().getString("status"));
  }

  private static long publish(Api admin, jakarta.json.JsonObject body) {
    var created = admin.post("/api/inspections", body);
    assertEquals(201, created.status(), created::toString);
    var published =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    return created.id();
  }
}
