package org.yjtracker.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.Pages;

/**
 * The audit trail as HTML with no script: filtered by a plain GET form with GOV.UK date inputs,
 * paged, who by name and when in words, what changed field by field; for admins only.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPagesIT {

  @ArquillianResource URL base;

  @Test
  void anAdminReadsAnOrganisationsHistoryByNameAndDate() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Audit pages YJS", "LONDON");
    String lead = f.account("audit-lead", "SERVICE_LEAD", service);
    long partner = f.partner("POLICE", "Audit pages police", service);
    var current = admin.get("/api/organisations/" + partner).json();
    var renamed =
        Api.at(base)
            .as(lead, Api.PASSWORD)
            .put(
                "/api/organisations/" + partner,
                Json.createObjectBuilder(
                        Fixtures.organisation(
                            "HEALTH",
                            f.unique("Audit pages health"),
                            "NORTH_EAST",
                            null,
                            java.util.List.of(service)))
                    .add("version", current.getJsonNumber("version").longValue())
                    .build());
    assertEquals(200, renamed.status(), renamed::toString);

    Pages browser = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var organisation = browser.get("/organisations/" + partner);
    var history = organisation.click("#organisation-history");
    assertEquals(200, history.status());
    assertTrue(history.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    assertEquals("2 changes", history.one("#result-count").text());
    assertEquals("Organisation", history.one("#objectType option[selected]").attr("value"));
    var newest = history.one("#audit-table tbody tr");
    String text = newest.text();
    assertTrue(text.contains(f.unique("audit-lead")), "who by name: " + text);
    assertFalse(history.text().contains(lead), "no email addresses for people");
    assertTrue(text.contains("Changed"), text);
    assertTrue(text.contains("Police"), "kinds in words: " + text);
    assertTrue(text.contains("Health"), text);
    assertTrue(text.contains("North East"), "regions in words: " + text);
    assertTrue(text.matches(".*\\d{1,2} [A-Z][a-z]+ 20\\d\\d at .*"), "when in words: " + text);
    assertEquals(
        "/organisations/" + partner, newest.selectFirst("a[href^='/organisations/']").attr("href"));

    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    var created =
        history.submit(
            "#filters",
            Map.of(
                "action", "CREATE",
                "from-day", String.valueOf(today.minusDays(1).getDayOfMonth()),
                "from-month", String.valueOf(today.minusDays(1).getMonthValue()),
                "from-year", String.valueOf(today.minusDays(1).getYear())));
    assertEquals(200, created.status());
    assertEquals("1 change", created.one("#result-count").text());
    assertTrue(created.one("#audit-table").text().contains("Created"));
    var future =
        created.submit(
            "#filters",
            Map.of(
                "from-day", "1",
                "from-month", "1",
                "from-year", String.valueOf(today.getYear() + 1)));
    assertEquals("0 changes", future.one("#result-count").text());

    var wrong =
        created.submit("#filters", Map.of("to-day", "31", "to-month", "2", "to-year", "2026"));
    assertEquals(400, wrong.status());
    wrong.one(".govuk-error-summary a[href='#to-day']");
    wrong.one("#to-error");
    assertEquals("31", wrong.one("#to-day").attr("value"));
    assertEquals("1 change", wrong.one("#result-count").text(), "the other filters still apply");

    var odd = browser.get("/audit?objectType=Nothing&action=NOT_AN_ENUM&page=0&from-year=abcd");
    assertTrue(odd.status() < 500, "status " + odd.status());
    assertEquals("", odd.one("#objectType option[selected]").attr("value"));
  }

  @Test
  void theTrailIsPagedAndForAdminsOnly() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Audit paged YJS", "LONDON");
    for (int i = 0; i < 26; i++) {
      f.partner("OTHER", "Audit paged partner " + i, service);
    }
    Pages browser = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var first = browser.get("/audit?objectType=Organisation&action=CREATE");
    var next = first.one(".govuk-pagination__next a");
    assertTrue(next.attr("href").contains("objectType=Organisation"), next.attr("href"));
    var second = first.click(".govuk-pagination__next a");
    assertEquals(200, second.status());
    second.one(".govuk-pagination__item--current a[aria-current=page]");
    second.one(".govuk-pagination__prev");

    for (String role : java.util.List.of("INSPECTOR", "SERVICE_LEAD")) {
      String email =
          role.equals("INSPECTOR")
              ? f.account("audit-inspector", role)
              : f.account("audit-lead2", role, service);
      Pages other = Pages.at(base).signedInAs(email, Api.PASSWORD);
      assertEquals(403, other.get("/audit").status(), role);
      assertTrue(other.get("/organisations").all("a[href='/audit']").isEmpty(), role);
    }
  }
}
