package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The inspections list as HTML: filters as a plain GET form, paging, and who sees what. */
@ExtendWith(ArquillianExtension.class)
class InspectionListPagesIT {

  @ArquillianResource URL base;

  @Test
  void aLeadFiltersTheirServicesInspectionsWithoutScript() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("List pages YJS", "LONDON");
    publish(admin, "suffolk-2023", service);
    long latest = publish(admin, "bexley-2024", service);
    String lead = f.account("list-lead", "SERVICE_LEAD", service);

    Pages browser = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    var list = browser.get("/inspections");
    assertEquals(200, list.status());
    assertTrue(list.all("#add-inspection").isEmpty(), "only the inspectorate records inspections");
    assertTrue(list.all("#status").isEmpty(), "only the inspectorate sees drafts");
    var found =
        list.submit("#filters", Map.of("serviceId", String.valueOf(service), "year", "2024"));
    assertEquals("1 inspection", found.one("#result-count").text());
    assertEquals(String.valueOf(service), found.one("#serviceId option[selected]").attr("value"));
    var row =
        found.one("#inspections-table a[href='/inspections/" + latest + "']").parent().parent();
    assertTrue(row.text().contains("Good"), row.text());
    assertTrue(row.text().contains("27"), row.text());
    assertTrue(row.text().matches(".*[A-Z][a-z]+ 20\\d\\d.*"), "published in words: " + row.text());

    var odd = browser.get("/inspections?region=ATLANTIS&year=abc&page=0&serviceId=-4");
    assertEquals(200, odd.status());
    assertEquals("", odd.one("#region option[selected]").attr("value"));

    var inspector = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var all = inspector.get("/inspections");
    all.one("#add-inspection");
    all.one("#status");
  }

  private static long publish(Api admin, String report, long service) {
    return InspectionBodies.publish(admin, report, service);
  }
}
