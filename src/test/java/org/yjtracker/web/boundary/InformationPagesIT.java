package org.yjtracker.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.Pages;

/**
 * The pages every public-sector service owes its users, the error pages and the layout around them,
 * as HTML without script; and what happens to a form typed while the session ended.
 */
@ExtendWith(ArquillianExtension.class)
class InformationPagesIT {

  static final Map<String, String> PAGES =
      Map.of(
          "/accessibility", "Accessibility statement for the youth justice inspection tracker",
          "/privacy", "Privacy notice",
          "/cookies", "Cookies",
          "/help", "Help and contact");

  @ArquillianResource URL base;

  @Test
  void everyoneReachesTheStatementsFromTheFooterSignedInOrNot() {
    Pages anonymous = Pages.at(base);
    Pages signedIn = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    for (Pages browser : List.of(anonymous, signedIn)) {
      var start = browser.get("/public");
      for (var page : PAGES.entrySet()) {
        var shown = start.click(".govuk-footer a[href='" + page.getKey() + "']");
        assertEquals(200, shown.status(), page.getKey());
        assertEquals(page.getValue(), shown.one("h1").text());
        assertTrue(shown.title().endsWith(" – Inspection tracker"), shown.title());
      }
    }
    var statement = anonymous.get("/accessibility");
    assertTrue(statement.text().contains("Enforcement procedure"));
    assertTrue(statement.text().contains("Preparation of this accessibility statement"));
    // Board members are not offered the API description in the footer; it is on the help page.
    assertTrue(statement.all(".govuk-footer a[href='/openapi']").isEmpty());
    anonymous.get("/help").one("a[href='/openapi']");
    // Signed in: the navigation, the name and the sign-out button are there.
    var signedInHelp = signedIn.get("/help");
    signedInHelp.one("#navigation");
    signedInHelp.one("#sign-out");
  }

  @Test
  void errorPagesAreInTheLayoutWithTheirStatus() {
    Pages anonymous = Pages.at(base);
    var missing = anonymous.get("/no-such-page/at-all");
    assertEquals(404, missing.status());
    assertEquals("Page not found", missing.one("h1").text());
    assertEquals("en", missing.document().selectFirst("html").attr("lang"));
    missing.one(".govuk-footer a[href='/accessibility']");

    Pages signedIn = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var missingRecord = signedIn.get("/plans/999999999");
    assertEquals(404, missingRecord.status());
    missingRecord.one("#navigation");
  }

  @Test
  void theGovukStylesheetAsksForNoFontsThisServerCannotServe() {
    var css = Pages.at(base).get("/govuk/govuk-frontend.min.css");
    assertEquals(200, css.status());
    String text = css.document().text();
    assertFalse(text.contains("@font-face"), "font-face rules left in the stylesheet");
    assertTrue(text.contains(".govuk-button"), "the rest of the stylesheet is there");
  }

  @Test
  void aFormSentAfterTheSessionEndedIsKeptToSendAgainAfterSigningIn() {
    var f = new Fixtures(Api.at(base).asAdmin());
    String email = f.account("resume", "INSPECTOR");
    Pages browser = Pages.at(base).signedInAs(email, Api.PASSWORD);
    String stale = browser.get("/help").one("meta[name=csrf-token]").attr("content");
    // The session ends (here: another browser with no session sends the form with an old token).
    Pages expired = Pages.at(base);
    var signIn =
        expired.post(
            "/actions/1/updates",
            Map.of(
                "_csrf", List.of(stale),
                "narrative", List.of("Three weeks of work I typed before lunch"),
                "rag", List.of("GREEN"),
                "password", List.of("never kept")));
    assertEquals("/signin", signIn.path());
    assertTrue(signIn.one("#notice").text().contains("what you typed has been kept"));

    var resume =
        signIn.submit("form[action=/signin]", Map.of("email", email, "password", Api.PASSWORD));
    assertEquals("/resume", resume.path());
    assertEquals("Send what you typed", resume.one("h1").text());
    String kept = resume.one("#kept-fields").text();
    assertTrue(kept.contains("Three weeks of work I typed before lunch"), kept);
    assertFalse(resume.document().outerHtml().contains("never kept"));
    assertEquals("/actions/1/updates", resume.one("#resume-form").attr("action"));
    String fresh = resume.one("meta[name=csrf-token]").attr("content");
    assertEquals(fresh, resume.one("#resume-form input[name=_csrf]").attr("value"));
    assertFalse(fresh.equals(stale));

    var discarded = expired.get("/resume/discard");
    assertTrue(discarded.one("#flash").text().contains("discarded"), discarded.text());
  }
}
