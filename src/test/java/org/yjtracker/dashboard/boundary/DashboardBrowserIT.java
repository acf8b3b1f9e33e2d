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
import org.openqa.selenium.support.ui.Select;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/** The national dashboard's filters and sorting, and a service's dashboard, in Chromium. */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

  @ArquillianResource URL base;

  @Test
  void anInspectorFiltersAndSortsTheNationalTableThenOpensAServiceDashboard() {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    long alpha = f.service("Browse alpha", "LONDON");
    long beta = f.service("Browse beta", "WEST_MIDLANDS");
    long gamma = f.service("Browse gamma", "WEST_MIDLANDS");
    Api admin = Api.at(base).asAdmin();
    long alphaInspection = published(admin, "solihull-2023", alpha); // requires improvement, 17
    published(admin, "bexley-2024", beta); // good, 27
    published(admin, "suffolk-2023", gamma); // requires improvement, 9
    String leadEmail = f.account("browse-lead", "SERVICE_LEAD", alpha);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    var plan =
        lead.post("/api/inspections/" + alphaInspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long firstRecommendation =
        admin
            .get("/api/inspections/" + alphaInspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var action =
        lead.post(
            "/api/plans/" + plan.id() + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(firstRecommendation))
                .add("leadOrganisationId", alpha)
                .add("description", "Overdue work")
                .add("startDate", "2024-02-01")
                .add("targetDate", "2025-01-31")
                .add("status", "IN_PROGRESS")
                .build());
    assertEquals(201, action.status(), action::toString);
    String inspector = f.account("browse-inspector", "INSPECTOR");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.find(By.cssSelector("a[href='/dashboard']"));
      browser.go("/dashboard?q=" + tag);
      browser.waitForText("result-count", "3 services");
      assertEquals(List.of(alpha, beta, gamma), rows(browser));
      assertTrue(browser.visible("rating-table").getText().contains("Requires improvement 2"));
      assertTrue(browser.visible("change-totals").getText().startsWith("0 improved"));

      // Region: only London.
      browser.find(By.cssSelector("#region option[value='LONDON']"));
      new Select(browser.visible("region")).selectByValue("LONDON");
      browser.visible("apply-filters").click();
      browser.waitForText("result-count", "1 service");
      assertEquals(List.of(alpha), rows(browser));
      assertTrue(browser.driver().getCurrentUrl().contains("region=LONDON"));

      // Rating instead: the two that require improvement.
      browser.go("/dashboard?q=" + tag);
      browser.waitForText("result-count", "3 services");
      browser.find(By.cssSelector("#overall option[value='REQUIRES_IMPROVEMENT']"));
      new Select(browser.visible("overall")).selectByValue("REQUIRES_IMPROVEMENT");
      browser.visible("apply-filters").click();
      browser.waitForText("result-count", "2 services");
      assertEquals(List.of(alpha, gamma), rows(browser));

      // Sorting by score: lowest first, then highest first; the header says which.
      browser.go("/dashboard?q=" + tag);
      browser.waitForText("result-count", "3 services");
      browser.find(By.cssSelector("th[data-sort-key='score'] a")).click();
      browser.find(By.cssSelector("th[data-sort-key='score'][aria-sort='ascending']"));
      assertEquals(List.of(gamma, alpha, beta), rows(browser));
      browser.find(By.cssSelector("th[data-sort-key='score'] a")).click();
      browser.find(By.cssSelector("th[data-sort-key='score'][aria-sort='descending']"));
      assertEquals(List.of(beta, alpha, gamma), rows(browser));
      assertEquals(
          "none",
          browser.find(By.cssSelector("th[data-sort-key='service']")).getAttribute("aria-sort"));
      assertTrue(
          browser.visible("export-csv").getAttribute("href").contains("sort=-score"),
          "exports keep the sort and filters");

      // A service's dashboard, from its row.
      browser.find(By.cssSelector("a[data-service-id='" + alpha + "']")).click();
      browser.waitForText("count-overdue", "1");
      assertEquals("5", browser.visible("count-open").getText());
      assertEquals("0", browser.visible("count-implemented").getText());
      assertEquals("0", browser.visible("count-stale").getText());
      assertTrue(browser.visible("ratings-table").getText().contains("Requires improvement"));
      browser.visible("percent-chart");
      browser.visible("rag-chart");
      assertTrue(browser.visible("progress-table").getText().contains("Dec 2023"));
      // Due in January 2024 and never submitted: the plan says it is late.
      assertTrue(
          browser.visible("plan-late").getText().startsWith("Late"),
          browser.visible("plan-late")::getText);
    }

    // The navigation offers the dashboard to the inspectorate only.
    try (Browser browser = Browser.open(base).signIn(leadEmail, Api.PASSWORD)) {
      browser.go("/services/" + alpha);
      browser.visible("service-dashboard-link").click();
      browser.waitForText("count-overdue", "1");
      assertTrue(browser.driver().findElements(By.cssSelector("a[href='/dashboard']")).isEmpty());
    }
  }

  private static List<Long> rows(Browser browser) {
    browser.find(By.id("dashboard-table"));
    return browser.driver().findElements(By.cssSelector("#dashboard-table tbody tr")).stream()
        .map(r -> Long.parseLong(r.getAttribute("data-service-id")))
        .toList();
  }

  private static long published(Api admin, String report, long service) {
    var created =
        admin.post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    var publish =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, publish.status(), publish::toString);
    return created.id();
  }
}
