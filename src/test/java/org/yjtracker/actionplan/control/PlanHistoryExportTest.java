package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanReport.HistoryLine;

/** Lateness and the status history in the workbook and the board paper. */
class PlanHistoryExportTest {

  static PlanReport late(long daysLate, boolean submitted) {
    var base = PlanRowsTest.report();
    return new PlanReport(
        base.service(),
        base.published(),
        base.planStatus(),
        base.dueDate(),
        base.paperDate(),
        base.overallRating(),
        base.score(),
        base.standards(),
        base.recommendations(),
        base.otherActions(),
        daysLate,
        submitted,
        List.of(
            new HistoryLine(
                LocalDate.of(2026, 2, 3),
                "Action: Flag every child on police systems",
                null,
                "NOT_STARTED",
                "lead@example.org",
                null),
            new HistoryLine(
                LocalDate.of(2026, 3, 4),
                "Recommendation 1",
                "OPEN",
                "IN_PROGRESS",
                null,
                "As its actions now stand"),
            new HistoryLine(
                LocalDate.of(2026, 4, 5),
                "Action: =cmd",
                "IN_PROGRESS",
                "BLOCKED",
                "partner@example.org",
                "=HYPERLINK(\"http://evil\")")),
        "Standards framework (2018)",
        "Standard inspection",
        true,
        null);
  }

  @Test
  void latenessIsSaidInDaysOnlyWhenThePlanIsLate() {
    assertNull(late(0, false).lateness());
    assertNull(late(0, false).latenessSentence());
    assertEquals("Late by 1 day", late(1, true).lateness());
    assertEquals("Late by 42 days", late(42, false).lateness());
    assertEquals(
        "Late by 42 days: the plan was due by 26 January 2024 and has not been submitted.",
        late(42, false).latenessSentence());
    assertEquals(
        "Late by 3 days: the plan went to the inspectorate after its due date of 26 January 2024.",
        late(3, true).latenessSentence());
    assertEquals(
        "26 January 2024 (Late by 42 days)",
        late(42, false).titleLines().stream()
            .filter(l -> l[0].equals("Plan due"))
            .findFirst()
            .orElseThrow()[1]);
    assertEquals(
        "26 January 2024",
        PlanRowsTest.report().titleLines().stream()
            .filter(l -> l[0].equals("Plan due"))
            .findFirst()
            .orElseThrow()[1]);
  }

  @Test
  void historyCellsPutStatusesInWords() {
    var lines = late(0, false).history();
    assertEquals(
        List.of(
            "3 February 2026",
            "Action: Flag every child on police systems",
            "",
            "Not started",
            "lead@example.org",
            ""),
        PlanReport.cells(lines.get(0)));
    assertEquals(
        List.of(
            "4 March 2026",
            "Recommendation 1",
            "Open",
            "In progress",
            "",
            "As its actions now stand"),
        PlanReport.cells(lines.get(1)));
  }

  @Test
  void theWorkbookSaysHowLateAndHasAStatusHistorySheet() throws Exception {
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(PlanWorkbook.write(late(42, false))))) {
      DataFormatter cells = new DataFormatter();
      var plan = workbook.getSheet("Plan");
      assertEquals("Plan due", cells.formatCellValue(plan.getRow(4).getCell(0)));
      assertEquals(
          "26 January 2024 (Late by 42 days)", cells.formatCellValue(plan.getRow(4).getCell(1)));
      var history = workbook.getSheet("Status history");
      List<List<String>> rows = new ArrayList<>();
      for (Row row : history) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < PlanReport.HISTORY_HEADINGS.size(); c++) {
          values.add(cells.formatCellValue(row.getCell(c)));
        }
        rows.add(values);
      }
      assertEquals(PlanReport.HISTORY_HEADINGS, rows.get(0));
      assertEquals(4, rows.size(), rows::toString);
      assertEquals(
          List.of(
              "4 March 2026",
              "Recommendation 1",
              "Open",
              "In progress",
              "",
              "As its actions now stand"),
          rows.get(2));
      assertEquals("Blocked", rows.get(3).get(3));
      assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(3).get(5), "a formula is guarded");
    }
  }

  @Test
  void thePlanImportStillReadsALatePlansWorkbook() {
    var rows =
        PlanSpreadsheet.read(PlanWorkbook.write(late(42, false)), PlanSpreadsheet.Format.XLSX);
    assertEquals(3, rows.size(), "the three actions; the title and the history sheet are skipped");
    assertEquals("Flag every child on police systems", rows.get(0).action());
  }

  @Test
  void theBoardPaperSaysHowLateAndEndsWithTheStatusHistory() throws Exception {
    String paper = text(BoardPaper.write(late(42, false)));
    for (String expected :
        List.of(
            "Late by 42 days: the plan was due by 26 January 2024 and has not been submitted.",
            "Plan due 26 January 2024 (Late by 42 days)",
            "Status history",
            "Date Action or recommendation From To Who Why",
            "4 March 2026 Recommendation 1 Open In progress As its actions now stand",
            "lead@example.org")) {
      assertTrue(paper.contains(expected), () -> "'" + expected + "' in " + paper);
    }
    String onTime = text(BoardPaper.write(PlanRowsTest.report()));
    assertTrue(!onTime.contains("Late by"), onTime);
    assertTrue(onTime.contains("No change of status has been recorded."), onTime);
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
