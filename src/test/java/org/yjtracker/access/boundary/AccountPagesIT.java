package org.yjtracker.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.Pages;

/**
 * Your account as HTML with no script: who you are by name, a token made (shown once), used and
 * revoked after a confirmation, and the password changed; each form's errors on that form.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPagesIT {

  @ArquillianResource URL base;

  @Test
  void aPartnerMakesUsesAndRevokesATokenWithoutScript() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Account pages YJS", "LONDON");
    String partner = f.account("account-partner", "PARTNER", service);
    Pages browser = Pages.at(base).signedInAs(partner, Api.PASSWORD);

    var page = browser.get("/account");
    assertEquals(200, page.status());
    assertTrue(page.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    assertEquals(f.unique("account-partner"), page.one("#account-name").text());
    assertTrue(page.one("#account-summary").text().contains("Partner"));
    assertTrue(page.one("#account-summary").text().contains(f.unique("Account pages YJS")));
    page.one("#tokens");

    var refused = page.submit("#token-form", Map.of("name", "", "password", "wrong password x"));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    refused.one(".govuk-error-summary a[href='#name']");
    assertEquals("", refused.one("#token-form #password").attr("value"));
    var wrongPassword =
        refused.submit(
            "#token-form", Map.of("name", "Weekly script", "password", "wrong password x"));
    assertEquals(400, wrongPassword.status());
    wrongPassword.one(".govuk-error-summary a[href='#password']");
    assertEquals("Weekly script", wrongPassword.one("#name").attr("value"));

    var made =
        wrongPassword.submit(
            "#token-form",
            Map.of("name", "Weekly script", "expiresInDays", "7", "password", Api.PASSWORD));
    assertEquals(200, made.status(), made::text);
    assertEquals("/account", made.path());
    String token = made.one("#new-token").text();
    assertTrue(token.length() > 20, token);
    var row = made.one("#tokens-table tbody tr");
    assertTrue(row.text().contains("Weekly script"), row.text());
    assertTrue(row.text().contains("Active"), row.text());
    assertTrue(row.text().matches(".*\\d{1,2} [A-Z][a-z]+ 20\\d\\d.*"), "dates in words");
    assertEquals(200, Api.at(base).withToken(token).get("/api/me").status());
    assertTrue(browser.get("/account").all("#new-token").isEmpty(), "shown once");

    var confirm = made.click("#tokens-table a[id^=revoke-]");
    assertEquals(200, confirm.status());
    assertTrue(confirm.one("h1").text().contains("Weekly script"));
    var revoked = confirm.submit("#revoke-form", Map.of());
    assertEquals("/account", revoked.path());
    assertTrue(revoked.one("#flash").text().contains("has been revoked"));
    assertTrue(revoked.one("#tokens-table").text().contains("Revoked"));
    assertTrue(revoked.all("#tokens-table a[id^=revoke-]").isEmpty());
    assertEquals(401, Api.at(base).withToken(token).get("/api/me").status());

    // Someone else's token is not found.
    String other = f.account("account-other", "PARTNER", service);
    Pages otherBrowser = Pages.at(base).signedInAs(other, Api.PASSWORD);
    String revokeLink = confirm.one("#revoke-form").attr("action");
    assertEquals(404, otherBrowser.get(revokeLink).status());
  }

  @Test
  void aPersonChangesTheirPasswordAndStaysSignedInHereOnly() {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Password pages YJS", "LONDON");
    String lead = f.account("password-lead", "SERVICE_LEAD", service);
    Pages here = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    Pages elsewhere = Pages.at(base).signedInAs(lead, Api.PASSWORD);

    var page = here.get("/account");
    var refused = page.submit("#password-form", Map.of("currentPassword", "", "newPassword", ""));
    assertEquals(400, refused.status());
    refused.one(".govuk-error-summary a[href='#currentPassword']");
    refused.one(".govuk-error-summary a[href='#newPassword']");
    var wrong =
        refused.submit(
            "#password-form",
            Map.of("currentPassword", "not my password", "newPassword", "a new long passphrase"));
    assertEquals(400, wrong.status());
    wrong.one("#currentPassword-error");
    assertEquals("", wrong.one("#newPassword").attr("value"), "passwords are never sent back");
    var weak =
        wrong.submit(
            "#password-form", Map.of("currentPassword", Api.PASSWORD, "newPassword", "short"));
    assertEquals(400, weak.status());
    weak.one("#newPassword-error");

    String replacement = "tangerine lighthouse orbit";
    var changed =
        weak.submit(
            "#password-form", Map.of("currentPassword", Api.PASSWORD, "newPassword", replacement));
    assertEquals(200, changed.status(), changed::text);
    assertEquals("/account", changed.path());
    assertTrue(changed.one("#flash").text().contains("Your password has been changed"));
    assertEquals(200, here.get("/account").status());
    assertEquals("/signin", elsewhere.get("/account").path(), "the other session has ended");
    Pages.at(base).signedInAs(lead, replacement);
    assertFalse(here.get("/account").text().contains(Api.PASSWORD));
  }
}
