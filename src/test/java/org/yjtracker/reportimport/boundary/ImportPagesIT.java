package org.yjtracker.reportimport.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.reportimport.control.PdfFixture;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.Pages;
import org.yjtracker.testsupport.Pages.Upload;

/**
 * Importing a report through the pages as HTML, with no script: the upload form (a file or pasted
 * text) and its refusals in GOV.UK's error pattern, the draft's review with every value beside the
 * line it came from, saving corrections and confirming the inspection, and who may do it at all.
 */
@ExtendWith(ArquillianExtension.class)
class ImportPagesIT {

  private static final String CORRECTED_HEADING = "The Solihull youth justice service should:";

  @ArquillianResource URL base;

  @Test
  void pastedTextAndUploadedFilesBecomeDraftsAndRefusalsShowOnTheForm() {
    var fixtures = new Fixtures(Api.at(base));
    String inspector = fixtures.account("upload", "INSPECTOR");
    Pages pages = Pages.at(base).signedInAs(inspector, Api.PASSWORD);

    var list = pages.get("/inspections");
    var form = list.click("#import-report");
    assertEquals(200, form.status());
    assertEquals("/imports/new", form.path());
    assertTrue(form.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    assertEquals("multipart/form-data", form.one("#import-form").attr("enctype"));

    // Nothing chosen: the summary leads to the file input.
    var empty = form.upload("#import-form", Map.of(), Map.of());
    assertEquals(400, empty.status());
    assertTrue(empty.title().startsWith("Error: "), empty.title());
    assertEquals(
        "Upload the report or paste its text",
        empty.one(".govuk-error-summary a[href='#file']").text());
    empty.one("#file-error");

    // Both at once.
    var both =
        empty.upload(
            "#import-form",
            Map.of("text", "Some text"),
            Map.of("file", Upload.text("report.txt", "More text")));
    assertEquals(400, both.status());
    both.one(".govuk-error-summary a[href='#file']");

    // Text that is not a report: the reason, on the text, with the text kept.
    String shopping = "Shopping list\n\nEggs, milk and bread for the weekend.\n";
    var notAReport = both.upload("#import-form", Map.of("text", shopping), Map.of());
    assertEquals(422, notAReport.status());
    assertTrue(
        notAReport
            .one(".govuk-error-summary a[href='#text']")
            .text()
            .contains("does not look like an HM Inspectorate of Probation inspection report"),
        notAReport.one(".govuk-error-summary").text());
    notAReport.one("#text-error");
    assertEquals(shopping.strip(), notAReport.one("#text").wholeText().strip());

    // A file that only claims to be a PDF, and a file of another kind.
    var fakePdf =
        notAReport.upload(
            "#import-form",
            Map.of("text", ""),
            Map.of(
                "file",
                new Upload(
                    "minutes.pdf",
                    "application/pdf",
                    "Minutes of the meeting".getBytes(StandardCharsets.UTF_8))));
    assertEquals(422, fakePdf.status());
    assertTrue(fakePdf.one("#file-error").text().contains("This file is not a PDF"));
    var word =
        fakePdf.upload(
            "#import-form",
            Map.of(),
            Map.of(
                "file",
                new Upload(
                    "report.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new byte[] {80, 75, 3, 4})));
    assertEquals(415, word.status());
    assertTrue(word.one("#file-error").text().contains("a web page or a text file"));

    // Pasted text becomes a draft, and the review shows it.
    var pasted = word.upload("#import-form", Map.of("text", unique("solihull-2023")), Map.of());
    assertEquals(200, pasted.status(), pasted::text);
    assertTrue(pasted.path().matches("/imports/\\d+"), pasted.path());

    // So does a PDF uploaded as a file.
    var pdf =
        pages
            .get("/imports/new")
            .upload(
                "#import-form",
                Map.of(),
                Map.of(
                    "file",
                    new Upload(
                        "bexley.pdf",
                        "application/pdf",
                        new PdfFixture().pdfOf(unique("bexley-2024")))));
    assertEquals(200, pdf.status(), pdf::text);
    assertTrue(pdf.path().matches("/imports/\\d+"), pdf.path());
  }

  @Test
  void a2025ReportsWebPageImportsAsAFileOrPastedAndItsReviewShowsKindAndWarning() {
    var fixtures = new Fixtures(Api.at(base));
    String inspector = fixtures.account("web-page", "INSPECTOR");
    Pages pages = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    byte[] page = ImportsApiIT.page2025();

    var uploaded =
        pages
            .get("/imports/new")
            .upload(
                "#import-form",
                Map.of(),
                Map.of("file", new Upload("hounslow.html", "text/html", page)));
    assertEquals(200, uploaded.status(), uploaded::text);
    assertTrue(uploaded.path().matches("/imports/\\d+"), uploaded.path());
    // The kind as radios of the 2025 framework's two kinds, the one read chosen.
    assertEquals(2, uploaded.all("input[name=kind]").size(), uploaded::text);
    assertEquals("CHILDREN_AND_VICTIMS", uploaded.one("input[name=kind][checked]").attr("value"));
    assertTrue(
        uploaded.one("#warning-list").text().contains("'Published:' line gives no date"),
        () -> uploaded.one("#warnings").text());
    assertEquals("HMIP_YJ_2025", uploaded.one("#framework option[selected]").attr("value"));
    // The inspector corrects the kind; the draft keeps it.
    var saved =
        uploaded.submit("#import-form", Map.of("intent", "save", "kind", "YOUTH_JUSTICE_SERVICES"));
    assertEquals(200, saved.status(), saved::text);
    assertEquals("YOUTH_JUSTICE_SERVICES", saved.one("input[name=kind][checked]").attr("value"));
    assertEquals(
        "youth justice services",
        Api.at(base)
            .asAdmin()
            .get("/api/imports/" + saved.path().substring("/imports/".length()))
            .json()
            .getString("kind"));

    // The same page's HTML pasted into the text box.
    String html = new String(ImportsApiIT.page2025(), StandardCharsets.UTF_8);
    var pasted = pages.get("/imports/new").upload("#import-form", Map.of("text", html), Map.of());
    assertEquals(200, pasted.status(), pasted::text);
    assertTrue(pasted.path().matches("/imports/\\d+"), pasted.path());
    assertEquals("CHILDREN_AND_VICTIMS", pasted.one("input[name=kind][checked]").attr("value"));
    JsonObject draft =
        Api.at(base)
            .asAdmin()
            .get("/api/imports/" + pasted.path().substring("/imports/".length()))
            .json();
    assertEquals("HTML", draft.getString("source_type"));
    assertEquals("Hounslow YJS", draft.getString("service"));
  }

  @Test
  void aReportAlreadyRecordedIsRefusedWithALinkToItsInspection() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Recorded YJS", "LONDON");
    String inspector = fixtures.account("again", "INSPECTOR");
    String report = unique("suffolk-2023");
    Api admin = Api.at(base).asAdmin();
    JsonObject draft =
        admin
            .upload(
                "/api/imports",
                report.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8")
            .json();
    long inspection =
        admin
            .post(
                "/api/imports/" + draft.getInt("id") + "/confirm",
                Json.createObjectBuilder().add("serviceId", service).build())
            .id();

    Pages pages = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    var again =
        pages
            .get("/imports/new")
            .upload("#import-form", Map.of(), Map.of("file", Upload.text("suffolk.txt", report)));
    assertEquals(409, again.status());
    assertTrue(
        again
            .one(".govuk-error-summary a[href='#file']")
            .text()
            .contains("already recorded as inspection " + inspection),
        again.one(".govuk-error-summary").text());
    assertEquals("/inspections/" + inspection, again.one("#existing-inspection").attr("href"));
  }

  @Test
  void onlyInspectorateStaffImportReports() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("No import YJS", "LONDON");
    String lead = fixtures.account("no-import", "SERVICE_LEAD", service);
    Pages pages = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    var refused = pages.get("/imports/new");
    assertEquals(403, refused.status(), refused::text);
    String token = pages.get("/inspections").one("meta[name=csrf-token]").attr("content");
    var refusedPost =
        pages.postMultipart(
            "/imports/new",
            Map.of("_csrf", List.of(token), "text", List.of(unique("bexley-2024"))),
            Map.of());
    assertEquals(403, refusedPost.status(), () -> refusedPost.path() + "\n" + refusedPost.text());
  }

  @Test
  void anInspectorChecksCorrectsAndConfirmsADraftWithoutScript() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Import YJS", "WEST_MIDLANDS");
    String serviceName = fixtures.unique("Import YJS");
    String board = fixtures.unique("Solihull Youth Justice Board");
    String inspector = fixtures.account("reviewer", "INSPECTOR");
    Pages pages = Pages.at(base).signedInAs(inspector, Api.PASSWORD);

    var review =
        pages
            .get("/imports/new")
            .upload("#import-form", Map.of("text", unique("solihull-2023")), Map.of());
    assertEquals(200, review.status(), review::text);
    String importPath = review.path();
    long importId = Long.parseLong(importPath.substring("/imports/".length()));
    assertTrue(review.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    assertTrue(review.one("#flash").text().contains("The report has been read"));
    // Each value beside the line of the report it was read from.
    assertEquals("17", review.one("#publishedScore").attr("value"));
    String scoreSource = review.one("#publishedScore-hint").text();
    assertTrue(scoreSource.startsWith("Line 82:") && scoreSource.contains("17/36"), scoreSource);
    assertEquals("INADEQUATE", review.one("#standards-2-1--rating option[selected]").attr("value"));
    assertTrue(
        review.one("#standards-2-1--rating-hint").text().startsWith("Line 90:"),
        review.one("#standards-2-1--rating-hint").text());
    assertEquals("50", review.one("#standards-2-1--keyQuestions-0-").attr("value"));
    assertEquals("December 2023", review.one("#published").attr("value"));
    review.one("#no-warnings");
    assertEquals(List.of(), duplicateIds(review), "every id once");
    // No service is named like the report's until one is chosen.
    assertTrue(
        review.one("#owners-0--ownerIds-note").text().contains("Choose the service inspected"));

    // Nothing is recorded without the service.
    var refused = review.submit("#import-form", Map.of("intent", "confirm"));
    assertEquals(400, refused.status());
    assertTrue(refused.title().startsWith("Error: "), refused.title());
    assertEquals(
        "Choose the youth justice service the report is about",
        refused.one(".govuk-error-summary a[href='#serviceId']").text());
    refused.one("#serviceId-error");

    // Choosing the service and saving a correction: the owners are suggested for that service.
    var saved =
        refused.submit(
            "#import-form",
            Map.of(
                "intent",
                "save",
                "serviceId",
                String.valueOf(service),
                "recommendations[0].heading",
                CORRECTED_HEADING));
    assertEquals(200, saved.status(), saved::text);
    assertEquals(importPath, saved.path());
    assertEquals(
        "Your corrections have been saved",
        saved.one("#flash .govuk-notification-banner__heading").text());
    assertEquals(CORRECTED_HEADING, saved.one("#recommendations-0--heading").attr("value"));
    assertEquals(String.valueOf(service), saved.one("#serviceId option[selected]").attr("value"));
    // The service is the only youth justice service owner there can be, so it is ticked.
    assertTrue(saved.one("#owners-0--ownerIds[value=" + service + "]").hasAttr("checked"));
    // The directory has no board for the service: the one the report names can be added.
    var addBoard = saved.one("#owners-2--create-0-");
    assertTrue(!addBoard.hasAttr("checked"));
    assertEquals(
        "Add Solihull Youth Justice Board (Management board) to the directory",
        saved.one("#owners-2--create-0--label").text());

    // The owners chosen are kept when the corrections are saved.
    var kept =
        saved.submit(
            "#import-form",
            Map.of(
                "intent", "save",
                "owners[2].create[0]", "true",
                "owners[2].create[0].name", board));
    assertEquals(
        "There were no changes to save",
        kept.one("#flash .govuk-notification-banner__heading").text());
    assertTrue(kept.one("#owners-2--create-0-").hasAttr("checked"));
    assertEquals(board, kept.one("#owners-2--create-0--name").attr("value"));
    assertTrue(kept.one("#owners-0--ownerIds[value=" + service + "]").hasAttr("checked"));

    // One more correction, left for confirming to save.
    var inspectionPage =
        kept.submit("#import-form", Map.of("intent", "confirm", "published", "5 December 2023"));
    assertEquals(200, inspectionPage.status(), inspectionPage::text);
    assertTrue(inspectionPage.path().matches("/inspections/\\d+"), inspectionPage.path());
    long inspectionId = Long.parseLong(inspectionPage.path().substring("/inspections/".length()));
    assertTrue(
        inspectionPage.one("#flash").text().contains("has been recorded from the report"),
        inspectionPage.one("#flash").text());

    // The import now only points at what it was recorded as.
    var recorded = pages.get(importPath);
    assertEquals("This report has been recorded", recorded.one("h1").text());
    assertEquals("/inspections/" + inspectionId, recorded.one("#recorded-link").attr("href"));
    assertTrue(recorded.all("#import-form").isEmpty());

    JsonObject inspection = Api.at(base).asAdmin().get("/api/inspections/" + inspectionId).json();
    assertEquals(17, inspection.getInt("publishedScore"));
    assertEquals("REQUIRES_IMPROVEMENT", inspection.getString("publishedOverall"));
    assertEquals("2023-12-05", inspection.getString("published"));
    assertEquals(service, inspection.getJsonObject("service").getJsonNumber("id").longValue());
    assertTrue(inspection.getJsonObject("service").getString("name").equals(serviceName));
    var recommendations = inspection.getJsonArray("recommendations");
    assertEquals(5, recommendations.size());
    JsonObject first = recommendations.getJsonObject(0);
    assertEquals(CORRECTED_HEADING, first.getString("heading"));
    assertEquals(
        service, first.getJsonArray("owners").getJsonObject(0).getJsonNumber("id").longValue());
    JsonObject third = recommendations.getJsonObject(2);
    assertEquals(3, third.getInt("number"));
    assertEquals(board, third.getJsonArray("owners").getJsonObject(0).getString("name"));
    assertEquals(
        inspectionId,
        Api.at(base).asAdmin().get("/api/imports/" + importId).json().getInt("inspection_id"));
  }

  @Test
  void whatTheReaderWarnsAboutComesFirstWithItsLine() {
    var fixtures = new Fixtures(Api.at(base));
    String inspector = fixtures.account("warned", "INSPECTOR");
    Pages pages = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    var review =
        pages
            .get("/imports/new")
            .upload("#import-form", Map.of("text", unique("wolverhampton-2022")), Map.of());
    assertEquals(200, review.status(), review::text);
    assertTrue(review.one("#warnings h2").text().startsWith("Check th"));
    // Warnings come before the form.
    String html = review.document().outerHtml();
    assertTrue(html.indexOf("id=\"warnings\"") < html.indexOf("id=\"import-form\""));
    String warning = review.one("#warning-0").text();
    assertTrue(warning.contains("Line 214: Recommendation 1 has no number"), warning);
    assertTrue(warning.contains("make sure that all YOT children with SEND"), warning);
    // Discretion the report describes is shown on its standard, with where it was read.
    assertEquals(
        "REQUIRES_IMPROVEMENT",
        review.one("#standards-2-1--discretionFrom option[selected]").attr("value"));
    assertTrue(
        review.one("#standards-2-1--discretionFrom-hint").text().contains("Line "),
        review.one("#standards-2-1--discretionFrom-hint").text());
    assertEquals("1", review.one("#resettlementCases").attr("value"));
  }

  @Test
  void mistakesShowInGovukErrorPatternAndNothingIsSaved() {
    var fixtures = new Fixtures(Api.at(base));
    String inspector = fixtures.account("mistaken", "INSPECTOR");
    Pages pages = Pages.at(base).signedInAs(inspector, Api.PASSWORD);
    var review =
        pages
            .get("/imports/new")
            .upload("#import-form", Map.of("text", unique("solihull-2023")), Map.of());
    String importPath = review.path();
    int rows = review.all(".tracker-recommendation").size();
    assertEquals(5, rows);

    var wrong =
        review.submit(
            "#import-form",
            Map.of(
                "intent", "save",
                "publishedScore", "lots",
                "published", "someday",
                "standards[2.1].keyQuestions[0]", "150",
                "recommendations[1].number", "",
                "fieldworkStart-day", "31",
                "fieldworkStart-month", "2",
                "fieldworkStart-year", "2023"));
    assertEquals(400, wrong.status());
    assertEquals(List.of(), duplicateIds(wrong), "every id once");
    assertTrue(wrong.title().startsWith("Error: "), wrong.title());
    for (String anchor :
        List.of(
            "publishedScore",
            "published",
            "standards-2-1--keyQuestions-0-",
            "recommendations-1--number",
            "fieldworkStart")) {
      wrong.one(".govuk-error-summary a[href='#" + anchor + "']");
    }
    wrong.one("#publishedScore-error");
    assertEquals("lots", wrong.one("#publishedScore").attr("value"));
    assertEquals("someday", wrong.one("#published").attr("value"));
    // Nothing was saved.
    long id = Long.parseLong(importPath.substring("/imports/".length()));
    JsonObject stored = Api.at(base).asAdmin().get("/api/imports/" + id).json();
    assertEquals(17, stored.getInt("score"));
    assertEquals("2023-12", stored.getString("published"));

    // Adding and removing recommendations shows the form again as typed, saving nothing.
    var added = wrong.submit("#import-form", Map.of("intent", "add-recommendation"));
    assertEquals(200, added.status());
    assertEquals(rows + 1, added.all(".tracker-recommendation").size());
    assertEquals("6", added.one("#recommendations-5--number").attr("value"));
    assertEquals("lots", added.one("#publishedScore").attr("value"));
    var removed = added.submit("#import-form", Map.of("intent", "remove-1"));
    assertEquals(rows, removed.all(".tracker-recommendation").size());
    assertEquals("3", removed.one("#recommendations-1--number").attr("value"));
    assertEquals("6", removed.one("#recommendations-4--number").attr("value"));
    assertEquals(
        5,
        Api.at(base)
            .asAdmin()
            .get("/api/imports/" + id)
            .json()
            .getJsonArray("recommendations")
            .size());
  }

  @Test
  void onlyInspectorateStaffSeeADraft() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("No review YJS", "LONDON");
    String lead = fixtures.account("no-review", "SERVICE_LEAD", service);
    JsonObject draft =
        Api.at(base)
            .asAdmin()
            .upload(
                "/api/imports",
                unique("bexley-2024").getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8")
            .json();
    Pages pages = Pages.at(base).signedInAs(lead, Api.PASSWORD);
    assertEquals(403, pages.get("/imports/" + draft.getInt("id")).status());
    String token = pages.get("/inspections").one("meta[name=csrf-token]").attr("content");
    assertEquals(
        403,
        pages
            .post(
                "/imports/" + draft.getInt("id"),
                Map.of("_csrf", List.of(token), "intent", List.of("confirm")))
            .status());
    Pages inspector =
        Pages.at(base).signedInAs(fixtures.account("looker", "INSPECTOR"), Api.PASSWORD);
    assertEquals(404, inspector.get("/imports/999999999").status());
  }

  /** Ids given to more than one element: labels and error links would find the wrong one. */
  static List<String> duplicateIds(Pages.Page page) {
    var seen = new java.util.HashSet<String>();
    return page.all("[id]").stream().map(e -> e.id()).filter(id -> !seen.add(id)).toList();
  }

  static String unique(String report) {
    return text(report) + "\n\nPage test copy " + UUID.randomUUID() + "\n";
  }

  static String text(String report) {
    try (InputStream in = ImportPagesIT.class.getResourceAsStream("/reports/" + report + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
