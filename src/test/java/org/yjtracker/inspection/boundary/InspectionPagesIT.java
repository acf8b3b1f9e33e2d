package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;

/**
 * An inspection's page, a service's chain, and publishing or deleting a draft through their
 * confirmation pages, as plain HTML with no script: everything is in the first answer.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionPagesIT {

  @ArquillianResource URL base;

  @Test
  void aServiceLeadFindsTheirInspectionReadsItStartsThePlanAndFollowsTheChain() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Pages YJS", "LONDON");
    Api admin = Api.at(base).asAdmin();
    long earlier = InspectionBodies.publish(admin, "suffolk-2023", service);
    long latest = InspectionBodies.publish(admin, "bexley-2024", service);
    String lead = fixtures.account("lead", "SERVICE_LEAD", service);
    Pages browser = Pages.at(base).signedInAs(lead, Api.PASSWORD);

    var list =
        browser
            .get("/inspections")
            .submit("#filters", Map.of("serviceId", String.valueOf(service), "year", "2024"));
    assertEquals("1 inspection", list.one("#result-count").text());
    var page = list.click("a[href=/inspections/" + latest + "]");

    assertEquals(200, page.status());
    assertEquals("Good", page.one("#overall-rating").text());
    assertEquals("27", page.one("#score .tracker-score").text());
    Element ratings = page.one("#ratings-table");
    assertEquals(
        "OUTSTANDING", ratings.selectFirst("#standard-2\\.3 [data-rating]").attr("data-rating"));
    // Bexley's three standards moved by professional discretion say so, and nothing is flagged.
    assertEquals(3, ratings.select("[id^=discretion-]").size());
    assertTrue(page.all("#disagreements").isEmpty());
    assertEquals(3, ratings.select("#standard-2\\.1 .tracker-kq").size());
    // Key-question bars are drawn by the server: their width is the percentage.
    Element bar = ratings.selectFirst("#standard-2\\.1 .tracker-kq-bar__fill");
    assertTrue(bar.attr("width").matches("[0-9]{1,3}"), bar::outerHtml);
    assertTrue(page.one("#recommendations").text().contains("The Metropolitan Police should:"));
    assertTrue(page.all("#publish-inspection, #change-inspection").isEmpty());
    // Headings go down one level at a time.
    assertTrue(page.all("h4").isEmpty());

    var plan = page.submit("#plan-panel form", Map.of());
    assertEquals("/plans/" + plan.path().replaceAll("\\D", ""), plan.path());
    assertEquals("The improvement plan has been started", plan.one("#flash p").text());
    var again = browser.get("/inspections/" + latest);
    assertEquals(plan.path(), again.one("#plan-link").attr("href"));
    assertTrue(again.all("#start-plan").isEmpty());

    var chain = again.click("#service-link");
    assertEquals(
        List.of("chain-" + latest, "chain-" + earlier),
        chain.all("#inspection-chain > li").stream().map(Element::id).toList());
    assertTrue(
        chain.one("#chain-" + latest).text().contains("Up from Requires improvement; score +18"),
        chain.one("#chain-" + latest).text());
    assertTrue(chain.all("#record-inspection").isEmpty());
  }

  @Test
  void anInspectorSeesTheDisagreementsOfADraftAndPublishesItAfterConfirming() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Draft pages YJS", "WALES");
    Api admin = Api.at(base).asAdmin();
    var created =
        admin.post(
            "/api/inspections",
            InspectionBodies.fromReport("solihull-2023", service)
                .add("publishedScore", 18)
                .build());
    assertEquals(201, created.status(), created::toString);
    String inspector = fixtures.account("inspector", "INSPECTOR");
    Pages browser = Pages.at(base).signedInAs(inspector, Api.PASSWORD);

    var page = browser.get("/inspections/" + created.id());
    assertTrue(
        page.one("#disagreements")
            .text()
            .contains("The published score is 18 but the published ratings add up to 17"),
        page.one("#disagreements").text());
    assertEquals("Draft", page.one("#inspection-title .govuk-tag").text());

    var confirm = page.click("#publish-inspection");
    assertEquals("Publish this inspection?", confirm.one("h1").text());
    assertEquals("/inspections/" + created.id(), confirm.one("#cancel-link").attr("href"));
    // Someone changes the draft meanwhile: publishing what this person saw is refused.
    var changed =
        admin.put(
            "/api/inspections/" + created.id(),
            InspectionBodies.fromReport("solihull-2023", service)
                .add("publishedScore", 18)
                .add("leadInspector", "Someone Else")
                .add(
                    "version",
                    admin
                        .get("/api/inspections/" + created.id())
                        .json()
                        .getJsonNumber("version")
                        .longValue())
                .build());
    assertEquals(200, changed.status(), changed::toString);
    var stale = confirm.submit("#confirm-form", Map.of());
    assertEquals(409, stale.status());
    assertTrue(stale.one("#error-summary").text().contains("changed"), stale.text());
    assertEquals("DRAFT", admin.get("/api/inspections/" + created.id()).json().getString("status"));

    var published = stale.submit("#confirm-form", Map.of());
    assertEquals("/inspections/" + created.id(), published.path());
    assertEquals("The inspection has been published", published.one("#flash p").text());
    assertTrue(published.all("#publish-inspection, #delete-inspection").isEmpty());
    assertEquals(
        "PUBLISHED", admin.get("/api/inspections/" + created.id()).json().getString("status"));
  }

  @Test
  void aDraftIsDeletedOnlyAfterConfirmingAndOnlyByTheInspectorate() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Deleted draft YJS", "WALES");
    Api admin = Api.at(base).asAdmin();
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("sandwell-2014", service).build());
    assertEquals(201, created.status(), created::toString);
    String lead = fixtures.account("lead", "SERVICE_LEAD", service);
    Pages leadPages = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    assertEquals(403, leadPages.get("/inspections/" + created.id() + "/delete").status());

    Pages browser =
        Pages.at(base).signedInAs(fixtures.account("inspector", "INSPECTOR"), Api.PASSWORD);
    var confirm = browser.get("/inspections/" + created.id()).click("#delete-inspection");
    assertEquals("Delete this draft inspection?", confirm.one("h1").text());
    assertTrue(confirm.one("#confirm-button").hasClass("govuk-button--warning"));
    assertEquals(200, admin.get("/api/inspections/" + created.id()).status());

    var deleted = confirm.submit("#confirm-form", Map.of());
    assertEquals("/inspections", deleted.path());
    assertEquals("The draft inspection has been deleted", deleted.one("#flash p").text());
    assertEquals(404, admin.get("/api/inspections/" + created.id()).status());
    assertEquals(404, browser.get("/inspections/" + created.id()).status());
  }

  @Test
  void confirmedThemesShowBeneathTheirRecommendation() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Themed YJS", "LONDON");
    Api admin = Api.at(base).asAdmin();
    long inspection = InspectionBodies.publish(admin, "suffolk-2023", service);
    var theme =
        admin.post(
            "/api/themes",
            Json.createObjectBuilder().add("name", fixtures.unique("Victims")).build());
    assertEquals(201, theme.status(), theme::toString);
    long rec =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var confirmed =
        admin.put(
            "/api/recommendations/" + rec + "/themes",
            Json.createObjectBuilder()
                .add("themes", Json.createArrayBuilder().add(theme.id()))
                .build());
    assertEquals(200, confirmed.status(), confirmed::toString);

    var page =
        Pages.at(base)
            .signedInAs(fixtures.account("lead", "SERVICE_LEAD", service), Api.PASSWORD)
            .get("/inspections/" + inspection);
    Element tags = page.one("#themes-1");
    assertEquals("/themes/" + theme.id(), tags.selectFirst("a").attr("href"));
    assertTrue(tags.text().contains(fixtures.unique("Victims")), tags.text());
    assertFalse(page.text().contains("Loading"));
  }
}
