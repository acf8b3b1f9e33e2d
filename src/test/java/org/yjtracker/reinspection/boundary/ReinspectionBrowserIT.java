package org.yjtracker.reinspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * The comparison page in headless Chromium: the service reads it, an inspector records an outcome
 * through it and carries the recommendation into the new plan, where the plan page shows it.
 */
@ExtendWith(ArquillianExtension.class)
class ReinspectionBrowserIT {

  @ArquillianResource URL base;

  @Test
  void theServiceReadsTheComparisonAndAnInspectorJudgesAndCarriesARecommendationForward() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Compared YJS", "NORTH_WEST");
    Api admin = Api.at(base).asAdmin();
    long first = published(admin, "wolverhampton-2022", service);
    long second = published(admin, "solihull-2023", service);
    String leadEmail = f.account("lead", "SERVICE_LEAD", service);
    String inspectorEmail = f.account("inspector", "INSPECTOR");
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    long oldPlan =
        lead.post("/api/inspections/" + first + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();
    long newPlan =
        lead.post("/api/inspections/" + second + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();

    try (Browser browser = Browser.open(base).signIn(leadEmail, Api.PASSWORD)) {
      browser.go("/inspections/" + second + "/comparison");
      browser.waitForText("score-change", "−11");
      assertEquals("28", browser.visible("score-then").getText());
      assertEquals("17", browser.visible("score-now").getText());
      assertEquals("Declined", browser.visible("overall-change").getText());
      assertEquals("Good", browser.visible("standard-1-1-then").getText());
      assertEquals("Requires improvement", browser.visible("standard-1-1-now").getText());
      assertTrue(
          browser
              .visible("standard-1-1-then")
              .getAttribute("class")
              .contains("tracker-rating-cell--good"));
      assertEquals("Declined", browser.visible("standard-1-1-change").getText());
      // Read-only for the service: no forms, no buttons.
      browser.visible("read-only-note");
      assertTrue(browser.driver().findElements(By.id("outcome-2-form")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("close-previous-plan")).isEmpty());
    }

    try (Browser browser = Browser.open(base).signIn(inspectorEmail, Api.PASSWORD)) {
      browser.go("/inspections/" + second);
      browser.visible("comparison-link").click();
      browser.waitForText("comparison-title", "Compared with the previous inspection");
      browser.waitForText("previous-2-outcome", "Not judged yet");
      browser.find(By.cssSelector("label[for='outcome-2-NOT_MET']")).click();
      browser.visible("outcome-2-note").sendKeys("Victims are still not contacted in time");
      browser.visible("save-outcome-2").click();
      browser.waitForText("saved", "The outcome of recommendation 2 has been saved");
      browser.waitForText("previous-2-outcome", "Not met");
      browser.waitForText("previous-2-note", "Victims are still not contacted in time");

      browser.visible("carry-2").click();
      browser.waitForText("previous-2-carried", "Carried forward into the new plan");

      browser.go("/plans/" + newPlan);
      browser.waitForText("carried-from-" + first, "Carried forward from the inspection of");
      String section = browser.visible("carried-from-" + first).getText();
      assertTrue(section.contains("February 2022"), section);
      assertTrue(section.contains("Recommendation 2"), section);
      assertTrue(section.contains("Not met"), section);

      // With every other recommendation judged, the inspector closes the previous plan here.
      Api inspector = Api.at(base).as(inspectorEmail, Api.PASSWORD);
      for (JsonValue r :
          inspector
              .get("/api/inspections/" + second + "/comparison")
              .json()
              .getJsonArray("recommendations")) {
        JsonObject rec = r.asJsonObject();
        if (rec.isNull("outcome")) {
          var judged =
              inspector.put(
                  "/api/inspections/" + second + "/outcomes/" + rec.getJsonNumber("id"),
                  Json.createObjectBuilder().add("outcome", "MET").build());
          assertEquals(200, judged.status(), judged::toString);
        }
      }
      browser.go("/inspections/" + second + "/comparison");
      browser.visible("close-previous-plan").click();
      browser.waitForText("saved", "The previous plan has been closed");
      browser.go("/plans/" + oldPlan);
      browser.waitForText("plan-closed", "can no longer be changed");
    }

    JsonObject saved = admin.get("/api/inspections/" + second + "/comparison").json();
    JsonObject rec2 = saved.getJsonArray("recommendations").getJsonObject(1);
    assertEquals("NOT_MET", rec2.getString("outcome"));
    assertEquals("Victims are still not contacted in time", rec2.getString("note"));
    assertTrue(rec2.getBoolean("carried"));
  }

  private static long published(Api admin, String report, long service) {
    var created =
        admin.post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    return created.id();
  }
}
