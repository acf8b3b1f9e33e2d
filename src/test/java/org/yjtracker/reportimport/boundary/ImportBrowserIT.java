package org.yjtracker.reportimport.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;

/**
 * What script adds to the import pages, in headless Chromium: only GOV.UK Frontend's conditional
 * reveal of a new owner's name. Every journey works without script and is tested as HTML in {@link
 * ImportPagesIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBrowserIT {

  @ArquillianResource URL base;

  @Test
  void aNewOwnersNameShowsOnlyOnceItIsTicked() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Reveal YJS", "WEST_MIDLANDS");
    String inspector = fixtures.account("reveal", "INSPECTOR");
    JsonObject draft =
        Api.at(base)
            .asAdmin()
            .upload(
                "/api/imports",
                ImportPagesIT.unique("solihull-2023").getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8")
            .json();

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/imports/" + draft.getInt("id") + "?serviceId=" + service);
      WebElement box = browser.find(By.id("owners-2--create-0-"));
      WebElement name = browser.find(By.id("owners-2--create-0--name"));
      assertFalse(name.isDisplayed(), "the name is hidden until the owner is ticked");
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].scrollIntoView({ block: 'center' });", box);
      browser.find(By.cssSelector("label[for='owners-2--create-0-']")).click();
      browser.visible("owners-2--create-0--name");
    }
  }
}
