package org.yjtracker.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;
import org.yjtracker.testsupport.PublishedReports;

/**
 * The inspection form as HTML, with no script: an inspector records Solihull 2023 (choosing the
 * framework, adding a recommendation and checking the ratings with the form's own buttons), the
 * errors the form shows, a change made meanwhile by someone else, and who may use the form.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionFormPagesIT {

  private static final Pattern SAVED = Pattern.compile("/inspections/(\\d+)");
  private static final String FORM = "#inspection-form";

  @ArquillianResource URL base;

  @Test
  void anInspectorRecordsSolihull2023WithoutScriptAndItScores17OutOf36() {
    JsonObject report = PublishedReports.expected("solihull-2023");
    var f = new Fixtures(Api.at(base).asAdmin());
    long service = f.service("Solihull form pages", "WEST_MIDLANDS");
    long board = f.board("Solihull form pages board", service);
    Pages inspector = Pages.at(base).signedInAs(f.account("form-pages", "INSPECTOR"), Api.PASSWORD);

    var blank = inspector.get("/inspections/new");
    assertEquals(200, blank.status());
    assertEquals("Record an inspection", blank.one("h1").text());
    assertTrue(blank.all("#save").isEmpty(), "the framework comes first");

    // Choosing a framework without ratings shows no ratings; the 2018 framework shows its own.
    var sqs = submit(blank, Map.of("framework", "HMIP_SQS_2012", "action", "framework"));
    sqs.one("#unrated-note");
    assertTrue(sqs.all("#ratings-heading").isEmpty());
    var form =
        submit(
            sqs,
            Map.of(
                "framework",
                "HMIP_YJ_2018",
                "serviceId",
                String.valueOf(service),
                "action",
                "framework"));
    assertEquals(200, form.status());
    assertTrue(form.all("#unrated-note").isEmpty());
    assertEquals(
        "2.1 Assessment", form.one("#standards-2-1-block legend").text(), "from the framework");
    form.one("#standards-2-1-keyQuestions-0--percentYes");
    assertEquals("out of 36", form.one("#publishedScore-suffix").text());
    assertEquals(
        "save", form.one(FORM + " button[type=submit]").val(), "Enter in a field saves the form");

    // Every figure as the report publishes it, and the first recommendation.
    Map<String, List<String>> typed = new LinkedHashMap<>();
    typed.put("kind", List.of("STANDARD"));
    date(typed, "fieldworkStart", "18", "9", "2023");
    date(typed, "published", "", "12", "2023");
    typed.put("casesInspected", List.of("30"));
    JsonObject percents = report.getJsonObject("key_questions_percent_yes");
    Map<String, String> ratings = new TreeMap<>();
    report
        .getJsonObject("standards")
        .forEach((c, r) -> ratings.put(c, ((JsonString) r).getString()));
    ratings.forEach(
        (code, rating) -> {
          typed.put("standards." + code + ".rating", List.of(rating));
          if (percents.containsKey(code)) {
            var values = percents.getJsonArray(code);
            for (int k = 0; k < values.size(); k++) {
              typed.put(percent(code, k), List.of(String.valueOf(values.getInt(k))));
            }
          }
        });
    typed.put("publishedScore", List.of(String.valueOf(report.getInt("score"))));
    typed.put("publishedOverall", List.of(report.getString("overall")));
    List<JsonObject> recommendations =
        report.getJsonArray("recommendations").getValuesAs(JsonObject.class);
    assertEquals("1", form.one("#recommendations-0--number").val());
    typed.put("recommendations[0].heading", List.of(recommendations.get(0).getString("heading")));
    typed.put("recommendations[0].text", List.of(recommendations.get(0).getString("text_start")));
    typed.put("recommendations[0].ownerKinds", List.of("YJS"));
    typed.put("recommendations[0].standards", List.of("2.1"));
    typed.put("action", List.of("add-recommendation"));

    // "Add another recommendation" keeps what was typed and adds a row numbered after the last.
    var two = form.submitMany(FORM, typed);
    assertEquals(200, two.status());
    assertEquals("2", two.one("#recommendations-1--number").val());
    assertEquals(
        recommendations.get(0).getString("text_start"),
        two.one("#recommendations-0--text").wholeText());
    assertEquals("50", two.one("#standards-2-1-keyQuestions-0--percentYes").val());
    two.one("label[for=recommendations-1--ownerIds]"); // the service's organisations are offered
    var second = new LinkedHashMap<String, List<String>>();
    second.put("recommendations[1].heading", List.of(recommendations.get(2).getString("heading")));
    second.put("recommendations[1].text", List.of(recommendations.get(2).getString("text_start")));
    second.put("recommendations[1].ownerKinds", List.of("MANAGEMENT_BOARD"));
    second.put("recommendations[1].ownerIds", List.of(String.valueOf(board)));
    second.put("action", List.of("check"));

    // "Check ratings" shows what the framework's rules make of the figures.
    var checked = two.submitMany(FORM, second);
    assertEquals(200, checked.status());
    assertEquals("17 out of 36", checked.one("#assessment-score").text());
    assertEquals("Requires improvement", checked.one("#assessment-overall").text());
    checked.one("#no-warnings");
    assertEquals("Inadequate", checked.one("#standards-2-1-derived").text());
    assertEquals("Good", checked.one("#standards-3-3-derived").text());

    // A % Yes that contradicts its published rating is a warning linked to the rating.
    var contradicting = checked.submit(FORM, Map.of(percent("3.1", 1), "40", "action", "check"));
    var warning = contradicting.one("#warning-list li[data-standard='3.1'] a");
    assertTrue(warning.text().contains("(40%) makes it Inadequate"), warning.text());
    assertEquals("#standards-3-1-rating", warning.attr("href"));
    assertTrue(contradicting.one("#standards-3-1-discretion").hasAttr("open"));
    assertTrue(contradicting.one("#standards-3-1-warnings").text().contains("no professional"));
    assertEquals("17 out of 36", contradicting.one("#assessment-score").text());

    var saved = contradicting.submit(FORM, Map.of(percent("3.1", 1), "67", "action", "save"));
    assertEquals(200, saved.status(), saved::text);
    Matcher at = SAVED.matcher(saved.path());
    assertTrue(at.matches(), saved.path());
    long id = Long.parseLong(at.group(1));
    assertTrue(saved.text().contains("has been saved as a draft"), saved::text);

    JsonObject json = Api.at(base).asAdmin().get("/api/inspections/" + id).json();
    assertEquals("DRAFT", json.getString("status"));
    assertEquals(service, json.getJsonObject("service").getJsonNumber("id").longValue());
    assertEquals("2023-12", json.getString("published"));
    assertEquals("2023-09-18", json.getString("fieldworkStart"));
    assertEquals(30, json.getInt("casesInspected"));
    assertEquals(17, json.getInt("publishedScore"));
    assertEquals(17, json.getInt("computedScore"));
    assertEquals(0, json.getJsonArray("disagreements").size(), json::toString);
    Map<String, String> savedRatings = new TreeMap<>();
    for (JsonObject s : json.getJsonArray("standards").getValuesAs(JsonObject.class)) {
      savedRatings.put(s.getString("code"), s.getString("rating"));
      if (percents.containsKey(s.getString("code"))) {
        assertEquals(
            percents.getJsonArray(s.getString("code")).getValuesAs(JsonNumber::intValue),
            s.getJsonArray("keyQuestions").getValuesAs(JsonObject.class).stream()
                .map(kq -> kq.getInt("percentYes"))
                .toList());
      }
    }
    assertEquals(ratings, savedRatings);
    List<JsonObject> savedRecommendations =
        json.getJsonArray("recommendations").getValuesAs(JsonObject.class);
    assertEquals(2, savedRecommendations.size());
    assertEquals(List.of("2.1"), strings(savedRecommendations.get(0), "standards"));
    assertEquals(List.of("MANAGEMENT_BOARD"), strings(savedRecommendations.get(1), "ownerKinds"));
    assertEquals(
        board,
        savedRecommendations
            .get(1)
            .getJsonArray("owners")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());

    // Changing it: every field comes back, checked; recommendations are changed in place.
    var edit = inspector.get("/inspections/" + id + "/edit");
    assertEquals("Change an inspection", edit.one("h1").text());
    assertEquals("17 out of 36", edit.one("#assessment-score").text());
    edit.one("#no-warnings");
    assertEquals("", edit.one("#published-day").val());
    assertEquals("12", edit.one("#published-month").val());
    assertEquals("INADEQUATE", edit.one("#standards-2-1-rating option[selected]").val());
    assertTrue(
        edit.one("input[name='recommendations[1].ownerIds'][value='" + board + "']")
            .hasAttr("checked"));
    assertTrue(edit.all("#reason").isEmpty(), "drafts need no reason");
    var changed =
        edit.submit(FORM, Map.of("recommendations[0].text", "improve the quality of assessment"));
    assertEquals("/inspections/" + id, changed.path());
    assertTrue(changed.text().contains("has been changed"), changed::text);
    JsonObject after = Api.at(base).asAdmin().get("/api/inspections/" + id).json();
    JsonObject first = after.getJsonArray("recommendations").getJsonObject(0);
    assertEquals("improve the quality of assessment", first.getString("text"));
    assertEquals(
        savedRecommendations.get(0).getJsonNumber("id").longValue(),
        first.getJsonNumber("id").longValue(),
        "changed in place");
    assertEquals(17, after.getInt("publishedScore"));
  }

  @Test
  void aWorkWithChildrenAndVictimsInspectionIsTypedInAsIts2025ReportGivesIt() {
    var f = new Fixtures(Api.at(base).asAdmin());
    long service = f.service("Lambeth form pages", "LONDON");
    Pages inspector =
        Pages.at(base).signedInAs(f.account("form-pages-2025", "INSPECTOR"), Api.PASSWORD);
    var form =
        submit(
            inspector.get("/inspections/new"),
            Map.of(
                "framework",
                "HMIP_YJ_2025",
                "serviceId",
                String.valueOf(service),
                "action",
                "framework"));
    assertEquals(200, form.status());
    // Its own two kinds, each with the number of areas it rates; no score, no thresholds.
    assertEquals(
        List.of("CHILDREN_AND_VICTIMS", "YOUTH_JUSTICE_SERVICES"),
        form.all("input[name=kind]").stream().map(e -> e.val()).toList());
    assertTrue(form.text().contains("Rates 7 areas"), form::text);
    assertTrue(form.all("#publishedScore").isEmpty());
    form.one("#no-thresholds");
    assertEquals("V1 Work with victims", form.one("#standards-V1-block legend").text());

    // The full kind: the four areas known, and a plain word about the three that are not.
    var full = submit(form, Map.of("kind", "YOUTH_JUSTICE_SERVICES", "action", "framework"));
    assertTrue(
        full.one("#unknown-areas").text().contains("rates 7 areas; the framework knows 4"),
        full::text);

    Map<String, List<String>> typed = new LinkedHashMap<>();
    typed.put("kind", List.of("CHILDREN_AND_VICTIMS"));
    date(typed, "published", "13", "1", "2026");
    typed.put("standards.2.1.rating", List.of("GOOD"));
    typed.put("standards.2.2.rating", List.of("OUTSTANDING"));
    typed.put("standards.2.3.rating", List.of("OUTSTANDING"));
    typed.put("standards.V1.rating", List.of("REQUIRES_IMPROVEMENT"));
    typed.put("publishedOverall", List.of("GOOD"));
    typed.put("recommendations[0].text", List.of("Contact victims promptly."));
    typed.put("action", List.of("save"));

    // A recommendation addressed to nobody is refused on its field; nothing is saved.
    var refused = form.submitMany(FORM, typed);
    assertEquals(400, refused.status(), refused::text);
    assertEquals("#recommendations-0--ownerKinds", refused.one("#error-summary a").attr("href"));

    typed.put("recommendations[0].ownerKinds", List.of("YJS"));
    var saved = refused.submitMany(FORM, typed);
    var matcher = SAVED.matcher(saved.path());
    assertTrue(matcher.matches(), saved.path());
    assertEquals(
        "Inspection of work with children and victims",
        saved.one("#inspection-details").select("dd").get(2).text());
    assertEquals("Rated area", saved.one("#ratings-table thead th").text());
    assertEquals(
        "REQUIRES_IMPROVEMENT", saved.one("#standard-V1 td").attr("data-rating"), saved::text);
    assertTrue(saved.all("#score").isEmpty(), "a 2025 inspection has no score");
    assertTrue(saved.all("#unknown-areas").isEmpty());
  }

  @Test
  void errorsAreShownOnTheirFieldsAndNothingIsSaved() {
    var f = new Fixtures(Api.at(base).asAdmin());
    long service = f.service("Form errors YJS", "LONDON");
    Pages inspector =
        Pages.at(base).signedInAs(f.account("form-errors", "INSPECTOR"), Api.PASSWORD);
    var form = inspector.get("/inspections/new?framework=HMIP_YJ_2018&serviceId=" + service);
    assertEquals(String.valueOf(service), form.one("#serviceId option[selected]").val());
    form.one("#standards-2-4-keyQuestions-1--percentYes");

    // A blank form: what the API requires is named, each linked to its field.
    var empty = form.submit(FORM, Map.of("serviceId", ""));
    assertEquals(400, empty.status());
    assertTrue(empty.title().startsWith("Error: "), empty.title());
    empty.one(".govuk-error-summary a[href='#serviceId']");
    empty.one(".govuk-error-summary a[href='#kind']");
    assertTrue(empty.one("#serviceId").hasClass("govuk-select--error"));

    // A date that is not one and a % above 100: each on its own box, with the standard named.
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    wrong.put("kind", List.of("STANDARD"));
    date(wrong, "published", "", "July", "2023");
    wrong.put(percent("2.4", 0), List.of("83"));
    wrong.put(percent("2.4", 1), List.of("150"));
    wrong.put(percent("2.4", 2), List.of("fifty"));
    wrong.put("standards.2.4.rating", List.of("GOOD"));
    wrong.put("recommendations[0].text", List.of("A recommendation"));
    wrong.put("recommendations[0].number", List.of("one"));
    var refused = form.submitMany(FORM, wrong);
    assertEquals(400, refused.status());
    var summary = refused.one(".govuk-error-summary");
    refused.one(".govuk-error-summary a[href='#published-day']");
    var kq =
        refused.one(".govuk-error-summary a[href='#standards-2-4-keyQuestions-1--percentYes']");
    assertTrue(kq.text().contains("2.4 Reviewing"), kq.text());
    assertTrue(kq.text().contains("cannot be above 100"), kq.text());
    var fifty =
        refused.one(".govuk-error-summary a[href='#standards-2-4-keyQuestions-2--percentYes']");
    assertTrue(fifty.text().contains("whole number"), fifty.text());
    refused.one(".govuk-error-summary a[href='#recommendations-0--number']");
    assertTrue(
        refused.one("#standards-2-4-keyQuestions-1--percentYes").hasClass("govuk-input--error"));
    assertFalse(
        refused.one("#standards-2-4-keyQuestions-0--percentYes").hasClass("govuk-input--error"));
    assertEquals("150", refused.one("#standards-2-4-keyQuestions-1--percentYes").val());
    assertEquals("July", refused.one("#published-month").val(), "what was typed is kept");
    assertTrue(summary.text().contains("publication date"), summary.text());

    // Removing a recommendation row without script.
    var rows = refused.submit(FORM, Map.of("action", "add-recommendation"));
    assertEquals(2, rows.all(".tracker-recommendation").size());
    var one = rows.submit(FORM, Map.of("action", "remove-0"));
    assertEquals(1, one.all(".tracker-recommendation").size());
    assertEquals("", one.one("#recommendations-0--text").wholeText());

    assertEquals(
        0,
        Api.at(base).asAdmin().get("/api/inspections?serviceId=" + service).json().getInt("total"),
        "nothing saved");
  }

  @Test
  void aChangeSavedMeanwhileIsShownAndSavingAgainKeepsMine() {
    Api admin = Api.at(base).asAdmin();
    long service = new Fixtures(admin).service("Form conflict YJS", "LONDON");
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    long id = created.id();
    Pages browser = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var edit = browser.get("/inspections/" + id + "/edit");

    var theirs =
        InspectionBodies.fromReport("solihull-2023", service)
            .add("leadInspector", "Someone Else")
            .add("version", created.json().getJsonNumber("version").longValue())
            .build();
    assertEquals(200, admin.put("/api/inspections/" + id, theirs).status());

    var stale = edit.submit(FORM, Map.of("reportReference", "https://example.test/solihull"));
    assertEquals(409, stale.status());
    stale.one(".govuk-error-summary a[href='#conflict']");
    assertTrue(
        stale.one("#conflict").text().contains("Someone Else"), stale.one("#conflict").text());
    assertEquals(
        "https://example.test/solihull", stale.one("#reportReference").val(), "mine are kept");
    assertEquals(
        "Someone Else",
        admin.get("/api/inspections/" + id).json().getString("leadInspector"),
        "nothing of mine saved");

    var kept = stale.submit(FORM, Map.of());
    assertEquals("/inspections/" + id, kept.path(), kept::text);
    JsonObject now = admin.get("/api/inspections/" + id).json();
    assertEquals("https://example.test/solihull", now.getString("reportReference"));
    assertFalse(now.containsKey("leadInspector") && !now.isNull("leadInspector"), now::toString);
  }

  @Test
  void onlyInspectorateStaffUseTheFormAndOnlyAdminsCorrectAPublishedInspection() {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Form roles YJS", "LONDON");
    long published = InspectionBodies.publish(admin, "suffolk-2023", service);

    Pages lead =
        Pages.at(base).signedInAs(f.account("form-lead", "SERVICE_LEAD", service), Api.PASSWORD);
    assertEquals(403, lead.get("/inspections/new").status());
    assertEquals(403, lead.get("/inspections/" + published + "/edit").status());
    String token = lead.get("/help").one("meta[name=csrf-token]").attr("content");
    assertEquals(403, lead.postOnce("/inspections/new", Map.of("_csrf", List.of(token))).status());

    Pages inspector = Pages.at(base).signedInAs(f.account("form-roles", "INSPECTOR"), Api.PASSWORD);
    var refused = inspector.get("/inspections/" + published + "/edit");
    assertEquals(403, refused.status());
    assertTrue(refused.text().contains("only an inspectorate admin"), refused::text);
    assertEquals(404, inspector.get("/inspections/999999999/edit").status());

    Pages boss = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    var correcting = boss.get("/inspections/" + published + "/edit");
    assertEquals("Correct a published inspection", correcting.one("h1").text());
    var noReason = correcting.submit(FORM, Map.of("leadInspector", "A Named Inspector"));
    assertEquals(400, noReason.status());
    noReason.one(".govuk-error-summary a[href='#reason']");
    var corrected = noReason.submit(FORM, Map.of("reason", "The report names its lead inspector"));
    assertEquals("/inspections/" + published, corrected.path(), corrected::text);
    JsonObject now = admin.get("/api/inspections/" + published).json();
    assertEquals("PUBLISHED", now.getString("status"));
    assertEquals("A Named Inspector", now.getString("leadInspector"));
  }

  private static Pages.Page submit(Pages.Page page, Map<String, String> changes) {
    return page.submit(FORM, changes);
  }

  private static void date(
      Map<String, List<String>> fields, String name, String day, String month, String year) {
    fields.put(name + "-day", List.of(day));
    fields.put(name + "-month", List.of(month));
    fields.put(name + "-year", List.of(year));
  }

  private static String percent(String code, int k) {
    return "standards." + code + ".keyQuestions[" + k + "].percentYes";
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString::getString);
  }
}
