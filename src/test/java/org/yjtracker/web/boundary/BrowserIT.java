package org.yjtracker.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;

/** A person in headless Chromium: sign in, find, add and change an organisation, sign out. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  @ArquillianResource URL base;

  private Browser session;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    session = Browser.open(base);
    browser = session.driver();
    wait = session.waiting();
  }

  @AfterEach
  void closeBrowser() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void signInAddAndChangeAnOrganisationThenSignOut() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Browser service", "NORTH_WEST");
    String partner = fixtures.unique("Browser constabulary");

    browser.get(url("/organisations"));
    wait.until(ExpectedConditions.urlContains("/signin"));
    browser.findElement(By.id("email")).sendKeys(Api.ADMIN_EMAIL);
    browser.findElement(By.id("password")).sendKeys("not the password");
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("govuk-error-summary")));

    browser.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains("/organisations"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("signed-in-as"), "Inspectorate administrator"));

    browser.findElement(By.id("q")).sendKeys(fixtures.unique("Browser service"));
    browser.findElement(By.id("apply-filters")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("organisations-table"), fixtures.unique("Browser service")));

    browser.findElement(By.id("add-organisation")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
    browser.findElement(By.id("save")).click();
    WebElement summary =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.className("govuk-error-summary")));
    assertTrue(
        summary.getText().contains("name") || summary.getText().contains("Name"),
        summary.getText());

    browser.findElement(By.id("name")).sendKeys(partner);
    browser.findElement(By.id("kind-POLICE")).click();
    new Select(browser.findElement(By.id("region"))).selectByValue("NORTH_WEST");
    // GOV.UK checkboxes draw their own box; the person clicks the label.
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("label[for='serves-" + service + "']")))
        .click();
    assertTrue(browser.findElement(By.id("serves-" + service)).isSelected());
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), partner));
    assertTrue(
        browser
            .findElement(By.id("organisation-details"))
            .getText()
            .contains(fixtures.unique("Browser service")));

    browser.findElement(By.id("change-organisation")).click();
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
    wait.until(driver -> partner.equals(name.getAttribute("value")));
    name.clear();
    name.sendKeys(partner + " renamed");
    browser.findElement(By.id("save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), partner + " renamed"));

    var stored =
        Api.at(base)
            .asAdmin()
            .get(
                "/api/organisations?q="
                    + java.net.URLEncoder.encode(
                        partner + " renamed", java.nio.charset.StandardCharsets.UTF_8))
            .json();
    assertEquals(1, stored.getInt("total"));

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/signin"));
    browser.get(url("/organisations"));
    wait.until(ExpectedConditions.urlContains("/signin"));
    assertEquals(List.of(), browser.findElements(By.id("signed-in-as")));
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }
}
