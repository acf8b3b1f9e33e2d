package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.actionplan.control.PlanReport;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Inspections2025;

/**
 * A plan made through the API, downloaded as CSV, XLSX and PDF and read back: the headings, one row
 * per action (and one for a recommendation with none), the latest updates, the overdue mark, how
 * late the plan is, its status history, and who may download it.
 */
@ExtendWith(ArquillianExtension.class)
class PlanExportIT {

  private static final List<String> HEADINGS =
      List.of(
          "Ref",
          "Recommendation",
          "Addressed to",
          "Acceptance",
          "Recommendation status",
          "Area for improvement",
          "Action title",
          "Action",
          "Success measure",
          "Lead agency",
          "Lead officer",
          "Start date",
          "Target date",
          "Action status",
          "RAG",
          "Flags",
          "Reported on",
          "Progress");

  private static final List<String> HISTORY_HEADINGS =
      List.of("Date", "Action or recommendation", "From", "To", "Who", "Why");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Test
  void aPlanDownloadsAsCsvXlsxAndABoardPaperForWhoeverMayReadIt() throws Exception {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Export YJS", "LONDON");
    long board = f.board("Export board", service);
    long police = f.partner("POLICE", "Export police", service);
    long other = f.service("Other export YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Other export police", other);
    Api admin = Api.at(base).asAdmin();
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    long inspection = created.id();
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + inspection + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    JsonObject published = admin.get("/api/inspections/" + inspection).json();
    long rec1 =
        published.getJsonArray("recommendations").getJsonObject(0).getJsonNumber("id").longValue();

    String leadEmail = f.account("exlead", "SERVICE_LEAD", service);
    String policeEmail = f.account("expolice", "PARTNER", police);
    String strangerEmail = f.account("exstranger", "PARTNER", otherPolice);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    Api member = Api.at(base).as(f.account("exmember", "BOARD_MEMBER", board), Api.PASSWORD);
    var started =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    long plan = started.id();
    assertEquals(
        200,
        member
            .put(
                "/api/recommendations/" + rec1 + "/response",
                Json.createObjectBuilder().add("acceptance", "AGREED").build())
            .status());

    long overdue =
        lead.post(
                "/api/plans/" + plan + "/actions",
                action(rec1, police, "Flag children on police systems", "2025-01-06", "2025-06-30")
                    .add("leadPerson", "Pat Police")
                    .build())
            .id();
    long formula =
        lead.post(
                "/api/plans/" + plan + "/actions",
                action(rec1, service, "=HYPERLINK(\"http://x\")", "2026-12-01", "2099-12-31")
                    .build())
            .id();
    var firstUpdate =
        lead.post("/api/actions/" + overdue + "/updates", update("Half the systems done", "RED"));
    assertEquals(201, firstUpdate.status(), firstUpdate::toString);
    assertEquals(
        201,
        lead.post("/api/actions/" + formula + "/updates", update("Going well", "GREEN")).status());

    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    LocalDate due = LocalDate.parse("2023-12-01").plusDays(56);
    String lateBy = "Late by " + ChronoUnit.DAYS.between(due, today) + " days";

    // CSV: headings first, then one row per action and one for each recommendation without any.
    var csv = download(leadEmail, "/api/plans/" + plan + "/export?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(contentType(csv).startsWith("text/csv"), contentType(csv));
    assertTrue(
        disposition(csv)
            .matches("attachment; filename=\"export-yjs-.*-improvement-plan-.*\\.csv\""),
        disposition(csv));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"));
    List<CSVRecord> records =
        CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    assertEquals(HEADINGS, records.get(0).toList());
    List<Map<String, String>> rows =
        records.subList(1, records.size()).stream().map(r -> asMap(r.toList())).toList();
    assertEquals(2 + 4, rows.size(), "two actions of recommendation 1, a row each for 2 to 5");
    Map<String, String> late = row(rows, "Flag children on police systems");
    assertEquals("1", late.get("Ref"));
    assertEquals("Agreed", late.get("Acceptance"));
    assertEquals(f.unique("Export police"), late.get("Lead agency"));
    assertEquals("Pat Police", late.get("Lead officer"));
    assertEquals("2025-01-06", late.get("Start date"));
    assertEquals("2025-06-30", late.get("Target date"));
    assertEquals("Red", late.get("RAG"));
    assertTrue(late.get("Flags").contains("Overdue"), late::toString);
    assertEquals("Half the systems done", late.get("Progress"));
    assertFalse(late.get("Reported on").isBlank());
    Map<String, String> guarded = row(rows, "'=HYPERLINK(\"http://x\")");
    assertEquals("", guarded.get("Flags"));
    assertEquals("Going well", guarded.get("Progress"));
    Map<String, String> bare =
        rows.stream().filter(r -> r.get("Ref").equals("2")).findFirst().orElseThrow();
    assertEquals("", bare.get("Action"));
    assertEquals("Open", bare.get("Recommendation status"));

    // The plan import reads the export back: each action matched to its recommendation and lead,
    // and refused only because the plan has it already.
    var preview = lead.upload("/api/plans/" + plan + "/import/preview", csv.body(), "text/csv");
    assertEquals(200, preview.status(), preview::toString);
    var previewRows = preview.json().getJsonArray("rows");
    assertEquals(2, previewRows.size(), preview::toString);
    for (JsonObject r : previewRows.getValuesAs(JsonObject.class)) {
      assertEquals(rec1, r.getJsonNumber("recommendationId").longValue(), r::toString);
      assertEquals(1, r.getJsonArray("problems").size(), r::toString);
      assertTrue(
          r.getJsonArray("problems").getJsonObject(0).getString("message").contains("already"),
          r::toString);
    }
    assertEquals(
        police,
        previewRows.getJsonObject(0).getJsonNumber("leadOrganisationId").longValue(),
        preview::toString);
    assertEquals(
        "=HYPERLINK(\"http://x\")",
        previewRows.getJsonObject(1).getString("action"),
        "the formula guard is not read as part of the text");
    // A board adds an action to recommendation 2 in the exported sheet and imports it.
    var edited = new StringBuilder();
    try (var printer = new CSVPrinter(edited, CSVFormat.EXCEL)) {
      printer.printRecord(HEADINGS);
      for (Map<String, String> r : rows) {
        if (r.get("Ref").equals("2")) {
          var added = new java.util.LinkedHashMap<>(r);
          added.put("Action", "Commission speech and language support");
          added.put("Lead agency", f.unique("Export YJS"));
          added.put("Target date", "2027-09-30");
          printer.printRecord(added.values());
        }
      }
    }
    var imported =
        lead.upload(
            "/api/plans/" + plan + "/import",
            edited.toString().getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(201, imported.status(), imported::toString);
    JsonObject rec2 = imported.json().getJsonArray("recommendations").getJsonObject(1);
    assertEquals(2, rec2.getInt("number"));
    assertEquals(
        "Commission speech and language support",
        rec2.getJsonArray("actions").getJsonObject(0).getString("description"));

    // XLSX: the title above the same headings and rows; overdue filled.
    var xlsx = download(leadEmail, "/api/plans/" + plan + "/export?format=xlsx");
    assertEquals(200, xlsx.statusCode());
    assertTrue(disposition(xlsx).endsWith(".xlsx\""), disposition(xlsx));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = workbook.getSheet("Plan");
      DataFormatter cells = new DataFormatter();
      assertEquals(f.unique("Export YJS"), cells.formatCellValue(sheet.getRow(0).getCell(1)));
      List<List<String>> all = new ArrayList<>();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < HEADINGS.size(); c++) {
          values.add(cells.formatCellValue(row.getCell(c)));
        }
        all.add(values);
      }
      int header = all.indexOf(HEADINGS);
      assertTrue(header > 0, "headings below the title");
      List<Map<String, String>> sheetRows =
          all.subList(header + 1, all.size()).stream().map(PlanExportIT::asMap).toList();
      assertEquals(
          rows.size(), sheetRows.size(), "the added action takes the place of the bare row");
      assertEquals(rows.get(0), sheetRows.get(0), "the workbook holds what the CSV holds");
      assertEquals(rows.get(1), sheetRows.get(1));
      assertEquals("Commission speech and language support", sheetRows.get(2).get("Action"));
      assertEquals(
          "Requires improvement",
          workbook.getSheet("Ratings").getRow(1).getCell(2).getStringCellValue());
      // Late: published in December 2023, so due in January 2024 and never submitted.
      Map<String, String> title = title(sheet);
      assertEquals("26 January 2024 (" + lateBy + ")", title.get("Plan due"));
      assertEquals("Standard inspection, published December 2023", title.get("Inspection"));
      assertEquals("Youth offending services standards framework (2018)", title.get("Framework"));
      assertEquals("17", title.get("Score"));
      List<List<String>> history = historyRows(workbook);
      assertEquals(HISTORY_HEADINGS, history.get(0));
      assertTrue(
          history.contains(
              List.of(
                  PlanReport.day(today),
                  "Action: Flag children on police systems",
                  "",
                  "Not started",
                  leadEmail,
                  "")),
          history::toString);
      assertTrue(
          history.contains(
              List.of(
                  PlanReport.day(today),
                  "Recommendation 1",
                  "",
                  "Open",
                  leadEmail,
                  "The plan was started")),
          history::toString);
    }

