package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Pages;
import org.yjtracker.testsupport.PlanWorld;

/**
 * An action's page as HTML with no script: the update form first, its errors in GOV.UK's pattern
 * with what was typed kept, the update saved and shown, corrections offered only on the updates the
 * person may correct, and who may see the page at all.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPagesIT {

  @ArquillianResource URL base;

  record World(long action, String lead, String partner, String otherPartner) {}

  @Test
  void aPartnerReportsProgressWithoutScriptAndSeesItsErrorsFirst() {
    World w = world();
    Pages partner = Pages.at(base).signedInAs(w.partner(), Api.PASSWORD);
    var mine = partner.get("/my-actions");
    assertEquals("1 action", mine.one("#my-actions-count").text());
    var page = mine.click("#my-action-" + w.action());
    assertEquals(200, page.status());
    assertEquals("Share the police flag with the YJS", page.one("#action-title").text());
    // The form comes before the history of updates.
    assertTrue(
        page.document().outerHtml().indexOf("id=\"update-form\"")
            < page.document().outerHtml().indexOf("id=\"update-history\""));
    assertTrue(page.all("script[src*='/js/pages/']").isEmpty(), "no page script");

    var refused =
        page.submit("#update-form", Map.of("narrative", "", "percentComplete", "lots", "rag", ""));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    var summary = refused.one(".govuk-error-summary");
    summary.selectFirst("a[href='#narrative']");
    summary.selectFirst("a[href='#percentComplete']");
    summary.selectFirst("a[href='#rag']");
    assertEquals("lots", refused.one("#percentComplete").attr("value"));
    refused.one("#narrative-error");
    // The link GOV.UK's summary gives for a radio group leads to its first radio.
    assertEquals("radio", refused.one("input#rag").attr("type"));

    var typed =
        refused.submit(
            "#update-form",
            Map.of(
                "narrative", "Officers now see the YJS flag on custody records.",
                "rag", "AMBER",
                "percentComplete", "40",
                "links[0].title", "Custody audit",
                "links[0].url", "not a web address"));
    assertEquals(400, typed.status());
    typed.one(".govuk-error-summary a[href='#links-0--url']");
    assertEquals(
        "Officers now see the YJS flag on custody records.", typed.one("#narrative").wholeText());

    var saved = typed.submit("#update-form", Map.of("links[0].url", "https://example.org/audit"));
    assertEquals(200, saved.status(), saved::text);
    assertEquals("/actions/" + w.action(), saved.path());
    assertTrue(saved.one("#flash").text().contains("Your update has been added"));
    String history = saved.one("#update-history").text();
    assertTrue(history.contains("Officers now see the YJS flag"), history);
    assertTrue(history.contains("40% complete"), history);
    assertEquals(
        "https://example.org/audit", saved.one("#update-history a[data-evidence]").attr("href"));
    assertEquals("Amber", saved.one("#action-owner-rag").text());
    assertEquals("In progress", saved.one("#action-status").text());
    // Dates and people in words.
    assertTrue(
        saved.one("#action-last-update").text().contains(" by partner "),
        saved.one("#action-last-update").text());
    assertFalse(saved.text().contains(w.partner()), "no email addresses on the page");
  }

  @Test
  void aPartnerCorrectsOnlyItsOwnUpdatesAndTheLeadAny() {
    World w = world();
    Api leadApi = Api.at(base).as(w.lead(), Api.PASSWORD);
    long leadsUpdate = update(leadApi, w.action(), "The lead's own view");
    Pages partner = Pages.at(base).signedInAs(w.partner(), Api.PASSWORD);
    var page = partner.get("/actions/" + w.action());
    page.submit("#update-form", Map.of("narrative", "The partner's update", "rag", "GREEN"));
    page = partner.get("/actions/" + w.action());
    assertTrue(page.all("#correct-" + leadsUpdate).isEmpty(), "no Correct on the lead's update");
    var own = page.one("[id^=correct-]");
    var correcting = partner.get(own.attr("href"));
    correcting.one("#correcting-note");
    assertEquals("The partner's update", correcting.one("#narrative").wholeText());
    var corrected =
        correcting.submit("#update-form", Map.of("narrative", "The partner's update, corrected"));
    assertTrue(corrected.one("#update-history").text().contains("Corrects the update of"));

    // Asking for it anyway is refused, on the page and in the API.
    var forged = partner.get("/actions/" + w.action() + "?corrects=" + leadsUpdate);
    assertTrue(forged.all("#correcting-note").isEmpty());
    var refused =
        Api.at(base)
            .as(w.partner(), Api.PASSWORD)
            .post(
                "/api/actions/" + w.action() + "/updates",
                Json.createObjectBuilder()
                    .add("narrative", "Not mine to correct")
                    .add("rag", "RED")
                    .add("correctsId", leadsUpdate)
                    .build());
    assertEquals(403, refused.status(), refused::toString);

    Pages lead = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    var leadsView = lead.get("/actions/" + w.action());
    assertEquals(3, leadsView.all("[id^=correct-]").size(), "the lead may correct any update");
  }

  @Test
  void thePlanPageSummarisesItselfAndTakesItsSmallFormsWithoutScript() {
    World w = world();
    Pages lead = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    var action = lead.get("/actions/" + w.action());
    var plan = action.click("#back-link");
    assertEquals(200, plan.status());
    assertTrue(plan.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    // The summary comes first: recommendations by status, actions by status, what needs attention.
    assertTrue(
        plan.document().outerHtml().indexOf("id=\"plan-summary\"")
            < plan.document().outerHtml().indexOf("id=\"recommendation-1\""));
    assertEquals("1", plan.one("#plan-action-counts [data-count=NOT_STARTED]").text());
    assertEquals("Nothing is overdue", plan.one("#plan-attention").text());
    plan.one("#actions-1 #action-link-" + w.action());

    // Not agreeing needs a reason: the error is on that recommendation's form, the rest intact.
    var refused = plan.submit("#response-1-form", Map.of("acceptance", "NOT_AGREED", "reason", ""));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "));
    refused.one("#recommendation-1 .govuk-error-summary a[href='#reason']");
    refused.one("#response-1[open]");
    assertEquals("NOT_AGREED", refused.one("#response-1-form input[checked]").attr("value"));
    var saved =
        refused.submit(
            "#response-1-form", Map.of("acceptance", "NOT_AGREED", "reason", "Already done"));
    assertEquals(200, saved.status(), saved::text);
    assertTrue(saved.one("#flash").text().contains("Your answer has been saved"));
    assertEquals("Not agreed", saved.one("#recommendation-1-acceptance").text());

    var empty = saved.submit("#comment-form", Map.of("text", ""));
    assertEquals(400, empty.status());
    empty.one(".govuk-error-summary a[href='#text']");
    var commented = empty.submit("#comment-form", Map.of("text", "Board meets on Tuesday"));
    assertTrue(commented.one("#comment-list").text().contains("Board meets on Tuesday"));
    assertTrue(commented.one("#comment-list").text().contains("lead "), "by name");

    // The partner sees only its actions, and no plan forms.
    Pages partner = Pages.at(base).signedInAs(w.partner(), Api.PASSWORD);
    var partnersView = partner.get(commented.path());
    partnersView.one("#partner-note");
    assertTrue(partnersView.all("#response-1-form, #endorse-plan, #add-action-1").isEmpty());
  }

  @Test
  void theLeadWritesAndChangesAnActionWithGovukDateInputsAndNoScript() {
    World w = world();
    Pages lead = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    var plan = lead.get("/actions/" + w.action()).click("#back-link");
    var blank = plan.click("#add-action-1");
    assertEquals("Add an action", blank.one("h1").text());
    var refused =
        blank.submit(
            "#action-form",
            Map.of(
                "description", "",
                "targetDate-day", "31",
                "targetDate-month", "2",
                "targetDate-year", "2027"));
    assertEquals(400, refused.status());
    refused.one(".govuk-error-summary a[href='#description']");
    refused.one(".govuk-error-summary a[href='#targetDate-day']");
    assertTrue(refused.one("#targetDate-error").text().contains("Target date must be a real date"));
    assertEquals("31", refused.one("#targetDate-day").attr("value"));
    String police = refused.one("#leadOrganisationId option:nth-child(2)").attr("value");
    var added =
        refused.submit(
            "#action-form",
            Map.of(
                "title", "Train custody sergeants",
                "description", "Train every custody sergeant. Each takes the one-day course.",
                "leadOrganisationId", police,
                "targetDate-day", "28",
                "targetDate-month", "2",
                "targetDate-year", "2027"));
    assertEquals(200, added.status(), added::text);
    assertTrue(added.one("#flash").text().contains("The action has been added"));
    // The short title names the action in the plan and heads its page; the description stays.
    var link = added.one("#actions-1 a:containsOwn(Train custody sergeants)");
    var action = lead.get(link.attr("href"));
    assertEquals("Train custody sergeants", action.one("#action-title").text());
    assertEquals(
        "Train every custody sergeant. Each takes the one-day course.",
        action.one("#action-description").text());
    assertEquals("28 February 2027 (in", action.one("#action-target").text().substring(0, 20));

    // Moving the target date needs a reason, asked for on the same form.
    var edit = action.click("#change-action");
    assertEquals("28", edit.one("#targetDate-day").attr("value"));
    assertEquals("Train custody sergeants", edit.one("#title").attr("value"));
    var moved = edit.submit("#action-form", Map.of("targetDate-month", "3"));
    assertEquals(400, moved.status());
    moved.one(".govuk-error-summary a[href='#targetDateReason']");
    var changed =
        moved.submit("#action-form", Map.of("targetDateReason", "The training provider moved"));
    assertTrue(changed.one("#flash").text().contains("The action has been changed"));
    assertTrue(changed.one("#target-history").text().contains("The training provider moved"));
  }

  @Test
  void onlyThoseWhoMaySeeTheActionSeeItsPage() {
    World w = world();
    var anonymous = Pages.at(base).getOnce("/actions/" + w.action());
    assertEquals(302, anonymous.status());
    assertTrue(anonymous.location().contains("/signin?next="), anonymous.location());
    var other = Pages.at(base).signedInAs(w.otherPartner(), Api.PASSWORD);
    assertEquals(404, other.get("/actions/" + w.action()).status());
    assertEquals(404, other.get("/actions/999999999").status());
  }

  private World world() {
    var w = PlanWorld.make(base);
    return new World(w.action(), w.lead(), w.partner(), w.otherPartner());
  }

  private static long update(Api api, long action, String narrative) {
    var reply =
        api.post(
            "/api/actions/" + action + "/updates",
            Json.createObjectBuilder().add("narrative", narrative).add("rag", "GREEN").build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonObject("latestUpdate").getJsonNumber("id").longValue();
  }
}
