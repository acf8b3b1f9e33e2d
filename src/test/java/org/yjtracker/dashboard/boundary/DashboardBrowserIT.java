package org.yjtracker.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * What script adds to the dashboards, in Chromium: bar charts drawn from the figures of the tables
 * on the page, which stay. Filtering, sorting and the figures themselves work without script:
 * {@code DashboardPagesIT}.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

  @ArquillianResource URL base;

  @Test
  void theDashboardsDrawBarChartsFromTheFiguresOfTheirTables() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    String tag = f.unique("").strip();
    long alpha = f.service("Chart alpha", "LONDON");
    long beta = f.service("Chart beta", "LONDON");
    long inspection = InspectionBodies.publish(admin, "solihull-2023", alpha); // RI
    InspectionBodies.publish(admin, "bexley-2024", beta); // good
    Api lead = Api.at(base).as(f.account("chart-lead", "SERVICE_LEAD", alpha), Api.PASSWORD);
    var plan = lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long recommendation =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var action =
        lead.post(
            "/api/plans/" + plan.id() + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
                .add("leadOrganisationId", alpha)
                .add("description", "Charted work")
                .add("targetDate", "2030-01-31")
                .add("status", "NOT_STARTED")
                .build());
    assertEquals(201, action.status(), action::toString);
    String inspector = f.account("chart-inspector", "INSPECTOR");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/dashboard?q=" + tag);
      WebElement ratings = browser.find(By.cssSelector("[data-chart-for='rating-table']"));
      assertEquals(
          values(browser.driver().findElements(By.cssSelector("#rating-table td[data-value]"))),
          values(ratings.findElements(By.cssSelector(".tracker-bars__fill"))),
          "one bar for each rating, with the table's figures");
      assertEquals("true", ratings.getAttribute("aria-hidden"), "the table says the same");
      assertTrue(browser.visible("rating-table").isDisplayed(), "the table stays");

      browser.go("/services/" + alpha + "/dashboard");
      WebElement rag = browser.find(By.cssSelector("[data-chart-for='rag-table']"));
      assertEquals(5, rag.findElements(By.cssSelector(".tracker-bars__row")).size());
      assertTrue(rag.getText().contains("No update yet"), rag.getText());
      WebElement statuses =
          browser.find(By.cssSelector("[data-chart-for='recommendations-table']"));
      assertEquals(
          values(
              browser
                  .driver()
                  .findElements(By.cssSelector("#recommendations-table td[data-value]"))),
          values(statuses.findElements(By.cssSelector(".tracker-bars__fill"))));
      browser.find(By.cssSelector("[data-chart-for='progress-table'] .tracker-bars__fill"));
      assertTrue(browser.visible("progress-table").isDisplayed());
    }
  }

  private static List<String> values(List<WebElement> elements) {
    return elements.stream().map(e -> e.getAttribute("data-value")).toList();
  }
}
