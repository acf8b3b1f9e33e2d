package org.yjtracker.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Inspections2025;
import org.yjtracker.testsupport.Pages;

/**
 * The national dashboard and a service's dashboard as HTML, with no script: filters as a plain GET
 * form that keeps its values, sorting by the column headings' links both ways, counts that lead to
 * the list behind them, the export keeping the view, and who may see which.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardPagesIT {

  @ArquillianResource URL base;

  @Test
  void anInspectorFiltersAndSortsTheNationalTableThenOpensAServiceDashboard() {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    long alpha = f.service("Dash pages alpha", "LONDON");
    long beta = f.service("Dash pages beta", "WEST_MIDLANDS");
    long gamma = f.service("Dash pages gamma", "WEST_MIDLANDS");
    Api admin = Api.at(base).asAdmin();
    long alphaInspection = InspectionBodies.publish(admin, "solihull-2023", alpha); // RI, 17
    InspectionBodies.publish(admin, "bexley-2024", beta); // good, 27
    InspectionBodies.publish(admin, "suffolk-2023", gamma); // requires improvement, 9
    String leadEmail = f.account("dash-lead", "SERVICE_LEAD", alpha);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    var plan =
        lead.post("/api/inspections/" + alphaInspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long firstRecommendation =
        admin
            .get("/api/inspections/" + alphaInspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var action =
        lead.post(
            "/api/plans/" + plan.id() + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(firstRecommendation))
                .add("leadOrganisationId", alpha)
                .add("description", "Overdue work")
                .add("startDate", "2024-02-01")
                .add("targetDate", "2025-01-31")
                .add("status", "IN_PROGRESS")
                .build());
    assertEquals(201, action.status(), action::toString);
    String inspector = f.account("dash-inspector", "INSPECTOR");

    Pages browser = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    browser.get("/inspections").one("a[href='/dashboard']");
    var all = browser.get("/dashboard?q=" + tag);
    assertEquals(200, all.status());
    assertEquals("3 services", all.one("#result-count").text());
    assertEquals(List.of(alpha, beta, gamma), rows(all));
    assertEquals(tag, all.one("#q").val(), "the search stays in its box");
    assertTrue(all.one("#rating-table").text().contains("Requires improvement 2"));
    assertTrue(all.one("#change-totals").text().startsWith("0 improved"));
    assertTrue(all.all(".govuk-pagination").isEmpty(), "one page needs no pagination");
    assertEquals(
        "/plans/" + plan.id() + "#plan-attention",
        all.one("tr[data-service-id='" + alpha + "'] td[data-column='overdueActions'] a")
            .attr("href"),
        "a count leads to the plan that lists them");
    assertTrue(
        all.one("tr[data-service-id='" + alpha + "'] td[data-column='planStage']")
            .text()
            .contains("late"));

    // Region: only London; the form keeps what was chosen.
    var london = all.submit("#filters", Map.of("region", "LONDON"));
    assertEquals("1 service", london.one("#result-count").text());
    assertEquals(List.of(alpha), rows(london));
    assertEquals("LONDON", london.one("#region option[selected]").attr("value"));
    assertEquals(tag, london.one("#q").val());

    // A rating's count leads to the services with that rating.
    var improving = all.click("#rating-table tr[data-rating='REQUIRES_IMPROVEMENT'] a");
    assertEquals("2 services", improving.one("#result-count").text());
    assertEquals(List.of(alpha, gamma), rows(improving));
    assertEquals("REQUIRES_IMPROVEMENT", improving.one("#overall option[selected]").attr("value"));

    // Sorting by score: lowest first, then highest first; the heading says which.
    var ascending = all.click("th[data-sort-key='score'] a");
    assertEquals("ascending", ascending.one("th[data-sort-key='score']").attr("aria-sort"));
    assertEquals(List.of(gamma, alpha, beta), rows(ascending));
    var descending = ascending.click("th[data-sort-key='score'] a");
    assertEquals("descending", descending.one("th[data-sort-key='score']").attr("aria-sort"));
    assertEquals(List.of(beta, alpha, gamma), rows(descending));
    assertEquals("none", descending.one("th[data-sort-key='service']").attr("aria-sort"));
    String csv = descending.one("#export-csv").attr("href");
    assertTrue(csv.contains("sort=-score") && csv.contains("q="), "exports keep the view: " + csv);
    var exported = browser.getOnce(csv);
    assertEquals(200, exported.status());
    assertTrue(exported.header("Content-Type").startsWith("text/csv"));

    // Filtering keeps the sort.
    var sortedAndFiltered =
        descending.submit("#filters", Map.of("overall", "REQUIRES_IMPROVEMENT"));
    assertEquals(List.of(alpha, gamma), rows(sortedAndFiltered));
    assertEquals(
        "descending", sortedAndFiltered.one("th[data-sort-key='score']").attr("aria-sort"));

    // The form sorts too (on a phone the table's headings are not shown), and keeps the choice.
    var byForm = all.submit("#filters", Map.of("sort", "-score"));
    assertEquals(List.of(beta, alpha, gamma), rows(byForm));
    assertEquals("-score", byForm.one("#sort option[selected]").attr("value"));
    assertEquals("descending", byForm.one("th[data-sort-key='score']").attr("aria-sort"));

    // Only late plans: the box stays ticked.
    var late = all.submit("#filters", Map.of("late", "true"));
    assertTrue(late.one("#late").hasAttr("checked"));
    assertTrue(rows(late).contains(alpha), "alpha's plan was due in January 2024");

    // What the page does not know is no filter, never an error.
    var odd = browser.get("/dashboard?q=" + tag + "&region=ATLANTIS&sort=colour&page=0&late=maybe");
    assertEquals(200, odd.status());
    assertEquals("3 services", odd.one("#result-count").text());
    assertEquals("", odd.one("#region option[selected]").attr("value"));

    // A service's dashboard, from its row.
    var service = all.click("a[data-service-id='" + alpha + "']");
    assertEquals(200, service.status());
    assertEquals("1", service.one("#count-overdue").text());
    // The count says its noun in the singular and leads to the plan's list of what needs attention.
    assertEquals("1 overdue action", service.one("#count-overdue").parent().text());
    assertEquals(
        "/plans/" + plan.id() + "#plan-attention",
        service.one("#count-overdue").parent().attr("href"));
    assertEquals("5", service.one("#count-open").text());
    assertEquals("0", service.one("#count-implemented").text());
    assertEquals("0", service.one("#count-stale").text());
    assertTrue(service.one("#ratings-table").text().contains("Requires improvement"));
    assertTrue(service.one("#progress-table").text().contains("December 2023"));
    assertTrue(service.one("#rag-table").text().contains("No update yet 1"));
    // Due in January 2024 and never submitted: the plan says it is late.
    assertTrue(
        service.one("#plan-late").text().startsWith("Late"), service.one("#plan-late").text());
    assertTrue(service.one("#plan-due").text().matches("Due \\d+ [A-Z][a-z]+ 2024: .*"));
    assertEquals("/plans/" + plan.id(), service.one("#plan-link").attr("href"));
  }

  @Test
  void theNationalDashboardIsTheInspectoratesAndAServiceDashboardIsForThoseWhoSeeTheService() {
    var f = new Fixtures(Api.at(base));
    Api admin = Api.at(base).asAdmin();
    long mine = f.service("Dash pages own", "LONDON");
    long other = f.service("Dash pages other", "LONDON");
    long unpublished = f.service("Dash pages none", "LONDON");
    String leadEmail = f.account("dash-own-lead", "SERVICE_LEAD", mine, unpublished);
    InspectionBodies.publish(admin, "bexley-2024", mine);
    InspectionBodies.publish(admin, "suffolk-2023", other);

    Pages lead = Pages.at(base).signedInAs(leadEmail, Api.PASSWORD);
    assertEquals(403, lead.get("/dashboard").status());
    var own = lead.get("/services/" + mine + "/dashboard");
    assertEquals(200, own.status());
    assertTrue(own.all("a[href='/dashboard']").isEmpty(), "the navigation offers no dashboard");
    assertEquals("/services/" + mine, own.one("#back-link").attr("href"));
    assertTrue(own.one("#plan-stage").text().contains("Not started"), own.text());
    assertTrue(own.all("#progress-table").isEmpty());
    own.one("#progress-none");
    assertEquals(404, lead.get("/services/" + other + "/dashboard").status());
    var none = lead.get("/services/" + unpublished + "/dashboard");
    assertEquals(200, none.status());
    none.one("#no-inspection");
  }

  /**
   * A 2025 inspection on the pages (issue 14): the kind filter as a GET form choice, kept by sort
   * and export links; the kind under the framework; the service dashboard names both, no score.
   */
  @Test
  void anInspectorFiltersByKindOfInspectionAndSeesA2025ServiceDashboard() {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    long children = f.service("Dash pages 2025", "LONDON");
    long standard = f.service("Dash pages 2018", "LONDON");
    String inspector = f.account("dash25-pages", "INSPECTOR");
    Inspections2025.publish(Api.at(base).as(inspector, Api.PASSWORD), children);
    InspectionBodies.publish(Api.at(base).asAdmin(), "bexley-2024", standard);

    Pages browser = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    var all = browser.get("/dashboard?q=" + tag);
    assertEquals(List.of(standard, children), rows(all));
    assertEquals(
        Inspections2025.KIND_LABEL,
        all.one("tr[data-service-id='" + children + "'] [data-inspection-kind]").text());
    assertEquals(
        "Standard inspection",
        all.one("tr[data-service-id='" + standard + "'] [data-inspection-kind]").text());
    assertEquals(
        "2",
        all.one("#rating-table tr[data-rating='GOOD'] td").attr("data-value"),
        "a 2025 Good and a 2018 Good are both Good");
    assertTrue(all.all("#kind option").size() > 2, "every kind is offered");

    var kind = all.submit("#filters", Map.of("kind", Inspections2025.KIND));
    assertEquals("1 service", kind.one("#result-count").text());
    assertEquals(List.of(children), rows(kind));
    assertEquals(Inspections2025.KIND, kind.one("#kind option[selected]").attr("value"));
    assertTrue(kind.one("#export-csv").attr("href").contains("kind=" + Inspections2025.KIND));
    var sorted = kind.click("th[data-sort-key='published'] a");
    assertEquals(List.of(children), rows(sorted), "sorting keeps the kind");
    assertEquals(Inspections2025.KIND, sorted.one("#kind option[selected]").attr("value"));
    var overall = kind.click("#rating-table tr[data-rating='GOOD'] a");
    assertEquals(List.of(children), rows(overall), "a rating's count keeps the kind");

    // A kind the page does not know is no filter, as the other filters.
    var odd = browser.get("/dashboard?q=" + tag + "&kind=PANTOMIME");
    assertEquals(200, odd.status());
    assertEquals("2 services", odd.one("#result-count").text());
    assertEquals("", odd.one("#kind option[selected]").attr("value"));

    var service = browser.get("/services/" + children + "/dashboard");
    assertEquals(200, service.status());
    assertEquals(Inspections2025.KIND_LABEL, service.one("#latest-kind").text());
    assertEquals(
        "Youth justice inspection framework (2025)", service.one("#latest-framework").text());
    assertTrue(service.all("#score-row").isEmpty(), "neither inspection is scored");
    assertTrue(service.one("#ratings-table").text().contains("V1 Work with victims"));
    // A 2018 inspection, then a 2025 one: the standards are listed apart, never paired by code.
    long twice = f.service("Dash pages twice", "LONDON");
    InspectionBodies.publish(Api.at(base).asAdmin(), "bexley-2024", twice);
    Inspections2025.publish(Api.at(base).as(inspector, Api.PASSWORD), twice);
    var across = browser.get("/services/" + twice + "/dashboard");
    across.one("#frameworks-differ");
    var assessment =
        across.all("#ratings-table tbody tr").stream()
            .filter(tr -> tr.text().startsWith("2.1 Assessment"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(across.text()));
    assertTrue(
        assessment.text().endsWith("None"), "2018's 2.1 has no 2025 value: " + assessment.text());
    var scored = browser.get("/services/" + standard + "/dashboard");
    assertEquals("Standard inspection", scored.one("#latest-kind").text());
    assertTrue(scored.one("#score-row").text().contains("27"));
  }

  private static List<Long> rows(Pages.Page page) {
    return page.all("#dashboard-table tbody tr[data-service-id]").stream()
        .map(r -> Long.parseLong(r.attr("data-service-id")))
        .toList();
  }
}
