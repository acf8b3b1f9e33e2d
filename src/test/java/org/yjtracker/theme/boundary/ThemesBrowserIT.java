package org.yjtracker.theme.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * What script still adds around themes: the inspection page (built by its script) tags each
 * recommendation with its confirmed themes, and a tag leads to the theme's page. Confirming themes,
 * the theme pages and the theme form work without script: {@code ThemePagesIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ThemesBrowserIT {

  @ArquillianResource URL base;

  @Test
  void theInspectionPageTagsRecommendationsWithTheirThemesAndATagLeadsToTheTheme() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Browser themes YJS", "WEST_MIDLANDS");
    long inspection = InspectionBodies.publish(admin, "solihull-2023", service);
    JsonObject fourth =
        admin
            .get("/api/inspections/" + inspection + "/themes")
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(3);
    long slc =
        fourth.getJsonArray("suggested").getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("code").equals("SLC"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    var confirmed =
        admin.put(
            "/api/recommendations/" + fourth.getJsonNumber("id").longValue() + "/themes",
            Json.createObjectBuilder().add("themes", Json.createArrayBuilder().add(slc)).build());
    assertEquals(200, confirmed.status(), confirmed::toString);
    String inspector = f.account("inspector", "INSPECTOR");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/inspections/" + inspection);
      browser.waitForText("themes-4", "Speech, language and communication");
      browser
          .visible("themes-4")
          .findElement(By.linkText("Speech, language and communication"))
          .click();
      browser.waitForText("theme-title", "Speech, language and communication");
      assertTrue(
          browser
              .visible("theme-recommendations")
              .getText()
              .contains(f.unique("Browser themes YJS")));
    }
  }
}
