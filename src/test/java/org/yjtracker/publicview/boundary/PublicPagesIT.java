package org.yjtracker.publicview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.Inspections2025;
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

  /**
   * A 2025 inspection for the public (issue 14): its kind and framework, overall rating, the areas
   * it rated and its recommendations; no score, never "out of 36"; the API says the same.
   */
  @Test
  void anybodyReadsA2025InspectionWithItsKindAndNoScore() {
    var f = new Fixtures(Api.at(base));
    String name = f.unique("Public 2025 YJS");
    long service = f.service("Public 2025 YJS", "LONDON");
    Api inspector = Api.at(base).as(f.account("public25-inspector", "INSPECTOR"), Api.PASSWORD);
    long inspection = Inspections2025.publish(inspector, service);

    Pages browser = Pages.at(base);
    var found = browser.get("/public").submit("#filters", Map.of("service", name));
    assertEquals("1 inspection", found.one("#result-count").text());
    Element row =
        found.one("#results a[href='/public/inspections/" + inspection + "']").parent().parent();
    assertTrue(row.text().contains(Inspections2025.KIND_LABEL), row.text());
    assertTrue(row.text().contains("Youth justice inspection framework (2025)"), row.text());
    assertTrue(row.text().contains("Not scored"), row.text());

    var page = found.click("a[href='/public/inspections/" + inspection + "']");
    assertEquals(200, page.status());
    assertEquals(
        Inspections2025.KIND_LABEL + ", published 13 January 2026",
        page.one("#inspection-title").text());
    assertEquals(Inspections2025.KIND_LABEL, page.one("#public-kind").text());
    assertEquals("Youth justice inspection framework (2025)", page.one("#public-framework").text());
    assertEquals("Good", page.one("#overall-rating").text());
    assertTrue(page.all("#score").isEmpty(), "no score line");
    assertTrue(page.one("#public-score").text().startsWith("Not scored"));
    assertFalse(page.text().contains("out of 36"), page.text());
    assertEquals("Good", page.one("#rating-2\\.1").text());
    assertEquals("Outstanding", page.one("#rating-2\\.2").text());
    assertEquals("Outstanding", page.one("#rating-2\\.3").text());
    assertEquals("Requires improvement", page.one("#rating-V1").text());
    assertEquals(4, page.all("#public-ratings tbody tr").size());
    assertEquals(4, page.all("#public-recommendations > li").size());
    assertTrue(page.one("#recommendation-3").text().contains("Management board"));

    JsonObject json = Api.at(base).get("/api/public/inspections/" + inspection).json();
    assertEquals(Inspections2025.KIND, json.getString("kind"));
    assertEquals(Inspections2025.KIND_LABEL, json.getString("kindLabel"));
    assertEquals("Youth justice inspection framework (2025)", json.getString("framework"));
    assertEquals("GOOD", json.getString("overallRating"));
    assertEquals(JsonValue.NULL, json.get("score"));
    assertEquals(JsonValue.NULL, json.get("maxScore"));
    assertEquals(4, json.getJsonArray("standards").size());
    assertEquals(4, json.getJsonArray("recommendations").size());
    JsonObject listed =
        Api.at(base)
            .get("/api/public/inspections?service=" + name.replace(' ', '+'))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(Inspections2025.KIND, listed.getString("kind"));
    assertEquals(false, listed.getBoolean("scored"));
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
