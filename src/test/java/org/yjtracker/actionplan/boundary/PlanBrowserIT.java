package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * An improvement plan through its pages, in headless Chromium: a board member starts it from the
 * inspection and writes an action for a police partner; the police report progress from My actions;
 * the board member endorses and submits it (late: the inspection was published in 2023).
 */
@ExtendWith(ArquillianExtension.class)
class PlanBrowserIT {

  private static final String DESCRIPTION = "Flag every child known to the YJS on police systems";

  @ArquillianResource URL base;

  @Test
  void aBoardMemberWritesThePlanThePoliceReportProgressAndTheBoardSubmitsIt() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Plan pages YJS", "WEST_MIDLANDS");
    long board = fixtures.board("Plan pages board", service);
    long police = fixtures.partner("POLICE", "Plan pages police", service);
    Api admin = Api.at(base).asAdmin();
    long inspection = publish(admin, service);
    long rec1 = recommendation(admin, inspection, 1);
    String member = fixtures.account("member", "BOARD_MEMBER", board);
    String officer = fixtures.account("officer", "PARTNER", police);
    String target = LocalDate.now().plusMonths(6).toString();

    long planId;
    try (Browser browser = Browser.open(base).signIn(member, Api.PASSWORD)) {
      browser.go("/inspections/" + inspection);
      browser.visible("start-plan").click();
      browser.waitForText("flash", "The improvement plan has been started");
      browser.waitForText("plan-status", "Draft");
      planId = idAtEnd(browser.driver().getCurrentUrl());
      assertTrue(browser.driver().findElements(By.id("submit-plan")).isEmpty());

      // The service agrees with recommendation 1.
      browser.find(By.cssSelector("#response-1 summary")).click();
      clickLabel(browser, "response-1-AGREED");
      browser.visible("response-1-save").click();
      browser.waitForText("recommendation-1-acceptance", "Agreed");

      browser.visible("add-action-1").click();
      browser.visible("action-form");
      // GOV.UK hides the inputs themselves (the labels show them): look for them, not at them.
      assertTrue(
          browser
              .find(By.cssSelector("input[name='recommendationIds'][value='" + rec1 + "']"))
              .isSelected(),
          "linked from recommendation 1");
      // Without a description, the API's message shows in the GOV.UK error summary.
      browser.visible("save").click();
      WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElement(summary, "Describe"));
      browser.visible("description-error");

