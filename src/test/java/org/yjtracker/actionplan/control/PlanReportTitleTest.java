package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanReport.StandardRating;

/**
 * The title of the workbook and the board paper names the framework and the kind of inspection, and
 * says nothing of a score where the framework gives none (the 2025 framework).
 */
class PlanReportTitleTest {

  /** A plan of a 2025 inspection of work with children and victims (Lambeth's ratings). */
  static PlanReport children2025() {
    var base = PlanRowsTest.report();
    return new PlanReport(
        "Lambeth YJS",
        "2026-01-13",
        base.planStatus(),
        base.dueDate(),
        base.paperDate(),
        "GOOD",
        null,
        List.of(
            new StandardRating("2.1", "Assessing", "GOOD"),
            new StandardRating("2.2", "Planning", "OUTSTANDING"),
            new StandardRating("2.3", "Implementation and delivery", "OUTSTANDING"),
            new StandardRating("V1", "Work with victims", "REQUIRES_IMPROVEMENT")),
        base.recommendations(),
        base.otherActions(),
        0,
        false,
        List.of(),
        "Youth justice inspection framework (2025)",
        "Inspection of work with children and victims",
        false,
        null);
  }

  static PlanReport standard2018() {
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
        0,
        false,
        List.of(),
        "Standards framework (2018)",
        "Standard inspection",
        true,
        null);
  }

  private static String line(PlanReport report, String name) {
    return report.titleLines().stream()
        .filter(l -> l[0].equals(name))
        .findFirst()
        .map(l -> l[1])
        .orElse(null);
  }

  @Test
  void aPlanOf2025SaysItsKindAndFrameworkAndNoScore() {
    PlanReport report = children2025();
    assertEquals(
        "Inspection of work with children and victims, published 13 January 2026",
        line(report, "Inspection"));
    assertEquals("Youth justice inspection framework (2025)", line(report, "Framework"));
    assertEquals("Good", line(report, "Overall rating"));
    assertEquals(null, line(report, "Score"), "the 2025 framework gives no score");
  }

  @Test
  void aPlanOfAScoredInspectionKeepsItsScoreLine() {
    PlanReport report = standard2018();
    assertEquals("Standard inspection, published December 2023", line(report, "Inspection"));
    assertEquals("Standards framework (2018)", line(report, "Framework"));
    assertEquals("28", line(report, "Score"));
    // Scored but none recorded: the line is there, empty, as before.
    assertEquals("Published December 2023", PlanRowsTest.report().inspection());
    assertEquals("28", line(PlanRowsTest.report(), "Score"));
  }

  @Test
  void theBoardPaperOf2025NamesKindAndFrameworkAndMentionsNoScore() throws Exception {
    String paper;
    try (var document = Loader.loadPDF(BoardPaper.write(children2025()))) {
      paper = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertTrue(
        paper.contains(
            "Inspection Inspection of work with children and victims, published 13 January 2026"),
        paper);
    assertTrue(paper.contains("Framework Youth justice inspection framework (2025)"), paper);
    assertTrue(paper.contains("Overall rating Good"), paper);
    assertTrue(paper.contains("V1 Work with victims Requires improvement"), paper);
    assertFalse(paper.contains("Score"), paper);
    assertFalse(paper.contains("out of 36"), paper);
  }

  @Test
  void theWorkbookOf2025HasTheTitleAndItsSheetStillImports() throws Exception {
    for (PlanReport report : List.of(children2025(), standard2018())) {
      byte[] bytes = PlanWorkbook.write(report);
      try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        DataFormatter cells = new DataFormatter();
        List<String> titles = new ArrayList<>();
        for (Row row : workbook.getSheet("Plan")) {
          titles.add(cells.formatCellValue(row.getCell(0)));
        }
        assertTrue(titles.contains("Framework"), titles::toString);
        assertEquals(report.scored(), titles.contains("Score"), titles::toString);
      }
      // The headings stay within the rows the plan import looks through: the workbook reads back
      // as the CSV (no title rows) does.
      int rows = PlanSpreadsheet.read(PlanCsv.write(report), PlanSpreadsheet.Format.CSV).size();
      assertTrue(rows > 0);
      assertEquals(rows, PlanSpreadsheet.read(bytes, PlanSpreadsheet.Format.XLSX).size());
    }
  }
}
