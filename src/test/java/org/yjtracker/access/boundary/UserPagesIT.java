package org.yjtracker.access.boundary;

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
 * The users pages as HTML with no script: an admin finds, adds (errors first, organisations found
 * with the form's own search button) and changes an account by its name; nobody else gets in.
 */
@ExtendWith(ArquillianExtension.class)
class UserPagesIT {

  @ArquillianResource URL base;

  @Test
  void anAdminAddsAndChangesAnAccountWithoutScript() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Users pages YJS", "LONDON");
    String email = "new.person." + f.unique("x").substring(2) + "@tracker.test";
    String name = f.unique("Nadia Person");
    Pages admin = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);

    var list = admin.get("/users");
    assertEquals(200, list.status());
    assertTrue(list.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    var blank = list.click("#add-user");
    assertTrue(blank.one("#active").hasAttr("checked"), "a new account is active");

    var refused = blank.submit("#user-form", Map.of("active", "true"));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    var summary = refused.one(".govuk-error-summary");
    summary.selectFirst("a[href='#displayName']");
    summary.selectFirst("a[href='#email']");
    summary.selectFirst("a[href='#roles']");
    refused.one("#displayName-error");

    var typed =
        refused.submitMany(
            "#user-form",
            Map.of(
                "displayName", List.of(name),
                "email", List.of(email),
                "roles", List.of("SERVICE_LEAD"),
                "password", List.of(Api.PASSWORD),
                "orgSearch", List.of(f.unique("Users pages YJS")),
                "find", List.of("1")));
    assertEquals(200, typed.status(), typed::text);
    assertEquals(name, typed.one("#displayName").attr("value"));
    assertEquals("", typed.one("#password").attr("value"), "a password is never sent back");
    assertFalse(typed.one("#org-" + service).hasAttr("checked"));
    assertEquals(0, found(email));

    assertEquals("", typed.one("#org-search").attr("value"), "Enter after a search saves");
    typed.one("#org-status");
    // Enter in a field sends the form's first button, "Search": with nothing to search, it saves.
    var noPassword =
        typed.submitMany(
            "#user-form",
            Map.of("organisationIds", List.of(String.valueOf(service)), "find", List.of("1")));
    assertEquals(400, noPassword.status());
    noPassword.one(".govuk-error-summary a[href='#password']");
    assertTrue(noPassword.one("#org-" + service).hasAttr("checked"), "the tick is kept");

    var saved = noPassword.submit("#user-form", Map.of("password", Api.PASSWORD));
    assertEquals(200, saved.status(), saved::text);
    assertEquals("/users", saved.path());
    assertTrue(saved.one("#flash").text().contains(name + "'s account has been added"));
    assertEquals(1, found(email));

    var filtered = saved.submit("#filters", Map.of("q", name, "role", "SERVICE_LEAD"));
    assertEquals("1 user", filtered.one("#result-count").text());
    var row = filtered.one("#users-table tbody tr");
    assertTrue(row.text().contains("Service lead"), row.text());
    assertTrue(row.text().contains(f.unique("Users pages YJS")), row.text());

    var editing = filtered.click("#users-table tbody a[href$='/edit']");
    assertEquals(name, editing.one("#displayName").attr("value"));
    assertTrue(editing.one("#org-" + service).hasAttr("checked"));
    var changed =
        editing.submitMany(
            "#user-form", Map.of("displayName", List.of(name + " Jones"), "active", List.of()));
    assertEquals(200, changed.status(), changed::text);
    assertTrue(changed.one("#flash").text().contains(name + " Jones's account has been changed"));
    var deactivated = changed.submit("#filters", Map.of("q", name, "active", "false"));
    assertEquals("1 user", deactivated.one("#result-count").text());
    assertTrue(deactivated.one("#users-table").text().contains(name + " Jones"));
    Pages.Page cannot = Pages.at(base).get("/signin");
    var refusedSignIn =
        cannot.submit("form[action=/signin]", Map.of("email", email, "password", Api.PASSWORD));
    refusedSignIn.one(".govuk-error-summary");
  }

  @Test
  void anAdminCannotDeactivateThemselvesAndOthersGetNotAllowed() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Users pages other YJS", "LONDON");
    String inspector = f.account("users-inspector", "INSPECTOR");
    String lead = f.account("users-lead", "SERVICE_LEAD", service);
    long me =
        Api.at(base)
            .asAdmin()
            .get("/api/users?q=" + URLEncoder.encode(Api.ADMIN_EMAIL, StandardCharsets.UTF_8))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Pages admin = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var mine = admin.get("/users/" + me + "/edit");
    var refused = mine.submitMany("#user-form", Map.of("active", List.of()));
    assertEquals(400, refused.status());
    refused.one(".govuk-error-summary a[href='#active']");
    refused.one("#active-error");

    for (String email : List.of(inspector, lead)) {
      Pages other = Pages.at(base).signedInAs(email, Api.PASSWORD);
      assertEquals(403, other.get("/users").status(), email);
      assertEquals(403, other.get("/users/new").status(), email);
      assertEquals(403, other.get("/users/" + me + "/edit").status(), email);
      assertTrue(other.get("/inspections").all("a[href='/users']").isEmpty(), email);
    }
    assertEquals(404, admin.get("/users/999999999/edit").status());
  }

  private int found(String email) {
    return Api.at(base)
        .asAdmin()
        .get("/api/users?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
        .json()
        .getInt("total");
  }
}
