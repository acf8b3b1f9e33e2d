package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanSpreadsheet.Format;
import org.yjtracker.actionplan.entity.Rag;

/** Reading plan spreadsheets saved as CSV: headers, values, and rows that cannot be read. */
class PlanSpreadsheetTest {

  static List<SheetRow> csv(String text) {
    return PlanSpreadsheet.read(text.getBytes(StandardCharsets.UTF_8), Format.CSV);
  }

  static List<String> fields(SheetRow row) {
    return row.problems().stream().map(RowProblem::field).toList();
  }

  @Test
  void readsTheColumnsOfATypicalPlan() {
    List<SheetRow> rows =
        csv(
            """
            Ref,Recommendation,Action,Lead officer and agency,Target date,Progress,RAG
            1,Improve assessment,Audit ten cases a month,"Jane Smith, YJS",31/03/2025,Audits started,Amber
            R2,Management oversight,Train all managers,Police,2025-06-30,,G
            """);
    assertEquals(2, rows.size());
    SheetRow first = rows.get(0);
    assertEquals(1, first.row());
    assertEquals(2, first.sheetRow());
    assertEquals("1", first.ref());
    assertEquals("Improve assessment", first.recommendation());
    assertEquals("Audit ten cases a month", first.action());
    assertEquals("Jane Smith, YJS", first.lead());
    assertEquals(LocalDate.of(2025, 3, 31), first.targetDate());
    assertEquals("Audits started", first.progress());
    assertEquals(Rag.AMBER, first.rag());
    assertEquals(List.of(), first.problems());
    SheetRow second = rows.get(1);
    assertEquals("R2", second.ref());
    assertEquals(LocalDate.of(2025, 6, 30), second.targetDate());
    assertNull(second.progress());
    assertEquals(Rag.GREEN, second.rag());
  }

  @Test
  void headersVaryInWordingCaseAndOrderAndMayFollowATitle() {
    List<SheetRow> rows =
        csv(
            """
            Solihull YJS improvement plan 2025,,,,,,,
            ,,,,,,,
            RAG status,PLANNED COMPLETION DATE,lead agency,Lead Officer,Progress and impact,actions to be taken,Recommendation No.,Success measure
            R,March 2025,Health,Dr A. Patel,Not yet,Set up a CAMHS pathway,4,Waiting times under 6 weeks
            """);
    SheetRow row = rows.get(0);
    assertEquals(4, row.sheetRow());
    assertEquals(Rag.RED, row.rag());
    assertEquals(LocalDate.of(2025, 3, 31), row.targetDate());
    assertEquals("Health", row.leadAgency());
    assertEquals("Dr A. Patel", row.leadPerson());
    assertNull(row.lead());
    assertEquals("Not yet", row.progress());
    assertEquals("Set up a CAMHS pathway", row.action());
    assertEquals("4", row.ref());
    assertEquals("Waiting times under 6 weeks", row.successMeasure());
  }

  @Test
  void recognisesHeaderWordings() {
    assertEquals(SheetColumn.REF, SheetColumn.recognise("Ref").orElseThrow());
    assertEquals(SheetColumn.REF, SheetColumn.recognise("Rec no.").orElseThrow());
    assertEquals(SheetColumn.REF, SheetColumn.recognise("#").orElseThrow());
    assertEquals(SheetColumn.REF, SheetColumn.recognise("Action ref").orElseThrow());
    assertEquals(SheetColumn.RECOMMENDATION, SheetColumn.recognise("Recommendation").orElseThrow());
    assertEquals(
        SheetColumn.RECOMMENDATION,
        SheetColumn.recognise("Recommendation / area for improvement").orElseThrow());
    assertEquals(
        SheetColumn.AREA_FOR_IMPROVEMENT,
        SheetColumn.recognise("Area for improvement").orElseThrow());
    assertEquals(SheetColumn.ACTION, SheetColumn.recognise("Action").orElseThrow());
    assertEquals(SheetColumn.TITLE, SheetColumn.recognise("Action title").orElseThrow());
    assertEquals(SheetColumn.TITLE, SheetColumn.recognise("Short title").orElseThrow());
    assertEquals(SheetColumn.ACTION, SheetColumn.recognise("What will we do?").orElseThrow());
    assertEquals(SheetColumn.LEAD, SheetColumn.recognise("Lead officer & agency").orElseThrow());
    assertEquals(SheetColumn.LEAD, SheetColumn.recognise("Action owner").orElseThrow());
    assertEquals(SheetColumn.LEAD, SheetColumn.recognise("Lead").orElseThrow());
    assertEquals(SheetColumn.LEAD_PERSON, SheetColumn.recognise("Lead officer").orElseThrow());
    assertEquals(SheetColumn.LEAD_AGENCY, SheetColumn.recognise("Lead agency").orElseThrow());
    assertEquals(
        SheetColumn.LEAD_AGENCY, SheetColumn.recognise("Responsible organisation").orElseThrow());
    assertEquals(SheetColumn.TARGET_DATE, SheetColumn.recognise("Target date").orElseThrow());
    assertEquals(
        SheetColumn.TARGET_DATE, SheetColumn.recognise("Planned completion date").orElseThrow());
    assertEquals(SheetColumn.TARGET_DATE, SheetColumn.recognise("Timescale").orElseThrow());
    assertEquals(SheetColumn.START_DATE, SheetColumn.recognise("Start date").orElseThrow());
    assertEquals(SheetColumn.PROGRESS, SheetColumn.recognise("Progress").orElseThrow());
    assertEquals(SheetColumn.PROGRESS, SheetColumn.recognise("Progress and impact").orElseThrow());
    assertEquals(SheetColumn.PROGRESS, SheetColumn.recognise("Update").orElseThrow());
    assertEquals(SheetColumn.RAG, SheetColumn.recognise("RAG").orElseThrow());
    assertEquals(SheetColumn.RAG, SheetColumn.recognise("RAG status").orElseThrow());
    assertEquals(SheetColumn.RAG, SheetColumn.recognise("Red / Amber / Green").orElseThrow());
    assertEquals(
        SheetColumn.SUCCESS_MEASURE, SheetColumn.recognise("How will we know?").orElseThrow());
    assertTrue(SheetColumn.recognise("Action status").isEmpty());
    assertTrue(SheetColumn.recognise("Comments").isEmpty());
    assertTrue(SheetColumn.recognise("  ").isEmpty());
  }