    // PDF: the board paper reads as the plan, overdue marked.
    var pdf = download(leadEmail, "/api/plans/" + plan + "/export?format=pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", contentType(pdf));
    assertTrue(disposition(pdf).endsWith(".pdf\""), disposition(pdf));
    String paper;
    try (var document = Loader.loadPDF(pdf.body())) {
      paper = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    for (String expected :
        List.of(
            f.unique("Export YJS") + ": improvement plan",
            "Plan status Draft",
            "Overall rating Requires improvement",
            "Score 17",
            "Recommendation 1",
            "Recommendation 5",
            "Flag children on police systems",
            "Pat Police",
            "Half the systems done",
            "Going well",
            "Overdue",
            "30 June 2025",
            lateBy + ": the plan was due by",
            "Status history",
            "Action: Flag children on police systems",
            leadEmail)) {
      assertTrue(paper.contains(expected), () -> "'" + expected + "' in " + paper);
    }

    // A partner downloads only what it sees: the actions it leads.
    var partnerCsv = download(policeEmail, "/api/plans/" + plan + "/export?format=csv");
    assertEquals(200, partnerCsv.statusCode());
    String partnerText = new String(partnerCsv.body(), StandardCharsets.UTF_8);
    assertTrue(partnerText.contains("Flag children on police systems"));
    assertFalse(partnerText.contains("HYPERLINK"), partnerText);
    // Its history too: its own action's entries, the recommendations' without names.
    var partnerXlsx = download(policeEmail, "/api/plans/" + plan + "/export?format=xlsx");
    assertEquals(200, partnerXlsx.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(partnerXlsx.body()))) {
      List<List<String>> history = historyRows(workbook);
      assertTrue(
          history.stream()
              .anyMatch(r -> r.get(1).equals("Action: Flag children on police systems")),
          history::toString);
      assertTrue(
          history.stream().noneMatch(r -> r.get(1).contains("HYPERLINK")), history::toString);
      history.stream()
          .filter(r -> r.get(1).startsWith("Recommendation"))
          .forEach(r -> assertEquals("", r.get(4), r::toString));
    }

