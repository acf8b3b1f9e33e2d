package org.yjtracker.reinspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;

/**
 * The comparison page as plain HTML: the service reads it; an inspector records an outcome (a
 * missing one is refused in the GOV.UK error pattern), carries the recommendation into the new
 * plan, and closes the previous plan through a confirmation page.
 */
@ExtendWith(ArquillianExtension.class)
class ComparisonPagesIT {

  @ArquillianResource URL base;

  @Test
  void theServiceReadsTheComparisonAndAnInspectorJudgesCarriesForwardAndCloses() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Compared YJS", "NORTH_WEST");
    Api admin = Api.at(base).asAdmin();
    long first = InspectionBodies.publish(admin, "wolverhampton-2022", service);
    long second = InspectionBodies.publish(admin, "solihull-2023", service);
    String leadEmail = f.account("lead", "SERVICE_LEAD", service);
    String inspectorEmail = f.account("inspector", "INSPECTOR");
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    long oldPlan =
        lead.post("/api/inspections/" + first + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();
    long newPlan =
        lead.post("/api/inspections/" + second + "/plan", JsonValue.EMPTY_JSON_OBJECT).id();

    var read = Pages.at(base).signedInAs(leadEmail, Api.PASSWORD);
    var page = read.get("/inspections/" + second + "/comparison");
    assertEquals(200, page.status());
    assertEquals("−11", page.one("#score-change").text());
    assertEquals("28", page.one("#score-then").text());
    assertEquals("17", page.one("#score-now").text());
    assertEquals("Declined", page.one("#overall-change").text());
    assertEquals("GOOD", page.one("#standard-1-1-then").attr("data-rating"));
    assertEquals("Requires improvement", page.one("#standard-1-1-now").text());
    assertEquals("Declined", page.one("#standard-1-1-change").text());
    // The same framework both times: no warning that standards cannot be compared.
    assertTrue(page.all("#frameworks-differ").isEmpty());
    // Read-only for the service: no forms, no buttons, and the addresses behind them refused.
    page.one("#read-only-note");
    assertTrue(page.all("#outcome-2-form, #close-previous-plan, form[action*=outcomes]").isEmpty());
    assertEquals(403, read.get("/inspections/" + second + "/comparison/close").status());

    var inspector = Pages.at(base).signedInAs(inspectorEmail, Api.PASSWORD);
    var comparison = inspector.get("/inspections/" + second).click("#comparison-link");
    assertEquals(
        "Compared with the previous inspection", comparison.one("#comparison-title").text());
    assertEquals("Not judged yet", comparison.one("#previous-2-outcome").text());

    var refused = comparison.submit("#outcome-2-form", Map.of("note", "No outcome chosen"));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    assertEquals("#outcome", refused.one("#error-summary a").attr("href"));
    refused.one("#outcome");
    assertEquals("No outcome chosen", refused.one("#note").text());

    var saved =
        refused.submit(
            "#outcome-2-form",
            Map.of("outcome", "NOT_MET", "note", "Victims are still not contacted in time"));
    assertEquals("The outcome has been saved", saved.one("#flash p").text());
    assertEquals("Not met", saved.one("#previous-2-outcome").text());
    assertEquals("Victims are still not contacted in time", saved.one("#previous-2-note").text());

    var carried = saved.submit("form:has(#carry-2)", Map.of());
    assertTrue(
        carried.one("#previous-2-carried").text().startsWith("Carried forward into the new plan"),
        carried.one("#previous-2-carried").text());

    var plan = inspector.get("/plans/" + newPlan);
    String section = plan.one("#carried-from-" + first).text();
    assertTrue(section.contains("February 2022"), section);
    assertTrue(section.contains("Recommendation 2"), section);
    assertTrue(section.contains("Not met"), section);

    // Closing with recommendations still unjudged is refused on the confirmation page.
    var confirm = carried.click("#close-previous-plan");
    assertEquals("Close the previous plan?", confirm.one("h1").text());
    var early = confirm.submit("#confirm-form", Map.of());
    assertEquals(400, early.status());
    assertTrue(early.one("#error-summary").text().contains("has no outcome yet"), early.text());

    Api judge = Api.at(base).as(inspectorEmail, Api.PASSWORD);
    for (JsonValue r :
        judge
            .get("/api/inspections/" + second + "/comparison")
            .json()
            .getJsonArray("recommendations")) {
      JsonObject rec = r.asJsonObject();
      if (rec.isNull("outcome")) {
        var judged =
            judge.put(
                "/api/inspections/" + second + "/outcomes/" + rec.getJsonNumber("id"),
                Json.createObjectBuilder().add("outcome", "MET").build());
        assertEquals(200, judged.status(), judged::toString);
      }
    }
    var closed = early.submit("#confirm-form", Map.of());
    assertEquals("The previous plan has been closed", closed.one("#flash p").text());
    assertTrue(closed.all("#close-previous-plan").isEmpty());
    assertTrue(
        inspector
            .get("/plans/" + oldPlan)
            .one("#plan-closed")
            .text()
            .contains("can no longer be changed"));

    JsonObject after = admin.get("/api/inspections/" + second + "/comparison").json();
    JsonObject rec2 = after.getJsonArray("recommendations").getJsonObject(1);
    assertEquals("NOT_MET", rec2.getString("outcome"));
    assertEquals("Victims are still not contacted in time", rec2.getString("note"));
    assertTrue(rec2.getBoolean("carried"));
  }
}
