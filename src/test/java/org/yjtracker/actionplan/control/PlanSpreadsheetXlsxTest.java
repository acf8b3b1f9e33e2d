package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanSpreadsheet.Format;
import org.yjtracker.actionplan.entity.Rag;

/** Reading plan spreadsheets saved as XLSX workbooks, made here with Apache POI. */
class PlanSpreadsheetXlsxTest {

  /** A cover sheet, then the plan: a title, the header, merged recommendation cells. */
  static byte[] workbook() throws IOException {
    try (var book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      Sheet cover = book.createSheet("Cover");
      cover.createRow(0).createCell(0).setCellValue("Improvement plan, approved by the board");
      Sheet plan = book.createSheet("Plan");
      CellStyle ukDate = book.createCellStyle();
      ukDate.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle usDate = book.createCellStyle();
      usDate.setDataFormat((short) 14); // Excel's built-in "m/d/yy"
      plan.createRow(0).createCell(0).setCellValue("Action plan");
      Row header = plan.createRow(2);
      String[] headings = {
        "Rec No",
        "Recommendation",
        "Action",
        "Lead Officer",
        "Lead Agency",
        "Target Date",
        "Progress",
        "RAG Status"
      };
      for (int i = 0; i < headings.length; i++) {
        header.createCell(i).setCellValue(headings[i]);
      }
      Row first = plan.createRow(3);
      first.createCell(0).setCellValue(1); // a number cell
      first.createCell(1).setCellValue("Improve the quality of assessment");
      first.createCell(2).setCellValue("Audit ten cases a month");
      first.createCell(3).setCellValue("Jane Smith");
      first.createCell(4).setCellValue("YJS");
      first.createCell(5).setCellValue(LocalDate.of(2025, 3, 31));
      first.getCell(5).setCellStyle(ukDate);
      first.createCell(6).setCellValue("Audits started in January");
      first.createCell(7).setCellValue("A");
      Row second = plan.createRow(4);
      second.createCell(2).setCellValue("Train every case manager");
      second.createCell(4).setCellValue("Police");
      second.createCell(5).setCellValue(LocalDate.of(2025, 4, 5));
      second.getCell(5).setCellStyle(usDate);
      second.createCell(7).setCellFormula("\"Gr\"&\"een\"");
      plan.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
      plan.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
      Row third = plan.createRow(6);
      third.createCell(0).setCellValue("R2");
      third.createCell(2).setCellValue("Quarterly oversight audit");
      third.createCell(5).setCellValue("June 2025");
      third.createCell(7).setCellValue("Purple");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void readsTheSheetThatHoldsThePlan() throws IOException {
    List<SheetRow> rows = PlanSpreadsheet.read(workbook(), Format.XLSX);
    assertEquals(3, rows.size());
    SheetRow first = rows.get(0);
    assertEquals(4, first.sheetRow());
    assertEquals("1", first.ref());
    assertEquals("Improve the quality of assessment", first.recommendation());
    assertEquals("Jane Smith", first.leadPerson());
    assertEquals("YJS", first.leadAgency());
    assertEquals(LocalDate.of(2025, 3, 31), first.targetDate());
    assertEquals("Audits started in January", first.progress());
    assertEquals(Rag.AMBER, first.rag());
    assertEquals(List.of(), first.problems());
  }

  @Test
  void dateCellsAreReadAsDatesWhateverTheirFormatAndFormulasByTheirResult() throws IOException {
    SheetRow second = PlanSpreadsheet.read(workbook(), Format.XLSX).get(1);
    assertEquals(LocalDate.of(2025, 4, 5), second.targetDate(), "not 4 May from 4/5/25");
    assertEquals(Rag.GREEN, second.rag());
    assertEquals("1", second.ref(), "merged cells carry the recommendation down");
    assertNull(second.leadPerson());
    assertEquals("Police", second.leadAgency());
  }

  @Test
  void badCellsAreProblemsOfTheirRow() throws IOException {
    SheetRow third = PlanSpreadsheet.read(workbook(), Format.XLSX).get(2);
    assertEquals(7, third.sheetRow());
    assertEquals(LocalDate.of(2025, 6, 30), third.targetDate());
    assertEquals(List.of("rag"), PlanSpreadsheetTest.fields(third));
  }

  @Test
  void aWorkbookIsRecognisedByItsContentWhateverItIsSentAs() throws IOException {
    assertEquals(3, PlanSpreadsheet.read(workbook(), Format.CSV).size());
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    byte[] bomb = inflate(workbook(), "xl/worksheets/sheet2.xml", 30 * 1024 * 1024);
    var refused =
        assertThrows(UnreadableSheetException.class, () -> PlanSpreadsheet.read(bomb, Format.XLSX));
    assertTrue(refused.getMessage().contains("zip bomb"), refused::getMessage);
  }

  @Test
  void aZipThatIsNoWorkbookIsRefused() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    assertThrows(
        UnreadableSheetException.class, () -> PlanSpreadsheet.read(out.toByteArray(), Format.XLSX));
  }

  /** The workbook with one part padded by whitespace that compresses a thousandfold. */
  private static byte[] inflate(byte[] workbook, String part, int padding) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(workbook));
        var zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1024 * 1024];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < padding / spaces.length; i++) {
            zip.write(spaces);
          }
          zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(content);
        }
      }
    }
    return out.toByteArray();
  }
}
