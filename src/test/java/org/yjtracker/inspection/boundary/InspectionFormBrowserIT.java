package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
import org.yjtracker.testsupport.Deployments;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.PublishedReports;

/**
 * An inspector in headless Chromium records the Solihull 2023 inspection through the form, watching
 * the live check (score, overall rating, warnings) as they type, then changes it.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionFormBrowserIT {

  private static final Pattern INSPECTION_URL = Pattern.compile(".*/inspections/(\\d+)$");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

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
  void recordSolihull2023WithTheLiveCheckThenChangeIt() {
    JsonObject report = PublishedReports.expected("solihull-2023");
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Solihull form service", "WEST_MIDLANDS");
    long board = fixtures.board("Solihull form board", service);
    String inspector = fixtures.account("form.inspector", "INSPECTOR");

    signIn(inspector, Api.PASSWORD, "/inspections/new");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
    assertEquals("Record an inspection", browser.findElement(By.tagName("h1")).getText());

    // A Short Quality Screening has no ratings, score or overall rating.
    clickLabel("framework-HMIP_SQS_2012");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sqs-note")));
    assertFalse(browser.findElement(By.id("ratings-section")).isDisplayed());
    assertFalse(browser.findElement(By.id("overall-section")).isDisplayed());

    clickLabel("framework-HMIP_YJ_2018");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("std-2_1-kq0")));
    assertFalse(browser.findElement(By.id("sqs-note")).isDisplayed());
    clickLabel("kind-STANDARD");
    new Select(browser.findElement(By.id("serviceId"))).selectByValue(String.valueOf(service));
    type("fieldworkStart", "18 September 2023");
    type("published", "December 2023");
    type("casesInspected", "30");

    // Ratings and key questions as the report publishes them. Before a rating is chosen, the
    // form already shows what the key questions give.
    JsonObject percents = report.getJsonObject("key_questions_percent_yes");
    Map<String, String> ratings = new TreeMap<>();
    report.getJsonObject("standards").forEach((code, r) -> ratings.put(code, string(r)));
    ratings.forEach(
        (code, rating) -> {
          if (percents.containsKey(code)) {
            var values = percents.getJsonArray(code);
            for (int k = 0; k < values.size(); k++) {
              type(field(code, "kq" + k), String.valueOf(values.getInt(k)));
            }
          }
          if (code.equals("2.1")) {
            awaitCheck();
            assertEquals("Inadequate", text(By.id(field(code, "derived"))));
          }
          new Select(browser.findElement(By.id(field(code, "rating")))).selectByValue(rating);
        });

    type("publishedScore", String.valueOf(report.getInt("score")));
    new Select(browser.findElement(By.id("publishedOverall")))
        .selectByValue(report.getString("overall"));

    // Recommendations: one for the service, one for its board (also naming the board itself).
    List<JsonObject> recommendations =
        report.getJsonArray("recommendations").getValuesAs(JsonObject.class);
    browser.findElement(By.id("add-recommendation")).click();
    assertEquals("1", browser.findElement(By.id("rec-1-number")).getAttribute("value"));
    type("rec-1-heading", recommendations.get(0).getString("heading"));
    type("rec-1-text", recommendations.get(0).getString("text_start"));
    clickLabel("rec-1-kind-YJS");
    clickLabel("rec-1-std-2_1");
    browser.findElement(By.id("add-recommendation")).click();
    assertEquals("2", browser.findElement(By.id("rec-2-number")).getAttribute("value"));
    type("rec-2-heading", recommendations.get(2).getString("heading"));
    type("rec-2-text", recommendations.get(2).getString("text_start"));
    clickLabel("rec-2-kind-MANAGEMENT_BOARD");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("label[for='rec-2-org-" + board + "']")))
        .click();

    // The live check agrees with the report.
    awaitCheck();
    assertEquals("17 out of 36", text(By.id("assessment-score")));
    assertEquals("Requires improvement", text(By.id("assessment-overall")));
    assertNotNull(browser.findElement(By.id("no-warnings")));
    assertEquals("Inadequate", text(By.id(field("2.1", "derived"))));
    assertEquals("Good", text(By.id(field("3.3", "derived"))));

    // A % Yes that contradicts its published rating is a warning, linked to the rating.
    type(field("3.1", "kq1"), "40");
    awaitCheck();
    WebElement warning =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#warning-list li[data-standard='3.1'] a")));
    assertTrue(warning.getText().contains("(40%) makes it Inadequate"), warning.getText());
    assertEquals("#" + field("3.1", "rating"), warning.getAttribute("hash"));
    assertEquals("Inadequate", text(By.id(field("3.1", "derived"))));
    assertNotNull(
        browser.findElement(By.id(field("3.1", "discretion"))).getAttribute("open"),
        "discretion is offered where the ratings differ");
    assertTrue(text(By.id(field("3.1", "warnings"))).contains("no professional discretion"));
    assertEquals("17 out of 36", text(By.id("assessment-score")), "published values stay");

    type(field("3.1", "kq1"), "67");
    awaitCheck();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-warnings")));

    // A % above 100 is refused, marked on its own input.
    type(field("2.4", "kq1"), "150");
    clickSave();
    WebElement summary = errorSummary();
    assertTrue(summary.getText().contains("A percentage cannot be above 100"), summary.getText());
    assertTrue(summary.getText().contains("2.4 Reviewing"), summary.getText());
    assertEquals(
        "#" + field("2.4", "kq1"),
        summary.findElement(By.cssSelector("a")).getAttribute("hash"),
        "the summary links to the input");
    assertTrue(
        browser
            .findElement(By.id(field("2.4", "kq1")))
            .getAttribute("class")
            .contains("govuk-input--error"));
    assertFalse(
        browser
            .findElement(By.id(field("2.4", "kq0")))
            .getAttribute("class")
            .contains("govuk-input--error"));
    type(field("2.4", "kq1"), "50");

    // A publication date that is not a date names the field.
    type("published", "July");
    clickSave();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.className("govuk-error-summary"), "publication date"));
    summary = errorSummary();
    assertEquals("#published", summary.findElement(By.cssSelector("a")).getAttribute("hash"));
    assertTrue(browser.getCurrentUrl().endsWith("/inspections/new"));

    type("published", "December 2023");
    save(INSPECTION_URL.pattern());
    long id = idFromUrl();

    JsonObject saved = Api.at(base).asAdmin().get("/api/inspections/" + id).json();
    assertEquals("DRAFT", saved.getString("status"));
    assertEquals(service, saved.getJsonObject("service").getJsonNumber("id").longValue());
    assertEquals("HMIP_YJ_2018", saved.getJsonObject("framework").getString("code"));
    assertEquals("2023-12", saved.getString("published"));
    assertEquals("2023-09-18", saved.getString("fieldworkStart"));
    assertEquals(30, saved.getInt("casesInspected"));
    assertEquals(17, saved.getInt("publishedScore"));
    assertEquals(17, saved.getInt("computedScore"));
    assertEquals("REQUIRES_IMPROVEMENT", saved.getString("publishedOverall"));
    assertEquals(0, saved.getJsonArray("disagreements").size(), saved::toString);
    Map<String, String> savedRatings = new TreeMap<>();
    for (JsonObject s : saved.getJsonArray("standards").getValuesAs(JsonObject.class)) {
      savedRatings.put(s.getString("code"), s.getString("rating"));
      if (percents.containsKey(s.getString("code"))) {
        assertEquals(
            percents.getJsonArray(s.getString("code")).getValuesAs(JsonNumber::intValue),
            s.getJsonArray("keyQuestions").getValuesAs(JsonObject.class).stream()
                .map(kq -> kq.getInt("percentYes"))
                .toList(),
            s.getString("code"));
      }
    }
    assertEquals(ratings, savedRatings);
    List<JsonObject> savedRecommendations =
        saved.getJsonArray("recommendations").getValuesAs(JsonObject.class);
    assertEquals(2, savedRecommendations.size());
    JsonObject first = savedRecommendations.get(0);
    assertEquals(1, first.getInt("number"));
    assertEquals(recommendations.get(0).getString("text_start"), first.getString("text"));
    assertEquals(List.of("YJS"), strings(first, "ownerKinds"));
    assertEquals(List.of("2.1"), strings(first, "standards"));
    JsonObject second = savedRecommendations.get(1);
    assertEquals(List.of("MANAGEMENT_BOARD"), strings(second, "ownerKinds"));
    assertEquals(
        board, second.getJsonArray("owners").getJsonObject(0).getJsonNumber("id").longValue());

    // Changing it: every field comes back, and recommendations are changed in place.
    browser.get(url("/inspections/" + id + "/edit"));
    WebElement kq = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("std-2_1-kq0")));
    wait.until(driver -> "50".equals(kq.getAttribute("value")));
    assertEquals("Change an inspection", browser.findElement(By.tagName("h1")).getText());
    assertEquals("2023-12", browser.findElement(By.id("published")).getAttribute("value"));
    assertEquals(
        "INADEQUATE",
        new Select(browser.findElement(By.id(field("2.1", "rating"))))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertTrue(browser.findElement(By.id("rec-1-kind-YJS")).isSelected());
    assertTrue(browser.findElement(By.id("rec-1-std-2_1")).isSelected());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rec-2-org-" + board)));
    assertTrue(browser.findElement(By.id("rec-2-org-" + board)).isSelected());
    assertFalse(browser.findElement(By.id("reason-group")).isDisplayed(), "drafts need no reason");
    awaitCheck();
    assertEquals("17 out of 36", text(By.id("assessment-score")));

    type("rec-1-text", "improve the quality of assessment and planning");
    save(".*/inspections/" + id + "$");

    JsonObject changed = Api.at(base).asAdmin().get("/api/inspections/" + id).json();
    assertTrue(changed.getInt("version") > saved.getInt("version"));
    List<JsonObject> changedRecommendations =
        changed.getJsonArray("recommendations").getValuesAs(JsonObject.class);
    assertEquals(2, changedRecommendations.size());
    assertEquals(
        first.getJsonNumber("id").longValue(),
        changedRecommendations.get(0).getJsonNumber("id").longValue(),
        "changed in place");
    assertEquals(
        second.getJsonNumber("id").longValue(),
        changedRecommendations.get(1).getJsonNumber("id").longValue());
    assertEquals(
        "improve the quality of assessment and planning",
        changedRecommendations.get(0).getString("text"));
    assertEquals(17, changed.getInt("publishedScore"));
    assertEquals(0, changed.getJsonArray("disagreements").size(), changed::toString);

    // Once published, only an inspectorate admin may correct it, and must say why.
    assertEquals(
        200,
        Api.at(base)
            .asAdmin()
            .post("/api/inspections/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    browser.get(url("/inspections/" + id + "/edit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("page-error"), "Only an inspectorate admin"));
    assertFalse(browser.findElement(By.id("inspection-form")).isDisplayed());

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/signin"));
    signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, "/inspections/" + id + "/edit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
    assertEquals("Correct a published inspection", browser.findElement(By.tagName("h1")).getText());
    type("leadInspector", "A Named Inspector");
    clickSave();
    summary = errorSummary();
    assertTrue(summary.getText().contains("Say why"), summary.getText());
    assertEquals("#reason", summary.findElement(By.cssSelector("a")).getAttribute("hash"));
    type("reason", "The report names its lead inspector");
    save(".*/inspections/" + id + "$");

    JsonObject corrected = Api.at(base).asAdmin().get("/api/inspections/" + id).json();
    assertEquals("PUBLISHED", corrected.getString("status"));
    assertEquals("A Named Inspector", corrected.getString("leadInspector"));
    assertEquals(17, corrected.getInt("publishedScore"));

    // Someone else corrects it while the form is open: the conflict is shown, and the person may
    // keep their own changes.
    browser.get(url("/inspections/" + id + "/edit"));
    WebElement lead =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadInspector")));
    wait.until(driver -> "A Named Inspector".equals(lead.getAttribute("value")));
    var theirs =
        InspectionBodies.fromReport("solihull-2023", service)
            .add("leadInspector", "Someone Else")
            .add("reason", "Their correction")
            .add("version", corrected.getJsonNumber("version").longValue())
            .build();
    var reply = Api.at(base).asAdmin().put("/api/inspections/" + id, theirs);
    assertEquals(200, reply.status(), reply::toString);
    type("reportReference", "https://example.test/solihull-2023");
    type("reason", "Adds the report's address");
    clickSave();
    WebElement banner =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-banner")));
    assertTrue(banner.getText().contains("Someone Else"), banner.getText());
    browser.findElement(By.id("keep-mine")).click();
    save(".*/inspections/" + id + "$");

    JsonObject kept = Api.at(base).asAdmin().get("/api/inspections/" + id).json();
    assertEquals("A Named Inspector", kept.getString("leadInspector"));
    assertEquals("https://example.test/solihull-2023", kept.getString("reportReference"));
    assertEquals(
        List.of(
            "improve the quality of assessment and planning",
            "ensure consistent attendance"
                + " at the management board from senior education leaders"),
        kept.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("text"))
            .toList());
  }

  private void signIn(String email, String password, String path) {
    browser.get(url(path));
    wait.until(ExpectedConditions.urlContains("/signin"));
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains(path));
  }

  /**
   * The Save button is disabled while a save runs (no GOV.UK one-second double-click guard), so a
   * second save after a correction goes through as soon as the button is enabled again.
   */
  private void clickSave() {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("save"))).click();
  }

  /** Saves and waits to be sent to the inspection's page; failing, says what the form shows. */
  private void save(String urlPattern) {
    clickSave();
    try {
      wait.until(ExpectedConditions.urlMatches(urlPattern));
    } catch (org.openqa.selenium.TimeoutException e) {
      var problems = browser.findElements(By.cssSelector(".govuk-error-summary, #conflict"));
      throw new AssertionError(
          "Not saved: "
              + problems.stream().map(WebElement::getText).toList()
              + " "
              + browser.manage().logs().get("browser").getAll(),
          e);
    }
  }

  /** Waits for the live check to answer for what is in the form now. */
  private void awaitCheck() {
    wait.until(ExpectedConditions.attributeToBe(By.id("assessment-panel"), "data-state", "ready"));
  }

  private WebElement errorSummary() {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.className("govuk-error-summary")));
  }

  /** GOV.UK radios and checkboxes draw their own control; a person clicks the label. */
  private void clickLabel(String inputId) {
    wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + inputId + "']")))
        .click();
    assertTrue(browser.findElement(By.id(inputId)).isSelected(), inputId);
  }

  private void type(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private String text(By by) {
    return browser.findElement(by).getText().strip();
  }

  private long idFromUrl() {
    Matcher m = INSPECTION_URL.matcher(browser.getCurrentUrl());
    assertTrue(m.matches(), browser.getCurrentUrl());
    return Long.parseLong(m.group(1));
  }

  private static String field(String code, String part) {
    return "std-" + code.replace('.', '_') + "-" + part;
  }

  private static String string(JsonValue value) {
    return ((JsonString) value).getString();
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString::getString);
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }
}