  @Test
  void readsDatesAsPeopleWriteThem() {
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("31/03/2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 1), SheetValues.date("1/3/2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("31/03/25").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("31.03.2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("2025-03-31").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("2025-03-31 00:00:00").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("March 2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("Mar-25").orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 29), SheetValues.date("February 2024").orElseThrow());
    assertEquals(LocalDate.of(2025, 9, 30), SheetValues.date("Sept 2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("31st March 2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("31-Mar-2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("by end of March 2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("March 31, 2025").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 31), SheetValues.date("45747").orElseThrow());
    assertTrue(SheetValues.date("  ").isEmpty());
    for (String bad : List.of("soon", "31/13/2025", "30/02/2025", "Q1", "2025", "1/1/1890")) {
      assertThrows(java.time.DateTimeException.class, () -> SheetValues.date(bad), bad);
    }
  }

  @Test
  void readsRagRatingsInFullOrAsLetters() {
    assertEquals(Rag.RED, SheetValues.rag("Red").orElseThrow());
    assertEquals(Rag.RED, SheetValues.rag("r").orElseThrow());
    assertEquals(Rag.AMBER, SheetValues.rag("AMBER").orElseThrow());
    assertEquals(Rag.AMBER, SheetValues.rag("A").orElseThrow());
    assertEquals(Rag.AMBER, SheetValues.rag("Amber - a little behind").orElseThrow());
    assertEquals(Rag.GREEN, SheetValues.rag(" Green (on track) ").orElseThrow());
    assertEquals(Rag.GREEN, SheetValues.rag("G").orElseThrow());
    assertTrue(SheetValues.rag("").isEmpty());
    for (String bad : List.of("Blue", "Amber/Green", "on track", "5", "Reddish")) {
      assertThrows(IllegalArgumentException.class, () -> SheetValues.rag(bad), bad);
    }
  }

  @Test
  void eachBadRowSaysWhatIsWrongAndTheOthersAreRead() {
    List<SheetRow> rows =
        csv(
            """
            Ref,Action,Lead,Start date,Target date,RAG,Progress
            1,Good action,YJS,,31/03/2025,Green,
            1,,YJS,,31/03/2025,,Something happened
            2,Bad date,YJS,,next spring,,
            2,Bad RAG,YJS,,,Blue,
            3,Backwards,YJS,01/06/2025,01/05/2025,,
            """);
    assertEquals(5, rows.size());
    assertEquals(List.of(), rows.get(0).problems());
    assertEquals(List.of("action"), fields(rows.get(1)));
    assertEquals(List.of("targetDate"), fields(rows.get(2)));
    assertTrue(rows.get(2).problems().get(0).message().contains("'next spring'"));
    assertEquals(List.of("rag"), fields(rows.get(3)));
    assertTrue(rows.get(3).problems().get(0).message().contains("'Blue'"));
    assertEquals(List.of("targetDate"), fields(rows.get(4)));
    assertEquals(6, rows.get(4).sheetRow());
  }

  @Test
  void tooLongTextsAreProblems() {
    String longAction = "x".repeat(PlanSpreadsheet.MAX_ACTION + 1);
    List<SheetRow> rows = csv("Ref,Action,Lead officer\n1," + longAction + ",Jo\n");
    assertEquals(List.of("action"), fields(rows.get(0)));
    assertTrue(rows.get(0).problems().get(0).message().contains("4001"));
  }

  @Test
  void headingRowsAndBlankRecommendationCellsCarryTheRecommendationDown() {
    List<SheetRow> rows =
        csv(
            """
            Ref,Recommendation,Action,Lead,Target date
            1,Improve the quality of assessment,,,
            ,,First action,YJS,31/03/2025

            ,,Second action,Police,30/06/2025
            2,Management oversight,Third action,YJS,
            """);
    assertEquals(3, rows.size());
    assertEquals("1", rows.get(0).ref());
    assertEquals("Improve the quality of assessment", rows.get(0).recommendation());
    assertEquals(3, rows.get(0).sheetRow());
    assertEquals("1", rows.get(1).ref());
    assertEquals(5, rows.get(1).sheetRow());
    assertEquals(2, rows.get(1).row());
    assertEquals("2", rows.get(2).ref());
  }

  @Test
  void acceptsSemicolonsTabsAndExcelEncodings() {
    assertEquals("Réduire", csv("Ref;Action;Lead\n1;Réduire;YJS\n").get(0).action(), "semicolons");
    assertEquals("Tabbed", csv("Ref\tAction\tLead\n1\tTabbed\tYJS\n").get(0).action(), "tabs");
    byte[] withBom =
        ("\uFEFFRef,Action,Lead\n1,Costs £5 – or less,YJS\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "Costs £5 – or less", PlanSpreadsheet.read(withBom, Format.CSV).get(0).action(), "BOM");
    byte[] windows =
        "Ref,Action,Lead\n1,Costs £5 – or less,YJS\n".getBytes(Charset.forName("windows-1252"));
    assertEquals(
        "Costs £5 – or less", PlanSpreadsheet.read(windows, Format.CSV).get(0).action(), "1252");
    byte[] utf16 = "\uFEFFRef\tAction\tLead\n1\tWide\tYJS\n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Wide", PlanSpreadsheet.read(utf16, Format.CSV).get(0).action(), "UTF-16");
  }

  @Test
  void quotedCellsMayHoldCommasAndLineBreaks() {
    List<SheetRow> rows =
        csv("Ref,Action,Lead\n1,\"Audit, then\nreport\",YJS\n2,Next,\"Smith, Police\"\n");
    assertEquals("Audit, then\nreport", rows.get(0).action());
    assertEquals(3, rows.get(1).sheetRow(), "a record, not a line, is a row");
  }

  @Test
  void refusesWhatIsNoPlan() {
    assertThrows(
        UnreadableSheetException.class, () -> PlanSpreadsheet.read(new byte[0], Format.CSV));
    var noHeader =
        assertThrows(UnreadableSheetException.class, () -> csv("Name,Age\nJo,12\nAl,13\n"));
    assertTrue(noHeader.getMessage().contains("header"), noHeader::getMessage);
    var noActions =
        assertThrows(UnreadableSheetException.class, () -> csv("Ref,Action,Lead\n,,\n"));
    assertTrue(noActions.getMessage().contains("no actions"), noActions::getMessage);
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    assertThrows(UnreadableSheetException.class, () -> PlanSpreadsheet.read(garbage, Format.CSV));
    assertThrows(UnreadableSheetException.class, () -> PlanSpreadsheet.read(garbage, Format.XLSX));
    byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, 0, 0, 0, 0};
    var xls =
        assertThrows(
            UnreadableSheetException.class, () -> PlanSpreadsheet.read(oldExcel, Format.XLSX));
    assertTrue(xls.getMessage().contains(".xls"), xls::getMessage);
  }

  @Test
  void refusesMoreThanTheRowLimit() {
    var sheet = new StringBuilder("Ref,Action,Lead\n");
    for (int i = 0; i <= PlanSpreadsheet.MAX_ROWS; i++) {
      sheet.append("1,Action ").append(i).append(",YJS\n");
    }
    var tooMany = assertThrows(UnreadableSheetException.class, () -> csv(sheet.toString()));
    assertTrue(tooMany.getMessage().contains("2000"), tooMany::getMessage);
    var blank = new StringBuilder("Ref,Action,Lead\n1,Only,YJS\n");
    blank.append(",,\n".repeat(50 * PlanSpreadsheet.MAX_ROWS));
    assertThrows(UnreadableSheetException.class, () -> csv(blank.toString()));
  }
}
