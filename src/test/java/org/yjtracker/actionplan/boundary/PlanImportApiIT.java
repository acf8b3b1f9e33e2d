package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;

/**
 * A plan kept in a spreadsheet, imported over HTTP against MariaDB: previewed without saving, then
 * imported whole or not at all; only the service's plan writers may import.
 */
@ExtendWith(ArquillianExtension.class)
class PlanImportApiIT {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Four actions: one in progress and rated, one bare, one rated only, one for an AFI. */
  static final String GOOD =
      """
      Ref,Recommendation,Action,Lead officer and agency,Target date,Progress,RAG
      1,Improve the quality of assessment,Audit ten cases every month,"Jane Smith, YJS",31/03/2027,Audits started in January,Amber
      R2,,Train every manager in oversight,Insp. Jones (Police),2027-06-30,,
      Rec 3,,Invite education leaders to every board,Board,March 2027,,G
      AFI 1,Volunteers' training,Run a course for volunteers,YJS,,,
      """;

  /** The fourth row's date cannot be read. */
  static final String ONE_BAD_ROW =
      """
      Ref,Action,Lead agency,Target date,RAG status
      1,Second round of case audits,YJS,30/04/2027,Green
      2,Peer review of oversight,YJS,30/04/2027,
      4,Speech and language screening,Health,30/09/2027,Red
      3,Board attendance tracker,Board,sometime soon,
      """;

  @ArquillianResource URL base;

