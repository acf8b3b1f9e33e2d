package org.yjtracker.publicview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Pages;

/**
 * The public pages as HTML, never signed in and with no script: everything is in the first
 * response, the search is a plain GET form, and nothing internal shows.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

  @ArquillianResource URL base;

  @Test
  void anybodyFindsAnInspectionAndSeesItsRatingsAndProgressButNothingInternal() {
    var planted = new PublicPlanted(base);
    Pages browser = Pages.at(base);
    var signIn = browser.get("/signin");
    var list = signIn.click("#public-link a");
    assertEquals("/public", list.path());
    assertEquals("Published inspections – Inspection tracker", list.title());
    assertEquals("en", list.document().selectFirst("html").attr("lang"));
    assertTrue(list.all("#sign-out").isEmpty());
    list.one("#public-sign-in");
    assertTrue(list.all("#navigation").isEmpty());
    // No session for the public: no cookie is set.
    assertEquals(null, list.header("Set-Cookie"));

    var found = list.submit("#filters", Map.of("service", planted.serviceName, "region", "WALES"));
    assertEquals("2 inspections", found.one("#result-count").text());
    // The filter stays filled in on the page it gave.
    assertEquals(planted.serviceName, found.one("#service").attr("value"));
    assertEquals("WALES", found.one("#region option[selected]").attr("value"));
    Element row =
        found
            .one("#results a[href='/public/inspections/" + planted.inspection + "']")
            .parent()
            .parent();
    assertTrue(row.text().contains("Requires improvement"), row.text());
    assertTrue(row.text().contains("17"), row.text());
    assertEquals(
        "REQUIRES_IMPROVEMENT",
        row.selectFirst(".tracker-rating--requires-improvement").attr("data-rating"));
    assertNoInternals(found.document().outerHtml());

    var page = found.click("a[href='/public/inspections/" + planted.inspection + "']");
    assertEquals(200, page.status());
    assertEquals("Requires improvement", page.one("#overall-rating").text());
    assertEquals("17", page.one("#score .tracker-score").text());
    assertEquals("Inadequate", page.one("#rating-2\\.1").text());
    assertTrue(page.one("#rating-2\\.1").hasClass("tracker-rating--inadequate"));
    assertEquals("In progress", page.one("#status-1").text());
    assertEquals("Open", page.one("#status-2").text());
    assertEquals("Closed: implemented", page.one("#status-3").text());
    // Its dated status history: days written out, and statuses; no names, no reasons.
    String history = page.one("#history-3-table").text();
    assertTrue(history.contains("Open → Closed: implemented"), history);
    assertTrue(history.matches(".*\\d{1,2} [A-Z][a-z]+ \\d{4}.*"), history);
    assertEquals("Partly met", page.one("#outcome-1").text());
    assertTrue(page.all("#outcome-2").isEmpty());
    assertTrue(page.text().contains(planted.policeName), page.text());
    assertFalse(page.text().contains(PublicPlanted.DESCRIPTION), page.text());
    assertNoInternals(page.document().outerHtml());
    assertTrue(page.all("#navigation").isEmpty());
    assertTrue(page.all("script[src*=pages]").isEmpty(), "The public pages need no script");

    var draft = browser.get("/public/inspections/" + planted.draft);
    assertEquals(404, draft.status());
    assertEquals("Page not found", draft.one("h1").text());
    assertEquals(404, browser.get("/public/inspections/999999999").status());
  }

  @Test
  void listsArePagedAndAnUnknownFilterIsNoFilter() {
    Pages browser = Pages.at(base);
    var all = browser.get("/public?region=ATLANTIS&page=x");
    assertEquals(200, all.status());
    assertEquals("", all.one("#region option[selected]").attr("value"));
    var beyond = browser.get("/public?page=9999");
    assertEquals(200, beyond.status());
  }

  private static void assertNoInternals(String text) {
    for (String internal : PublicPlanted.INTERNAL) {
      assertFalse(text.contains(internal), () -> "'" + internal + "' on the page: " + text);
    }
  }
}