    // Anyone else: not there. A format we do not make: the field named.
    assertEquals(
        404, download(strangerEmail, "/api/plans/" + plan + "/export?format=pdf").statusCode());
    assertEquals(401, download(null, "/api/plans/" + plan + "/export?format=csv").statusCode());
    var docx = lead.get("/api/plans/" + plan + "/export?format=docx");
    assertEquals(400, docx.status(), docx::toString);
    assertEquals("format", docx.firstErrorField());
    assertEquals("format", lead.get("/api/plans/" + plan + "/export").firstErrorField());
    assertEquals(404, download(leadEmail, "/api/plans/999999999/export?format=csv").statusCode());
  }

  /**
   * A plan of a 2025 inspection (issue 14) exports as any other: its title names the kind and the
   * framework and has no score; the board paper says the same and mentions no score.
   */
  @Test
  void aPlanOfA2025InspectionExportsWithItsKindAndFrameworkAndNoScore() throws Exception {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Export 2025 YJS", "LONDON");
    Api inspector = Api.at(base).as(f.account("ex25-inspector", "INSPECTOR"), Api.PASSWORD);
    long inspection = Inspections2025.publish(inspector, service);
    long rec1 =
        inspector
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String leadEmail = f.account("ex25lead", "SERVICE_LEAD", service);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    var started =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    long plan = started.id();
    var action =
        lead.post(
            "/api/plans/" + plan + "/actions",
            action(
                    rec1,
                    service,
                    "Contact every victim within five days",
                    "2026-02-01",
                    "2027-03-31")
                .build());
    assertEquals(201, action.status(), action::toString);
    assertEquals(
        201,
        lead.post("/api/actions/" + action.id() + "/updates", update("Rota agreed", "GREEN"))
            .status());
    String kind = "Inspection of work with children and victims, published 13 January 2026";

    var csv = download(leadEmail, "/api/plans/" + plan + "/export?format=csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    List<CSVRecord> records =
        CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    assertEquals(HEADINGS, records.get(0).toList());
    List<Map<String, String>> rows =
        records.subList(1, records.size()).stream().map(r -> asMap(r.toList())).toList();
    assertEquals(4, rows.size(), "an action for recommendation 1, a row each for 2 to 4");
    assertEquals("1", row(rows, "Contact every victim within five days").get("Ref"));

    var xlsx = download(leadEmail, "/api/plans/" + plan + "/export?format=xlsx");
    assertEquals(200, xlsx.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Map<String, String> title = title(workbook.getSheet("Plan"));
      assertEquals(kind, title.get("Inspection"));
      assertEquals("Youth justice inspection framework (2025)", title.get("Framework"));
      assertEquals("Good", title.get("Overall rating"));
      assertFalse(title.containsKey("Score"), title::toString);
      DataFormatter cells = new DataFormatter();
      var ratings = workbook.getSheet("Ratings");
      assertEquals("V1", cells.formatCellValue(ratings.getRow(4).getCell(0)));
      assertEquals("Requires improvement", cells.formatCellValue(ratings.getRow(4).getCell(2)));
    }
    // The workbook reads back as the plan's own sheet: its one action is there already.
    var preview = lead.upload("/api/plans/" + plan + "/import/preview", xlsx.body(), XLSX);
    assertEquals(200, preview.status(), preview::toString);
    assertEquals(1, preview.json().getJsonArray("rows").size(), preview::toString);

    var pdf = download(leadEmail, "/api/plans/" + plan + "/export?format=pdf");
    assertEquals(200, pdf.statusCode());
    String paper;
    try (var document = Loader.loadPDF(pdf.body())) {
      paper = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    for (String expected :
        List.of(
            f.unique("Export 2025 YJS") + ": improvement plan",
            "Inspection " + kind,
            "Framework Youth justice inspection framework (2025)",
            "Overall rating Good",
            "V1 Work with victims Requires improvement",
            "Recommendation 4",
            "Contact every victim within five days",
            "Rota agreed")) {
      assertTrue(paper.contains(expected), () -> "'" + expected + "' in " + paper);
    }
    assertFalse(paper.contains("Score"), paper);
    assertFalse(paper.contains("out of 36"), paper);
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The title lines above a workbook's headings: each name with its value. */
  private static Map<String, String> title(org.apache.poi.ss.usermodel.Sheet sheet) {
    DataFormatter cells = new DataFormatter();
    Map<String, String> title = new java.util.LinkedHashMap<>();
    for (Row row : sheet) {
      String name = cells.formatCellValue(row.getCell(0));
      if (name.isBlank()) {
        break;
      }
      title.put(name, cells.formatCellValue(row.getCell(1)));
    }
    return title;
  }

  private static List<List<String>> historyRows(XSSFWorkbook workbook) {
    DataFormatter cells = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : workbook.getSheet("Status history")) {
      List<String> values = new ArrayList<>();
      for (int c = 0; c < HISTORY_HEADINGS.size(); c++) {
        values.add(cells.formatCellValue(row.getCell(c)));
      }
      rows.add(values);
    }
    return rows;
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String action) {
    return rows.stream()
        .filter(r -> r.get("Action").equals(action))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + action + " in " + rows));
  }

  private static Map<String, String> asMap(List<String> cells) {
    var map = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < HEADINGS.size(); i++) {
      map.put(HEADINGS.get(i), i < cells.size() ? cells.get(i) : "");
    }
    return map;
  }

  private static jakarta.json.JsonObjectBuilder action(
      long recommendation, long lead, String description, String start, String target) {
    return Json.createObjectBuilder()
        .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
        .add("leadOrganisationId", lead)
        .add("description", description)
        .add("successMeasure", "Measured")
        .add("startDate", start)
        .add("targetDate", target);
  }

  private static JsonObject update(String narrative, String rag) {
    return Json.createObjectBuilder().add("narrative", narrative).add("rag", rag).build();
  }

  private HttpResponse<byte[]> download(String email, String path)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(Api.at(base).uri(path))
            .header("Accept", "*/*")
            .header("X-Requested-With", "fetch")
            .GET();
    if (email != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((email + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static String disposition(HttpResponse<?> response) {
    return Optional.of(response.headers().allValues("Content-Disposition"))
        .map(v -> v.stream().collect(Collectors.joining(",")))
        .orElse("");
  }
}
