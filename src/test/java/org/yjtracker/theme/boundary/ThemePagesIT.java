package org.yjtracker.theme.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;

/**
 * Themes as HTML, with no script: an inspector confirms the themes of an inspection's
 * recommendations in one form and finds them on the theme page; an admin adds, changes and retires
 * a theme; errors in GOV.UK's pattern with nothing saved; who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class ThemePagesIT {

  @ArquillianResource URL base;

  @Test
  void anInspectorConfirmsSuggestedThemesAndTheThemePageListsTheRecommendation() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Theme pages YJS", "WEST_MIDLANDS");
    long inspection = InspectionBodies.publish(admin, "solihull-2023", service);
    String inspector = f.account("theme-inspector", "INSPECTOR");
    String lead = f.account("theme-lead", "SERVICE_LEAD", service);
    var retired =
        admin.post(
            "/api/themes",
            Json.createObjectBuilder()
                .add("name", f.unique("Retired theme"))
                .add("keywords", Json.createArrayBuilder())
                .add("retired", true)
                .build());
    assertEquals(201, retired.status(), retired::toString);

    Pages browser = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    var page = browser.get("/inspections/" + inspection + "/themes");
    assertEquals(200, page.status(), page::text);
    // Recommendation 4 (speech, language and communication) has its suggestion ticked, with the
    // phrase that suggested it; nothing else is ticked.
    assertTrue(page.one("#rec4-SLC").hasAttr("checked"));
    assertTrue(page.one("#rec4-SLC-hint").text().contains("“speech”"));
    assertFalse(page.one("#rec4-VOICE").hasAttr("checked"));
    assertFalse(page.one("#rec4-DATA").hasAttr("checked"));
    assertTrue(page.one("#confirmed-4").text().contains("No theme confirmed yet"));
    assertTrue(page.all("input[value='" + retired.id() + "']").isEmpty(), "retired: not offered");
    String field4 = page.one("#rec4-SLC").attr("name");
    String slc = page.one("#rec4-SLC").val();
    String data = page.one("#rec4-DATA").val();

    // A retired theme given anew (a forged form) is refused on its recommendation, and nothing
    // is saved, not even the other recommendations' suggestions.
    var refused =
        page.submitMany("#themes-form", Map.of(field4, List.of(slc, String.valueOf(retired.id()))));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error:"), refused.title());
    assertEquals("#rec4-SLC", refused.one(".govuk-error-summary a").attr("href"));
    assertTrue(refused.one("#recommendation-4 .govuk-error-message").text().contains("retired"));
    assertEquals(Set.of(), confirmed(admin, inspection, 0));

    // The inspector adds a theme the words missed and saves every recommendation at once.
    var saved = page.submitMany("#themes-form", Map.of(field4, List.of(slc, data)));
    assertEquals(200, saved.status(), saved::text);
    assertEquals("/inspections/" + inspection + "/themes", saved.path());
    assertTrue(saved.one("#flash").text().contains("The themes have been saved"));
    String confirmed = saved.one("#confirmed-4").text();
    assertTrue(confirmed.contains("Speech, language and communication"), confirmed);
    assertTrue(confirmed.contains("Data and information"), confirmed);
    assertTrue(saved.one("#rec4-DATA").hasAttr("checked"));
    assertEquals(Set.of("SAFETY_WELLBEING"), confirmed(admin, inspection, 0));
    assertEquals(Set.of("SLC", "DATA"), confirmed(admin, inspection, 3));

    // Saving again changes nothing, and says so.
    var again = saved.submit("#themes-form", Map.of());
    assertTrue(again.one("#flash").text().contains("Nothing has changed"), again::text);

    // The theme page lists the recommendation, by service.
    var theme = browser.get("/themes").click("#theme-SLC");
    assertEquals(200, theme.status());
    assertTrue(theme.one("#theme-title").text().contains("Speech, language and communication"));
    var row =
        theme.all("#theme-recommendations tbody tr").stream()
            .filter(r -> r.text().contains(f.unique("Theme pages YJS")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(theme.text()));
    String text = row.text();
    assertTrue(text.contains("4. address the gap in speech, language and communication"), text);
    assertTrue(text.contains("West Midlands"), text);
    assertTrue(text.contains("No plan"), text);
    assertTrue(text.contains("Not recorded"), text);
    assertTrue(theme.all("#change-theme").isEmpty(), "only admins change themes");

    // Services' own people read themes but do not confirm them.
    Pages leadPages = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    assertEquals(403, leadPages.get("/inspections/" + inspection + "/themes").status());
    assertEquals(200, leadPages.get("/themes").status());
    assertEquals(404, browser.get("/inspections/999999999/themes").status());
  }

  @Test
  void anAdminAddsAThemeWithKeywordsChangesAndRetiresIt() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    String name = f.unique("Transitions");
    Pages browser = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var blank = browser.get("/themes").click("#add-theme");
    assertEquals("/themes/new", blank.path());

    // Without a name nothing is saved, the name field says why, and the keywords are kept.
    var noName = blank.submit("#theme-form", Map.of("keywords", "transition\r\nadult services"));
    assertEquals(400, noName.status());
    assertTrue(noName.title().startsWith("Error:"));
    assertEquals("#name", noName.one(".govuk-error-summary a").attr("href"));
    noName.one("#name-error");
    assertTrue(noName.one("#keywords").val().contains("adult services"));

    var added = noName.submit("#theme-form", Map.of("name", name));
    assertEquals(200, added.status(), added::text);
    assertTrue(added.path().matches("/themes/\\d+"), added.path());
    assertTrue(added.one("#flash").text().contains(name + " has been added"));
    assertEquals(name, added.one("#theme-title").text());
    assertTrue(added.one("#theme-details").text().contains("adult services, transition"));

    // The same name again is refused on the name field.
    var twice = browser.get("/themes/new").submit("#theme-form", Map.of("name", name));
    assertEquals(400, twice.status());
    assertTrue(twice.one("#name-error").text().contains("already"), twice::text);

    // A keyword with no letter is refused on the keywords box.
    var edit = added.click("#change-theme");
    assertTrue(edit.one("#form-caption").text().contains(name));
    var badKeyword = edit.submit("#theme-form", Map.of("keywords", "transition\n---"));
    assertEquals(400, badKeyword.status());
    assertEquals("#keywords", badKeyword.one(".govuk-error-summary a").attr("href"));

    // Someone else saves first: what was typed is kept, and saving again keeps it.
    var stale = added.click("#change-theme");
    var other = added.click("#change-theme").submit("#theme-form", Map.of("description", "Old"));
    assertEquals(200, other.status());
    var clash = stale.submit("#theme-form", Map.of("description", "Mine", "retired", "true"));
    assertEquals(400, clash.status());
    clash.one("#conflict");
    assertEquals("Mine", clash.one("#description").val());
    var retired = clash.submit("#theme-form", Map.of());
    assertEquals(200, retired.status(), retired::text);
    assertTrue(retired.one("#theme-title").text().contains("Retired"));
    assertTrue(retired.one("#theme-details").text().contains("Mine"));

    var listed = browser.get("/themes");
    String row =
        listed.all("#themes tbody tr").stream()
            .filter(r -> r.text().contains(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(listed.text()))
            .text();
    assertTrue(row.contains(name + " Retired"), row);

    // Inspectors read themes but do not change them.
    String inspector = f.account("theme-reader", "INSPECTOR");
    Pages reader = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    assertTrue(reader.get("/themes").all("#add-theme").isEmpty());
    assertEquals(403, reader.get("/themes/new").status());
    assertEquals(403, reader.get(retired.path() + "/edit").status());
  }

  private static Set<String> confirmed(Api admin, long inspection, int index) {
    JsonObject recommendation =
        admin
            .get("/api/inspections/" + inspection + "/themes")
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(index);
    return recommendation.getJsonArray("confirmed").getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("code"))
        .collect(Collectors.toSet());
  }
}
