package org.yjtracker.reportimport.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;

/** Importing a published report through the pages, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class ImportBrowserIT {

  private static final Pattern INSPECTION_PATH = Pattern.compile("/inspections/(\\d+)$");
  private static final String CORRECTED_HEADING = "The Solihull youth justice service should:";

  @ArquillianResource URL base;

  @Test
  void anInspectorPastesAReportCorrectsItChoosesTheServiceAndRecordsIt() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Import YJS", "WEST_MIDLANDS");
    String serviceName = fixtures.unique("Import YJS");
    String board = fixtures.unique("Solihull Youth Justice Board");
    String inspector = fixtures.account("importer", "INSPECTOR");
    // A last line of its own makes this run's text unique: a text imported before is refused.
    String report =
        resource("/reports/solihull-2023.txt") + "\n\nBrowser test copy " + board + "\n";
    long inspectionId;

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/inspections");
      browser.visible("import-report").click();
      paste(browser, report);
      browser.visible("read-report").click();

      // The draft, with each value beside the line of the report it was read from.
      browser.visible("import-review");
      String importPath = URI.create(browser.driver().getCurrentUrl()).getPath();
      assertTrue(importPath.matches("/imports/\\d+"), importPath);
      assertEquals("17", browser.visible("publishedScore").getAttribute("value"));
      String scoreSource = browser.visible("publishedScore-source").getText();
      assertTrue(scoreSource.startsWith("Line 82:") && scoreSource.contains("17/36"), scoreSource);
      assertTrue(
          browser.visible("std-2_1-rating-source").getText().startsWith("Line 90:"),
          browser.visible("std-2_1-rating-source").getText());
      assertEquals(
          "INADEQUATE",
          new Select(browser.visible("std-2_1-rating"))
              .getFirstSelectedOption()
              .getAttribute("value"));
      assertEquals("50", browser.visible("std-2_1-kq0").getAttribute("value"));
      assertEquals("December 2023", browser.visible("published").getAttribute("value"));
      browser.visible("no-warnings");
      // Nothing matches a service named after the report until the service is chosen.
      assertTrue(browser.visible("rec-1-owners").getText().contains("Choose the service"));

      // Nothing is recorded without the service.
      click(browser, browser.visible("confirm"));
      browser.waitForText(
          "serviceId-error", "Choose the youth justice service the report is about");

      new Select(browser.visible("serviceId")).selectByValue(String.valueOf(service));
      // The service is the only youth justice service owner there can be, so it is ticked.
      WebElement owner = browser.find(By.id("rec-1-owner-" + service));
      browser.waiting().until(ExpectedConditions.elementSelectionStateToBe(owner, true));
      // The directory has no board for the service: the one the report names can be added.
      WebElement addBoard = browser.find(By.id("rec-3-create-0"));
      assertFalse(addBoard.isSelected());
      assertEquals(
          "Add Solihull Youth Justice Board (Management board) to the directory",
          browser.visible("rec-3-create-0-label").getText());
      click(browser, addBoard);
      WebElement boardName = browser.visible("rec-3-create-0-name");
      boardName.clear();
      boardName.sendKeys(board);
      browser.waitForText("rec-3-create-0-label", "Add " + board + " (Management board)");

      // A correction saved on its own keeps the service and owners chosen.
      WebElement heading = browser.visible("rec-1-heading");
      assertEquals("The Solihull Youth Justice Service should:", heading.getAttribute("value"));
      heading.clear();
      heading.sendKeys(CORRECTED_HEADING);
      click(browser, browser.visible("save"));
      browser.waitForText("saved-banner", "Your corrections have been saved");
      assertEquals(CORRECTED_HEADING, browser.visible("rec-1-heading").getAttribute("value"));
      assertEquals(
          String.valueOf(service),
          new Select(browser.visible("serviceId")).getFirstSelectedOption().getAttribute("value"));
      assertTrue(browser.find(By.id("rec-1-owner-" + service)).isSelected());
      assertTrue(browser.find(By.id("rec-3-create-0")).isSelected());
      assertEquals(board, browser.visible("rec-3-create-0-name").getAttribute("value"));

      // One more correction, left for confirming to save.
      WebElement published = browser.visible("published");
      published.clear();
      published.sendKeys("5 December 2023");

      click(browser, browser.visible("confirm"));
      browser.waiting().until(ExpectedConditions.urlMatches(INSPECTION_PATH.pattern()));
      browser.waitForText("inspection-title", serviceName);
      browser.waitForText("flash", "has been recorded from the report");
      Matcher path = INSPECTION_PATH.matcher(browser.driver().getCurrentUrl());
      assertTrue(path.find());
      inspectionId = Long.parseLong(path.group(1));

      // The import now only points at what it was recorded as.
      browser.go(importPath);
      browser.waitForText("import-heading", "This report has been recorded");
      assertTrue(
          browser
              .visible("recorded-link")
              .getAttribute("href")
              .endsWith("/inspections/" + inspectionId));
      assertTrue(
          browser.driver().findElements(By.id("confirm")).stream()
              .noneMatch(WebElement::isDisplayed));

      // The same report again is refused, pointing at the inspection it is recorded as.
      browser.go("/imports/new");
      paste(browser, report);
      browser.visible("read-report").click();
      WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
      browser.waitForText("existing-inspection", "View the inspection already recorded");
      assertTrue(
          summary.getText().contains("already recorded as inspection " + inspectionId),
          summary.getText());
      assertTrue(
          browser
              .visible("existing-inspection")
              .getAttribute("href")
              .endsWith("/inspections/" + inspectionId));
      assertTrue(browser.visible("read-report").isEnabled());
    }

    JsonObject inspection = Api.at(base).asAdmin().get("/api/inspections/" + inspectionId).json();
    assertEquals(17, inspection.getInt("publishedScore"));
    assertEquals("REQUIRES_IMPROVEMENT", inspection.getString("publishedOverall"));
    assertEquals("2023-12-05", inspection.getString("published"));
    assertEquals(service, inspection.getJsonObject("service").getJsonNumber("id").longValue());
    var recommendations = inspection.getJsonArray("recommendations");
    assertEquals(5, recommendations.size());
    JsonObject first = recommendations.getJsonObject(0);
    assertEquals(CORRECTED_HEADING, first.getString("heading"));
    assertEquals(
        service, first.getJsonArray("owners").getJsonObject(0).getJsonNumber("id").longValue());
    JsonObject third = recommendations.getJsonObject(2);
    assertEquals(3, third.getInt("number"));
    assertEquals(board, third.getJsonArray("owners").getJsonObject(0).getString("name"));
  }

  @Test
  void whatTheReaderWarnsAboutComesFirstWithItsLine() {
    var fixtures = new Fixtures(Api.at(base));
    String inspector = fixtures.account("warned", "INSPECTOR");
    String report =
        resource("/reports/wolverhampton-2022.txt")
            + "\n\nBrowser test copy "
            + fixtures.unique("w");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/imports/new");
      paste(browser, report);
      browser.visible("read-report").click();
      browser.waitForText("warnings", "Check this first");
      String warning = browser.visible("warning-0").getText();
      assertTrue(warning.contains("Line 214: Recommendation 1 has no number"), warning);
      assertTrue(warning.contains("make sure that all YOT children with SEND"), warning);
      // Discretion the report describes is shown on its standard, with where it was read.
      assertEquals(
          "REQUIRES_IMPROVEMENT",
          new Select(browser.visible("std-2_1-discretionFrom"))
              .getFirstSelectedOption()
              .getAttribute("value"));
      assertTrue(
          browser.visible("std-2_1-discretionFrom-source").getText().startsWith("Line "),
          browser.visible("std-2_1-discretionFrom-source").getText());
      assertEquals("1", browser.visible("resettlementCases").getAttribute("value"));
    }
  }

  @Test
  void textThatIsNotAReportIsRefusedWithTheReason() throws IOException {
    var fixtures = new Fixtures(Api.at(base));
    Path notAPdf = Files.createTempDirectory("import-it").resolve("minutes.pdf");
    Files.writeString(notAPdf, "Minutes of the meeting");
    notAPdf.toFile().deleteOnExit();
    notAPdf.getParent().toFile().deleteOnExit();
    String inspector = fixtures.account("not-a-report", "INSPECTOR");

    try (Browser browser = Browser.open(base).signIn(inspector, Api.PASSWORD)) {
      browser.go("/imports/new");
      browser.visible("read-report").click();
      browser.waitForText("file-error", "Upload the report or paste its text");

      paste(browser, "Shopping list\n\nEggs, milk and bread for the weekend.\n");
      browser.visible("read-report").click();
      browser.waitForText(
          "text-error",
          "This does not look like an HM Inspectorate of Probation inspection report");
      WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
      assertTrue(summary.getText().contains("There is a problem"), summary.getText());
      assertTrue(
          summary.getText().contains("does not look like an HM Inspectorate of Probation"),
          summary.getText());
      assertTrue(browser.driver().getCurrentUrl().endsWith("/imports/new"));
      assertTrue(browser.visible("read-report").isEnabled());

      // A file goes as it is, named: one that only claims to be a PDF is refused too.
      paste(browser, "");
      browser.visible("file").sendKeys(notAPdf.toString());
      browser.visible("read-report").click();
      browser.waitForText("file-error", "This file is not a PDF");
    }
  }

  /** Puts the text in the textarea at once: typing 50 KB key by key takes minutes. */
  private static void paste(Browser browser, String text) {
    WebElement textarea = browser.visible("text");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
            textarea,
            text);
  }

  /** Scrolls the control to the middle of the window first, clear of the header and footer. */
  private static void click(Browser browser, WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({ block: 'center' });", element);
    element.click();
  }

  private static String resource(String path) {
    try (InputStream in = ImportBrowserIT.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
