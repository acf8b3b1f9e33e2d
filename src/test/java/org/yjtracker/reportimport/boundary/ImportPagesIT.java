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
    assertTrue(word.one("#file-error").text().contains("PDF or a text file"));

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
