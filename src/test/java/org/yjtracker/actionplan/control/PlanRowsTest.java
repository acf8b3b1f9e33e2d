package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanReport.ActionLine;
import org.yjtracker.actionplan.control.PlanReport.RecommendationPart;
import org.yjtracker.actionplan.control.PlanReport.StandardRating;
import org.yjtracker.actionplan.entity.Rag;

class PlanRowsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  static PlanReport report() {
    var overdue =
        new ActionLine(
            "Flag children on police systems",
            "Flag every child on police systems",
            null,
            "Every child flagged",
            "Test police",
            "A. Lead",
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 6, 30),
            "IN_PROGRESS",
            "RED",
            LocalDate.of(2026, 7, 1),
            "Half the systems done",
            true,
            false);
    var onTrack =
        new ActionLine(
            "Link",
            "=HYPERLINK(\"http://evil\")",
            null,
            null,
            "Test YJS",
            null,
            null,
            LocalDate.of(2027, 3, 31),
            "NOT_STARTED",
            "GREEN",
            null,
            null,
            false,
            true);
    var other =
        new ActionLine(
            "Train staff",
            "Train staff",
            "Staff supervision",
            null,
            "Test YJS",
            "B. Person",
            null,
            LocalDate.of(2027, 1, 31),
            "COMPLETE",
            "GREEN",
            LocalDate.of(2026, 10, 1),
            "-done, all of them",
            false,
            false);
    return new PlanReport(
        "Test YJS",
        "2023-12",
        "DRAFT",
        LocalDate.of(2024, 1, 26),
        TODAY,
        "GOOD",
        28,
        List.of(new StandardRating("1.1", "Governance and leadership", "OUTSTANDING")),
        List.of(
            new RecommendationPart(
                1,
                "Police",
                "Make sure children are flagged",
                List.of("Test police", "Test YJS"),
                "IN_PROGRESS",
                "AGREED",
                List.of(overdue, onTrack),
                null),
            new RecommendationPart(
                2, null, "Improve health", List.of("Test health"), "OPEN", null, List.of(), null)),
        List.of(other));
  }

  @Test
  void oneRowPerActionAndOneForARecommendationWithoutActions() {
    List<List<String>> rows = PlanRows.of(report());
    assertEquals(4, rows.size());
    List<String> first = rows.get(0);
    assertEquals(PlanRows.HEADINGS.size(), first.size());
    assertEquals("1", cell(first, "Ref"));
    assertEquals("Make sure children are flagged", cell(first, "Recommendation"));
    assertEquals("Test police; Test YJS", cell(first, "Addressed to"));
    assertEquals("Agreed", cell(first, "Acceptance"));
    assertEquals("In progress", cell(first, "Recommendation status"));
    assertEquals("Flag children on police systems", cell(first, "Action title"));
    assertEquals("Test police", cell(first, "Lead agency"));
    assertEquals("A. Lead", cell(first, "Lead officer"));
    assertEquals("2026-06-30", cell(first, "Target date"));
    assertEquals("Red", cell(first, "RAG"));
    assertEquals("Overdue", cell(first, "Flags"));
    assertEquals("2026-07-01", cell(first, "Reported on"));
    assertEquals("Half the systems done", cell(first, "Progress"));
    assertEquals(PlanReport.STALE, cell(rows.get(1), "Flags"));
    List<String> bare = rows.get(2);
    assertEquals("2", cell(bare, "Ref"));
    assertEquals("Open", cell(bare, "Recommendation status"));
    assertEquals("", cell(bare, "Action"));
    assertEquals("", cell(rows.get(3), "Ref"));
    assertEquals("Staff supervision", cell(rows.get(3), "Area for improvement"));
  }

  @Test
  void aCarriedRecommendationSaysWhichInspectionItCameFrom() {
    var carried =
        new RecommendationPart(
            3,
            null,
            "Improve victim work",
            List.of("Test YJS"),
            "OPEN",
            null,
            List.of(),
            "July 2022");
    var base = report();
    var report =
        new PlanReport(
            base.service(),
            base.published(),
            base.planStatus(),
            base.dueDate(),
            base.paperDate(),
            base.overallRating(),
            base.score(),
            base.standards(),
            List.of(carried),
            List.of());
    List<String> row = PlanRows.of(report).get(0);
    assertEquals("3 (July 2022)", cell(row, "Ref"));
    assertEquals("Improve victim work", cell(row, "Recommendation"));
    assertEquals("5 March 2024", PlanReport.readable("2024-03-05"));
    assertEquals("not a date", PlanReport.readable("not a date"));
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreGuarded() {
    assertEquals("'=1+1", PlanRows.guard("=1+1"));
    assertEquals("'+44 20", PlanRows.guard("+44 20"));
    assertEquals("'-2", PlanRows.guard("-2"));
    assertEquals("'@SUM(A1)", PlanRows.guard("@SUM(A1)"));
    assertEquals("'\tx", PlanRows.guard("\tx"));
    assertEquals("'\rx", PlanRows.guard("\rx"));
    assertEquals("a = b", PlanRows.guard("a = b"));
    assertEquals("", PlanRows.guard(""));
    assertNull(PlanRows.guard(null));
    List<List<String>> rows = PlanRows.of(report());
    assertEquals("'=HYPERLINK(\"http://evil\")", cell(rows.get(1), "Action"));
    assertEquals("'-done, all of them", cell(rows.get(3), "Progress"));
  }

  @Test
  void theCsvHasTheHeadingsFirstAndTheRowsBelow() throws Exception {
    byte[] csv = PlanCsv.write(report());
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
    List<CSVRecord> records =
        CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    assertEquals(PlanRows.HEADINGS, records.get(0).toList());
    assertEquals(5, records.size());
    assertEquals("Link", records.get(2).get(6));
    assertEquals("'=HYPERLINK(\"http://evil\")", records.get(2).get(7));
  }

  @Test
  void theWorkbookHasTheTitleTheHeadingsAndTheRatings() throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(PlanWorkbook.write(report())))) {
      var plan = workbook.getSheet("Plan");
      assertEquals("Test YJS", plan.getRow(0).getCell(1).getStringCellValue());
      int header = 8;
      assertEquals("Ref", plan.getRow(header).getCell(0).getStringCellValue());
      assertEquals("Progress", plan.getRow(header).getCell(17).getStringCellValue());
      assertEquals(
          "Flag children on police systems",
          plan.getRow(header + 1).getCell(6).getStringCellValue());
      assertEquals(
          "Flag every child on police systems",
          plan.getRow(header + 1).getCell(7).getStringCellValue());
      assertEquals("Overdue", plan.getRow(header + 1).getCell(15).getStringCellValue());
      var ratings = workbook.getSheet("Ratings");
      assertEquals("Outstanding", ratings.getRow(1).getCell(2).getStringCellValue());
    }
  }

  /** The plan import reads the export back: its headings are the import's own. */
  @Test
  void thePlanImportReadsTheExportBack() {
    for (PlanSpreadsheet.Format format : PlanSpreadsheet.Format.values()) {
      byte[] bytes =
          format == PlanSpreadsheet.Format.CSV
              ? PlanCsv.write(report())
              : PlanWorkbook.write(report());
      List<SheetRow> rows = PlanSpreadsheet.read(bytes, format);
      assertEquals(3, rows.size(), format + ": the three actions, not the bare recommendation");
      SheetRow first = rows.get(0);
      assertEquals("1", first.ref(), format.name());
      assertEquals("Make sure children are flagged", first.recommendation());
      assertEquals("Flag every child on police systems", first.action());
      assertEquals("Every child flagged", first.successMeasure());
      assertEquals("Test police", first.leadAgency());
      assertEquals("A. Lead", first.leadPerson());
      assertEquals(LocalDate.of(2026, 1, 5), first.startDate());
      assertEquals(LocalDate.of(2026, 6, 30), first.targetDate());
      assertEquals("Half the systems done", first.progress());
      assertEquals(Rag.RED, first.rag());
      assertTrue(first.problems().isEmpty(), first.problems()::toString);
      assertEquals("Staff supervision", rows.get(2).areaForImprovement());
      assertEquals("=HYPERLINK(\"http://evil\")", rows.get(1).action(), "the guard is dropped");
      assertEquals("-done, all of them", rows.get(2).progress());
    }
  }

  /** Title and data rows are looked through for the headings; repeated words broke that. */
  @Test
  void aCellThatRepeatsAWordIsNoHeadingAndNoError() {
    assertTrue(SheetColumn.recognise("Make sure the police and the council agree").isEmpty());
  }

  @Test
  void theBoardPaperIsAPdf() {
    byte[] pdf = BoardPaper.write(report());
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void fileNamesAreAsciiAndSayWhatTheyHold() {
    assertEquals("test-yjs-improvement-plan-2026-11-26.xlsx", ExportFormat.XLSX.fileName(report()));
    assertEquals(ExportFormat.PDF, ExportFormat.named(" pdf ").orElseThrow());
    assertTrue(ExportFormat.named("docx").isEmpty());
  }

  private static String cell(List<String> row, String heading) {
    return row.get(PlanRows.HEADINGS.indexOf(heading));
  }
}