  @Test
  void aServicePreviewsThenImportsItsSpreadsheetWholeOrNotAtAll() throws IOException {
    var f = new Fixtures(Api.at(base));
    long service = f.service("Import YJS", "LONDON");
    long board = f.board("Import board", service);
    long police = f.partner("POLICE", "Import police", service);
    long health = f.partner("HEALTH", "Import health", service);
    long other = f.service("Other import YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Other import police", other);
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, service);
    List<Long> recs =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getJsonNumber("id").longValue())
            .toList();

    String leadEmail = f.account("lead", "SERVICE_LEAD", service);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    Api viewer = Api.at(base).as(f.account("viewer", "VIEWER", service), Api.PASSWORD);
    Api policeUser = Api.at(base).as(f.account("police", "PARTNER", police), Api.PASSWORD);
    Api stranger = Api.at(base).as(f.account("stranger", "PARTNER", otherPolice), Api.PASSWORD);
    var started =
        lead.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    long plan = started.id();
    String preview = "/api/plans/" + plan + "/import/preview";
    String importing = "/api/plans/" + plan + "/import";

    // The preview shows what would be created, and creates nothing.
    var previewed = lead.upload(preview, bytes(GOOD), CSV);
    assertEquals(200, previewed.status(), previewed::toString);
    assertEquals(0, previewed.json().getInt("problems_count"), previewed::toString);
    assertTrue(previewed.json().getBoolean("importable"));
    List<JsonObject> rows = previewed.json().getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(4, rows.size());
    assertEquals(recs.get(0), rows.get(0).getJsonNumber("recommendationId").longValue());
    assertEquals(1, rows.get(0).getInt("recommendationNumber"));
    assertEquals(service, rows.get(0).getJsonNumber("leadOrganisationId").longValue());
    assertEquals("Jane Smith", rows.get(0).getString("leadPerson"));
    assertEquals("2027-03-31", rows.get(0).getString("targetDate"));
    assertEquals("AMBER", rows.get(0).getString("rag"));
    assertEquals(police, rows.get(1).getJsonNumber("leadOrganisationId").longValue());
    assertEquals(board, rows.get(2).getJsonNumber("leadOrganisationId").longValue());
    assertEquals(recs.get(2), rows.get(2).getJsonNumber("recommendationId").longValue());
    assertEquals(JsonValue.NULL, rows.get(3).get("recommendationId"));
    assertEquals("Volunteers' training", rows.get(3).getString("areaForImprovement"));
    assertEquals(0, actionCount(lead.get("/api/plans/" + plan).json()));

    // Who may: the service's plan writers only.
    assertEquals(403, viewer.upload(preview, bytes(GOOD), CSV).status());
    assertEquals(403, viewer.upload(importing, bytes(GOOD), CSV).status());
    assertEquals(404, stranger.upload(importing, bytes(GOOD), CSV).status());

    // The import creates every action, linked, with first updates where the sheet reports any.
    var imported = lead.upload(importing, bytes(GOOD), CSV);
    assertEquals(201, imported.status(), imported::toString);
    assertTrue(imported.header("Location").endsWith("/api/plans/" + plan), imported::toString);
    JsonObject view = imported.json();
    assertEquals(4, actionCount(view));
    JsonObject first = actionOf(view, 0);
    assertEquals("Audit ten cases every month", first.getString("description"));
    assertEquals("IN_PROGRESS", first.getString("status"));
    assertEquals("2027-03-31", first.getString("targetDate"));
    assertEquals("Jane Smith", first.getString("leadPerson"));
    JsonObject update = first.getJsonObject("latestUpdate");
    assertEquals("Audits started in January", update.getString("narrative"));
    assertEquals("AMBER", update.getString("rag"));
    assertEquals(leadEmail, update.getString("author"));
    assertEquals(JsonValue.NULL, update.get("percentComplete"));
    JsonObject second = actionOf(view, 1);
    assertEquals("NOT_STARTED", second.getString("status"));
    assertEquals(police, second.getJsonObject("leadOrganisation").getJsonNumber("id").longValue());
    assertEquals(JsonValue.NULL, second.get("latestUpdate"));
    JsonObject third = actionOf(view, 2);
    assertEquals("NOT_STARTED", third.getString("status"));
    assertEquals(
        "Imported from spreadsheet", third.getJsonObject("latestUpdate").getString("narrative"));
    assertEquals("GREEN", third.getJsonObject("latestUpdate").getString("rag"));
    JsonObject afi = view.getJsonArray("otherActions").getJsonObject(0);
    assertEquals("Volunteers' training", afi.getString("areaForImprovement"));
    long firstId = first.getJsonNumber("id").longValue();
    var audit = admin.get("/api/audit?objectType=PlanAction&objectId=" + firstId).json();
    assertEquals(1, audit.getInt("total"), audit::toString);
    // The police partner now leads an action and sees the plan, but may not import into it.
    assertEquals(403, policeUser.upload(importing, bytes(GOOD), CSV).status());

    // The same sheet again would double the plan: refused, every row named.
    var again = lead.upload(importing, bytes(GOOD), CSV);
    assertEquals(400, again.status(), again::toString);
    assertEquals(4, again.json().getJsonArray("errors").size(), again::toString);
    assertEquals("rows[0].action", again.firstErrorField());

    // One bad row: the preview says which, and the import saves nothing at all.
    var badPreview = lead.upload(preview, bytes(ONE_BAD_ROW), CSV);
    assertEquals(200, badPreview.status(), badPreview::toString);
    assertEquals(1, badPreview.json().getInt("problems_count"));
    assertEquals(false, badPreview.json().getBoolean("importable"));
    JsonObject badRow = badPreview.json().getJsonArray("rows").getJsonObject(3);
    assertEquals("targetDate", badRow.getJsonArray("problems").getJsonObject(0).getString("field"));
    var refused = lead.upload(importing, bytes(ONE_BAD_ROW), CSV);
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertEquals(1, errors.size(), refused::toString);
    assertEquals("rows[3].targetDate", errors.get(0).getString("field"));
    assertTrue(errors.get(0).getString("message").startsWith("Row 4: "), refused::toString);
    assertTrue(errors.get(0).getString("message").contains("'sometime soon'"), refused::toString);
    assertEquals(4, actionCount(lead.get("/api/plans/" + plan).json()));

    // A workbook imports too, its date cells read as dates.
    var fromExcel = lead.upload(importing, workbook(), XLSX);
    assertEquals(201, fromExcel.status(), fromExcel::toString);
    assertEquals(6, actionCount(fromExcel.json()));
    JsonObject screening = actionOf(fromExcel.json(), 3);
    assertEquals("Speech and language screening", screening.getString("description"));
    assertEquals("2027-09-30", screening.getString("targetDate"));
    assertEquals(
        health, screening.getJsonObject("leadOrganisation").getJsonNumber("id").longValue());
    assertEquals("RED", screening.getJsonObject("latestUpdate").getString("rag"));
    assertEquals("2027-06-30", actionsOf(fromExcel.json(), 4).get(0).getString("targetDate"));

    // Files that are too large, or no spreadsheet at all.
    byte[] huge = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    var tooLarge = lead.upload(importing, huge, CSV);
    assertEquals(413, tooLarge.status(), tooLarge::toString);
    byte[] garbage = new byte[20_000];
    new Random(42).nextBytes(garbage);
    assertEquals(422, lead.upload(importing, garbage, XLSX).status());
    var notCsv = lead.upload(preview, garbage, CSV);
    assertEquals(422, notCsv.status(), notCsv::toString);
    assertEquals(422, lead.upload(importing, new byte[0], CSV).status());
    assertEquals(6, actionCount(lead.get("/api/plans/" + plan).json()));
  }

  private static byte[] bytes(String csv) {
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  /** Two actions in a workbook: a date cell and a month written as text. */
  private static byte[] workbook() throws IOException {
    try (var book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Action plan");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      String[] headings = {"Rec No", "Action", "Lead Agency", "Target Date", "RAG Status"};
      for (int i = 0; i < headings.length; i++) {
        header.createCell(i).setCellValue(headings[i]);
      }
      Row first = sheet.createRow(1);
      first.createCell(0).setCellValue(4);
      first.createCell(1).setCellValue("Speech and language screening");
      first.createCell(2).setCellValue("Health");
      first.createCell(3).setCellValue(LocalDate.of(2027, 9, 30));
      first.getCell(3).setCellStyle(date);
      first.createCell(4).setCellValue("Red");
      Row second = sheet.createRow(2);
      second.createCell(0).setCellValue("R5");
      second.createCell(1).setCellValue("Hear from children and their carers every quarter");
      second.createCell(2).setCellValue("YJS");
      second.createCell(3).setCellValue("June 2027");
      book.write(out);
      return out.toByteArray();
    }
  }

  private static long published(Api admin, long service) {
    var created =
        admin.post(
            "/api/inspections", InspectionBodies.fromReport("solihull-2023", service).build());
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        200,
        admin
            .post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    return created.id();
  }

  private static int actionCount(JsonObject plan) {
    int count = plan.getJsonArray("otherActions").size();
    for (JsonObject r : plan.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      count += r.getJsonArray("actions").size();
    }
    return count;
  }

  private static List<JsonObject> actionsOf(JsonObject plan, int recommendation) {
    return plan.getJsonArray("recommendations")
        .getJsonObject(recommendation)
        .getJsonArray("actions")
        .getValuesAs(JsonObject.class);
  }

  /** The one action answering the recommendation at this place. */
  private static JsonObject actionOf(JsonObject plan, int recommendation) {
    List<JsonObject> actions = actionsOf(plan, recommendation);
    assertEquals(1, actions.size(), plan::toString);
    return actions.get(0);
  }
}
