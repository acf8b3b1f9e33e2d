package org.yjtracker.theme.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/** An inspector confirms the themes of an inspection and finds them on the theme page. */
@ExtendWith(ArquillianExtension.class)
class ThemesBrowserIT {

  @ArquillianResource URL base;

  @Test
  void anInspectorConfirmsSuggestedThemesAndTheThemePageListsTheRecommendation() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Browser themes YJS", "WEST_MIDLANDS");
    Api admin = Api.at(base).asAdmin();
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    long inspection = created.id();
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + inspection + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    String inspector = f.account("inspector", "INSPECTOR");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/inspections/" + inspection);
      browser.visible("confirm-themes").click();

      // Recommendation 4 (speech, language and communication) has its suggestion ticked, with
      // the phrase that suggested it; nothing else is ticked.
      WebElement slc = browser.find(By.id("rec4-SLC"));
      assertTrue(slc.isSelected());
      assertTrue(browser.visible("rec4-SLC-hint").getText().contains("“speech”"));
      assertFalse(browser.find(By.id("rec4-VOICE")).isSelected());
      assertFalse(browser.find(By.id("rec4-DATA")).isSelected());
      assertTrue(browser.visible("confirmed-4").getText().contains("No theme confirmed yet"));

      // The inspector adds a theme the words missed and saves this recommendation.
      browser.find(By.cssSelector("label[for='rec4-DATA']")).click();
      browser.visible("save-4").click();
      browser.waitForText("confirmed-4", "Saved.");
      String confirmed = browser.visible("confirmed-4").getText();
      assertTrue(confirmed.contains("Speech, language and communication"), confirmed);
      assertTrue(confirmed.contains("Data and information"), confirmed);

      // Then saves the suggestions of every other recommendation at once.
      browser.visible("save-all").click();
      browser.visible("save-all-result");
      JsonObject rec1 =
          admin
              .get("/api/inspections/" + inspection + "/themes")
              .json()
              .getJsonArray("recommendations")
              .getJsonObject(0);
      assertEquals(
          Set.of("SAFETY_WELLBEING"),
          rec1.getJsonArray("confirmed").getValuesAs(JsonObject.class).stream()
              .map(t -> t.getString("code"))
              .collect(Collectors.toSet()));

      // The inspection page tags each recommendation with its themes; a tag leads to the theme.
      browser.go("/inspections/" + inspection);
      browser.waitForText("themes-4", "Speech, language and communication");
      assertTrue(browser.visible("themes-4").getText().contains("Data and information"));
      browser
          .visible("themes-4")
          .findElement(By.linkText("Speech, language and communication"))
          .click();

      browser.waitForText("theme-title", "Speech, language and communication");
      WebElement table = browser.visible("theme-recommendations");
      WebElement row =
          table.findElements(By.cssSelector("tbody tr")).stream()
              .filter(r -> r.getText().contains(f.unique("Browser themes YJS")))
              .findFirst()
              .orElseThrow(() -> new AssertionError(table.getText()));
      String text = row.getText();
      assertTrue(text.contains("4. address the gap in speech, language and communication"), text);
      assertTrue(text.contains("West Midlands"), text);
      assertTrue(text.contains("No plan"), text);
      assertTrue(text.contains("Not recorded"), text);

      // The themes list counts it and leads back to the theme.
      browser.go("/themes");
      browser.visible("theme-SLC").click();
      browser.visible("theme-recommendations");
    }
  }

  @Test
  void anAdminAddsAThemeWithKeywordsAndRetiresIt() {
    var f = new Fixtures(Api.at(base));
    String name = f.unique("Transitions");
    try (Browser browser = Browser.open(base).signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)) {
      browser.go("/themes");
      browser.visible("add-theme").click();
      browser.visible("keywords").sendKeys("transition\nadult services");
      browser.visible("save").click();
      // Without a name nothing is saved, and the name field says why.
      assertTrue(browser.find(By.cssSelector(".govuk-error-summary")).getText().contains("name"));
      browser.visible("name").sendKeys(name);
      browser.visible("save").click();

      browser.waitForText("theme-title", name);
      assertTrue(browser.visible("theme-details").getText().contains("adult services, transition"));
      browser.visible("change-theme").click();
      // The form shows once the theme is loaded into it.
      browser.waitForText("form-caption", name);
      browser
          .waiting()
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='retired']")))
          .click();
      browser.visible("save").click();
      browser.waitForText("theme-title", "Retired");

      browser.go("/themes");
      String listed = browser.visible("themes").getText();
      assertTrue(listed.contains(name + " Retired"), listed);
    }
  }
}
