package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/** A service lead imports the plan the service kept in a spreadsheet, after a failed first try. */
@ExtendWith(ArquillianExtension.class)
class PlanImportBrowserIT {

  static final String HEADER =
      "Ref,Recommendation,Action,Lead officer and agency,Target date,Progress,RAG\n";

  @ArquillianResource URL base;

  @Test
  void aSpreadsheetWithABadRowImportsNothingAndACorrectedOneImportsEveryRow() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Sheet YJS", "LONDON");
    Api admin = Api.at(base).asAdmin();
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    String lead = fixtures.account("lead", "SERVICE_LEAD", service);
    Api leadApi = Api.at(base).as(lead, Api.PASSWORD);
    long plan =
        leadApi
            .post("/api/inspections/" + created.id() + "/plan", JsonValue.EMPTY_JSON_OBJECT)
            .id();

    Path bad =
        sheet(
            "bad.csv",
            HEADER
                + "1,Improve assessment,Audit ten assessments a month,J. Smith YJS,31/03/2027,Audits started,Amber\n"
                + "2,Management oversight,Train managers,J. Smith YJS,sometime soon,,Green\n");
    Path good =
        sheet(
            "good.csv",
            HEADER
                + "1,Improve assessment,Audit ten assessments a month,J. Smith YJS,31/03/2027,Audits started,Amber\n"
                + "2,Management oversight,Train managers,J. Smith YJS,30/06/2027,,Green\n");

    try (Browser browser = Browser.open(base).signIn(lead, Api.PASSWORD)) {
      browser.go("/plans/" + plan);
      browser.visible("import-plan").click();
      browser.find(By.id("sheet")).sendKeys(bad.toString());
      browser.visible("preview").click();
      browser.waitForText("preview-status", "1 problem");
      assertTrue(browser.visible("not-importable").isDisplayed());
      assertTrue(browser.driver().findElements(By.id("import")).isEmpty());
      assertTrue(
          browser.visible("import-rows").getText().contains("sometime soon")
              || browser.visible("import-rows").getText().toLowerCase().contains("date"));

      browser.find(By.id("sheet")).clear();
      browser.find(By.id("sheet")).sendKeys(good.toString());
      browser.visible("preview").click();
      browser.waitForText("preview-status", "no problems");
      browser.visible("import").click();
      browser.waitForText("flash", "2 actions imported");
    }
    JsonObject imported = leadApi.get("/api/plans/" + plan).json();
    assertEquals(
        1,
        imported.getJsonArray("recommendations").getJsonObject(0).getJsonArray("actions").size());
    JsonObject first =
        imported
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonArray("actions")
            .getJsonObject(0);
    assertEquals("2027-03-31", first.getString("targetDate"));
    assertEquals("AMBER", first.getJsonObject("latestUpdate").getString("rag"));
  }

  private static Path sheet(String name, String content) {
    try {
      Path file = Files.createTempDirectory("sheet").resolve(name);
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
