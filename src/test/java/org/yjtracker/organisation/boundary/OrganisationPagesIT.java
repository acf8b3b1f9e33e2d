package org.yjtracker.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The organisations pages as HTML with no script: sign in, find, add (errors first), change and
 * sign out; and who may add or change what, as the API decides.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationPagesIT {

  @ArquillianResource URL base;

  @Test
  void signInAddAndChangeAnOrganisationThenSignOut() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Pages service", "NORTH_WEST");
    String serviceName = fixtures.unique("Pages service");
    String partner = fixtures.unique("Pages constabulary");
    Pages browser = Pages.at(base);

    var signIn = browser.get("/organisations");
    assertEquals("/signin", signIn.path());
    var wrong =
        signIn.submit(
            "form[action=/signin]",
            Map.of("email", Api.ADMIN_EMAIL, "password", "not the password"));
    wrong.one(".govuk-error-summary");
    var list =
        wrong.submit(
            "form[action=/signin]",
            Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD));
    assertEquals(200, list.status());
    assertEquals("/organisations", list.path());
    list.one("#signed-in-as");
    assertTrue(list.all("script[src*='/js/pages/']").isEmpty(), "no page script");

    var found = list.submit("#filters", Map.of("q", serviceName, "kind", "YJS"));
    assertEquals("1 organisation", found.one("#result-count").text());
    assertEquals(serviceName, found.one("#q").attr("value"));
    assertEquals("YJS", found.one("#kind option[selected]").attr("value"));
    assertTrue(found.one("#organisations-table").text().contains("Youth justice service"));
    var odd = browser.get("/organisations?kind=NOT_AN_ENUM&region=ATLANTIS&page=0");
    assertEquals(200, odd.status());
    assertEquals("", odd.one("#kind option[selected]").attr("value"));

    var blank = found.click("#add-organisation");
    assertEquals(200, blank.status());
    blank.one("input#kind[type=radio][value=YJS]");
    var refused = blank.submit("#organisation-form", Map.of());
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    var summary = refused.one(".govuk-error-summary");
    summary.selectFirst("a[href='#name']");
    summary.selectFirst("a[href='#kind']");
    summary.selectFirst("a[href='#region']");
    refused.one("#name-error");
    assertEquals(0, stored(partner));

    var added =
        refused.submitMany(
            "#organisation-form",
            Map.of(
                "name", List.of(partner),
                "kind", List.of("POLICE"),
                "region", List.of("NORTH_WEST"),
                "boardOfId", List.of(String.valueOf(service)),
                "servesIds", List.of(String.valueOf(service))));
    assertEquals(200, added.status(), added::text);
    assertTrue(added.path().startsWith("/organisations/"), added.path());
    assertEquals(partner, added.one("h1").text());
    assertTrue(added.one("#flash").text().contains(partner + " has been added"));
    String details = added.one("#organisation-details").text();
    assertTrue(details.contains(serviceName), details);
    assertTrue(details.contains("Police"), details);
    assertFalse(details.contains("T0"), "dates in words: " + details);
    added.one("#organisation-history");

    var editing = added.click("#change-organisation");
    assertEquals(partner, editing.one("#name").attr("value"));
    assertEquals("POLICE", editing.one("input[name=kind][checked]").attr("value"));
    assertTrue(
        editing.all("input[name=kind][value=YJS]").size() == 1, "inspectorate adds services");
    var changed = editing.submit("#organisation-form", Map.of("name", partner + " renamed"));
    assertEquals(200, changed.status(), changed::text);
    assertEquals(partner + " renamed", changed.one("h1").text());
    assertTrue(changed.one("#flash").text().contains("has been changed"));
    assertEquals(1, stored(partner + " renamed"));

    // The form sent again with the version it was read at: someone saved since.
    var stale = editing.submit("#organisation-form", Map.of("name", partner + " stale"));
    assertEquals(400, stale.status());
    stale.one(".govuk-error-summary a[href='#name']");
    assertEquals(0, stored(partner + " stale"));
    var kept = stale.submit("#organisation-form", Map.of());
    assertEquals(partner + " stale", kept.one("h1").text());

    var signedOut = kept.submit("form[action=/signout]", Map.of());
    assertEquals("/signin", signedOut.path());
    var again = browser.get("/organisations");
    assertEquals("/signin", again.path());
    assertTrue(again.all("#signed-in-as").isEmpty());
  }

  @Test
  void aServiceLeadAddsPartnersOfTheirServiceButNoServicesAndOthersOnlyRead() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Lead pages YJS", "LONDON");
    long other = f.service("Other pages YJS", "LONDON");
    long othersPartner = f.partner("HEALTH", "Other pages health", other);
    String lead = f.account("org-lead", "SERVICE_LEAD", service);
    String partnerAccount = f.account("org-partner", "PARTNER", service);

    Pages leadPages = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    var blank = leadPages.get("/organisations/new");
    assertTrue(blank.all("input[name=kind][value=YJS]").isEmpty(), "leads add no services");
    var refused =
        blank.submit(
            "#organisation-form",
            Map.of("name", f.unique("Lead board"), "kind", "MANAGEMENT_BOARD", "region", "LONDON"));
    assertEquals(400, refused.status());
    refused.one(".govuk-error-summary a[href='#boardOfId']");
    var board = refused.submit("#organisation-form", Map.of("boardOfId", String.valueOf(service)));
    assertEquals(200, board.status(), board::text);
    assertTrue(board.one("#organisation-details").text().contains(f.unique("Lead pages YJS")));
    board.one("#change-organisation");
    assertTrue(board.all("#organisation-history").isEmpty(), "the trail is for admins");
    assertEquals(404, leadPages.get("/organisations/" + othersPartner).status());
    assertEquals(404, leadPages.get("/organisations/" + othersPartner + "/edit").status());

    Pages partnerPages = Pages.at(base).signedInAs(partnerAccount, Api.PASSWORD);
    var list = partnerPages.get("/organisations");
    assertTrue(list.all("#add-organisation").isEmpty());
    assertEquals(403, partnerPages.get("/organisations/new").status());
    var own = partnerPages.get("/organisations/" + service);
    assertEquals(200, own.status());
    assertTrue(own.all("#change-organisation").isEmpty());
    assertEquals(403, partnerPages.get("/organisations/" + service + "/edit").status());
  }

  private int stored(String name) {
    return Api.at(base)
        .asAdmin()
        .get("/api/organisations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .json()
        .getInt("total");
  }
}