      new Select(browser.visible("leadOrganisationId"))
          .selectByVisibleText(fixtures.unique("Plan pages police"));
      browser.visible("leadPerson").sendKeys("DI Jo Smith");
      browser.visible("description").sendKeys(DESCRIPTION);
      browser.visible("successMeasure").sendKeys("Every child is flagged within a week");
      LocalDate today = LocalDate.now();
      browser.visible("startDate-day").sendKeys(String.valueOf(today.getDayOfMonth()));
      browser.visible("startDate-month").sendKeys(String.valueOf(today.getMonthValue()));
      browser.visible("startDate-year").sendKeys(String.valueOf(today.getYear()));
      LocalDate due = LocalDate.parse(target);
      browser.visible("targetDate-day").sendKeys(String.valueOf(due.getDayOfMonth()));
      browser.visible("targetDate-month").sendKeys(String.valueOf(due.getMonthValue()));
      browser.visible("targetDate-year").sendKeys(String.valueOf(due.getYear()));
      assertTrue(
          browser.find(By.cssSelector("input[name='status'][value='NOT_STARTED']")).isSelected());
      browser.visible("save").click();
      browser.waitForText("flash", "The action has been added");
      browser.waitForText("actions-1", DESCRIPTION);
      String row = browser.visible("actions-1").getText();
      assertTrue(row.contains(fixtures.unique("Plan pages police")), row);
      assertTrue(row.contains("Not started"), row);
    }

    long actionId;
    try (Browser browser = Browser.open(base).signIn(officer, Api.PASSWORD)) {
      browser.find(By.cssSelector("#navigation a[href='/my-actions']")).click();
      browser.waitForText("my-actions-count", "1 action");
      WebElement link = browser.find(By.partialLinkText("Flag every child"));
      actionId = idAtEnd(link.getAttribute("href"));
      link.click();

      browser.waitForText("action-title", DESCRIPTION);
      browser.waitForText("update-history", "Nobody has reported progress yet");
      // Another evidence row is added by the server (the page works without script): before typing.
      browser.visible("add-link").click();
      browser.visible("links-1--title"); // left empty: sends nothing
      browser
          .visible("narrative")
          .sendKeys("Police and YJS systems now share a flag for open cases.");
      browser
          .find(By.cssSelector("input[name='rag'][value='AMBER']"))
          .findElement(By.xpath("following-sibling::label"))
          .click();
      browser.visible("percentComplete").sendKeys("40");
      browser.visible("links-0--title").sendKeys("Board paper");
      browser.visible("links-0--url").sendKeys("https://example.org/board-paper.pdf");
      browser.find(By.id("files")).sendKeys(evidenceFile().toString());
      browser.visible("save-update").click();

      browser.waitForText("flash", "Your update has been added");
      WebElement history = browser.visible("update-history");
      assertTrue(history.getText().contains("40% complete"), history.getText());
      assertTrue(history.getText().contains("Police and YJS systems"), history.getText());
      assertEquals(
          "https://example.org/board-paper.pdf",
          history.findElement(By.linkText("Board paper")).getAttribute("href"));
      assertTrue(
          history
              .findElement(By.linkText("minutes.pdf"))
              .getAttribute("href")
              .contains("/api/evidence/"));
      assertEquals("Amber", browser.visible("action-owner-rag").getText());
      // An update is never changed: a correction is a new update that names the one it corrects.
      WebElement correct = browser.find(By.cssSelector("[id^='correct-']"));
      correct.click();
      browser.visible("correcting-note");
      WebElement narrative = browser.visible("narrative");
      narrative.clear();
      narrative.sendKeys("Correction: only court cases share the flag so far.");
      browser.visible("save-update").click();
      browser.waitForText("update-history", "Corrects the update of");
      assertTrue(browser.visible("update-history").getText().contains("Police and YJS systems"));
      assertEquals("In progress", browser.visible("action-status").getText());
      // The action's dated status history: written not started, started by the first update.
      String statuses = browser.visible("status-history").getText();
      assertTrue(statuses.contains("Not started → In progress"), statuses);
      // People by name, not by email address.
      assertTrue(statuses.contains("officer "), statuses);
      assertFalse(statuses.contains(officer), statuses);
      assertTrue(browser.visible("action-status-since").getText().startsWith("since "));
      // A partner does not write the plan: no endorsing, and only its own actions.
      browser.visible("back-link").click();
      browser.visible("partner-note");
      assertTrue(browser.driver().findElements(By.id("endorse-plan")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("add-action-1")).isEmpty());
    }

    try (Browser browser = Browser.open(base).signIn(member, Api.PASSWORD)) {
      browser.go("/plans/" + planId);
      browser.waitForText("actions-1", DESCRIPTION);
      assertEquals("Amber", browser.visible("action-" + actionId + "-owner-rag").getText());
      browser.visible("endorse-plan").click();
      browser.waitForText("flash", "The plan has been endorsed");
      browser.waitForText("plan-status", "Endorsed");
      assertTrue(browser.visible("plan-endorsed").getText().contains("By member "));
      browser.visible("submit-plan").click();
      browser.waitForText("flash", "The plan has been submitted to the inspectorate");
      browser.waitForText("plan-status", "Submitted");
      long daysLate =
          admin.get("/api/plans/" + planId).json().getJsonNumber("daysLate").longValue();
      assertTrue(daysLate > 365, "published in 2023: " + daysLate);
      assertEquals("Late by " + daysLate + " days", browser.visible("plan-late").getText());
      assertTrue(
          browser.visible("plan-late-warning").getText().contains("Late by " + daysLate + " days"),
          browser.visible("plan-late-warning")::getText);
      // Each recommendation: since when it has its status, and its history behind a details.
      assertTrue(browser.visible("recommendation-1-since").getText().startsWith("since "));
      browser.find(By.cssSelector("#recommendation-1-history summary")).click();
      String history = browser.visible("recommendation-1-history-table").getText();
      assertTrue(history.contains("Open → In progress"), history);
      assertTrue(browser.driver().findElements(By.id("submit-plan")).isEmpty());

      // From the inspection, the plan is now a link.
      browser.go("/inspections/" + inspection);
      browser.visible("plan-link").click();
      browser.waitForText("plan-status", "Submitted");
    }

    JsonObject plan = admin.get("/api/plans/" + planId).json();
    assertEquals("SUBMITTED", plan.getString("status"));
    assertTrue(plan.getBoolean("late"));
    assertTrue(plan.getString("endorsedBy").startsWith("member."), plan::toString);
    assertTrue(plan.getString("submittedBy").startsWith("member."), plan::toString);
    JsonObject first = plan.getJsonArray("recommendations").getJsonObject(0);
    assertEquals(rec1, first.getJsonNumber("id").longValue());
    assertEquals("AGREED", first.getString("acceptance"));
    assertEquals(1, first.getJsonArray("actions").size());
    JsonObject action = admin.get("/api/actions/" + actionId).json();
    assertEquals(police, action.getJsonObject("leadOrganisation").getJsonNumber("id").longValue());
    assertEquals(DESCRIPTION, action.getString("description"));
    assertEquals("DI Jo Smith", action.getString("leadPerson"));
    assertEquals(target, action.getString("targetDate"));
    assertEquals("IN_PROGRESS", action.getString("status"));
    assertEquals(2, action.getJsonArray("updates").size());
    JsonObject correction = action.getJsonObject("latestUpdate");
    JsonObject update = action.getJsonArray("updates").getJsonObject(1);
    assertEquals(
        update.getJsonNumber("id").longValue(), correction.getJsonNumber("correctsId").longValue());
    assertTrue(correction.getString("narrative").startsWith("Correction:"), correction::toString);
    assertEquals("AMBER", update.getString("rag"));
    assertEquals(40, update.getInt("percentComplete"));
    assertTrue(update.getString("author").startsWith("officer."), update::toString);
    assertEquals(1, update.getJsonArray("links").size());
    assertEquals(
        "https://example.org/board-paper.pdf",
        update.getJsonArray("links").getJsonObject(0).getString("url"));
  }

  /** GOV.UK radios and checkboxes hide the input under its label: click the label. */
  private static void clickLabel(Browser browser, String inputId) {
    browser.find(By.cssSelector("label[for='" + inputId + "']")).click();
  }

  private static long idAtEnd(String url) {
    String path = url.replaceAll("[?#].*$", "");
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private static long publish(Api admin, long service) {
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    var published =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    return created.id();
  }

  private static long recommendation(Api admin, long inspection, int number) {
    return admin
        .get("/api/inspections/" + inspection)
        .json()
        .getJsonArray("recommendations")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getInt("number") == number)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** A small PDF on disk, as a person would pick it in the file chooser. */
  private static java.nio.file.Path evidenceFile() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("evidence");
      java.nio.file.Path file = dir.resolve("minutes.pdf");
      java.nio.file.Files.writeString(file, "%PDF-1.4 minutes of the board");
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
