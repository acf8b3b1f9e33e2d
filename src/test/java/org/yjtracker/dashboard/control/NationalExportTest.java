package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.Region;

class NationalExportTest {

  static final ServiceRow ROW =
      new ServiceRow(
          7,
          "=Bexley, \"South\"",
          Region.LONDON,
          "London",
          "HMIP_YJ_2018",
          "Standards (2018)",
          InspectionKind.STANDARD,
          "Standard inspection",
          9,
          "2024-03",
          LocalDate.parse("2024-03-01"),
          Rating.GOOD,
          25,
          11L,
          PlanStage.SUBMITTED_LATE,
          LocalDate.parse("2024-04-26"),
          true,
          12,
          3,
          1,
          2,
          1,
          0,
          1);

  @Test
  void csvReadsBackWithFormulaLikeTextKeptAsText() throws Exception {
    byte[] csv = NationalExport.write(NationalExport.Format.CSV, List.of(ROW));
    var parsed =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
    List<CSVRecord> records = parsed.getRecords();
    assertEquals(NationalExport.headings(), parsed.getHeaderNames());
    assertEquals(1, records.size());
    assertEquals("'=Bexley, \"South\"", records.get(0).get("Service"));
    assertEquals("Good", records.get(0).get("Overall rating"));
    assertEquals("SUBMITTED_LATE", records.get(0).get("Plan status"));
    assertEquals("3", records.get(0).get("Open recommendations"));
    assertEquals("Yes", records.get(0).get("Plan late"));
    assertEquals("12", records.get(0).get("Days late"));
    assertEquals("Standard inspection", records.get(0).get("Kind of inspection"));
    assertEquals("Kind of inspection", parsed.getHeaderNames().get(14), "after the older columns");
  }

  @Test
  void xlsxHasAHeaderAndNumbersAsNumbers() throws Exception {
    byte[] xlsx = NationalExport.write(NationalExport.Format.XLSX, List.of(ROW));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheet("Services");
      assertEquals("Service", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("=Bexley, \"South\"", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals(25.0, sheet.getRow(1).getCell(5).getNumericCellValue());
      assertEquals(2.0, sheet.getRow(1).getCell(11).getNumericCellValue());
      assertEquals(12.0, sheet.getRow(1).getCell(13).getNumericCellValue());
      assertEquals("Standard inspection", sheet.getRow(1).getCell(14).getStringCellValue());
      assertEquals(1, sheet.getLastRowNum());
    }
  }
}
