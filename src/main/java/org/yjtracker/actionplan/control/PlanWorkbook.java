package org.yjtracker.actionplan.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan as an XLSX workbook. The sheet "Plan" has the title (service, publication, plan status,
 * due date, date of the paper, overall rating and score) above the headings, then one row per
 * action ({@link PlanRows}) with overdue actions filled red and stale ones amber; "Ratings" has
 * each standard's rating; "Status history" has every change of status the caller may read, oldest
 * first. A late plan says how late beside its due date, filled red. Every value is written as text,
 * and guarded as in the CSV.
 */
public final class PlanWorkbook {

  private static final int FLAGS = PlanRows.HEADINGS.indexOf("Flags");

  private PlanWorkbook() {}

  public static byte[] write(PlanReport report) {
    try (var workbook = new XSSFWorkbook();
        var bytes = new ByteArrayOutputStream()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      CellStyle overdue = filled(workbook, IndexedColors.ROSE);
      CellStyle stale = filled(workbook, IndexedColors.LIGHT_ORANGE);

      Sheet plan = workbook.createSheet("Plan");
      int at = 0;
      for (String[] line : report.titleLines()) {
        Row row = plan.createRow(at++);
        text(row, 0, line[0], heading);
        boolean late = line[0].equals("Plan due") && report.lateness() != null;
        text(row, 1, PlanRows.guard(line[1]), late ? overdue : null);
      }
      at++;
      Row headings = plan.createRow(at++);
      for (int c = 0; c < PlanRows.HEADINGS.size(); c++) {
        text(headings, c, PlanRows.HEADINGS.get(c), heading);
      }
      plan.createFreezePane(0, at);
      for (List<String> cells : PlanRows.of(report)) {
        Row row = plan.createRow(at++);
        String flags = cells.get(FLAGS);
        CellStyle style =
            flags.contains(PlanReport.OVERDUE)
                ? overdue
                : flags.contains(PlanReport.STALE) ? stale : wrap;
        for (int c = 0; c < cells.size(); c++) {
          text(row, c, cells.get(c), style);
        }
      }
      for (int c = 0; c < PlanRows.HEADINGS.size(); c++) {
        plan.setColumnWidth(c, width(PlanRows.HEADINGS.get(c)));
      }

      Sheet ratings = workbook.createSheet("Ratings");
      Row top = ratings.createRow(0);
      text(top, 0, "Standard", heading);
      text(top, 1, "Name", heading);
      text(top, 2, "Rating", heading);
      int r = 1;
      for (var standard : report.standards()) {
        Row row = ratings.createRow(r++);
        text(row, 0, PlanRows.guard(standard.code()), null);
        text(row, 1, PlanRows.guard(standard.name()), null);
        text(row, 2, PlanReport.words(standard.rating()), null);
      }
      ratings.setColumnWidth(1, 60 * 256);
      ratings.setColumnWidth(2, 25 * 256);

      Sheet history = workbook.createSheet("Status history");
      Row names = history.createRow(0);
      for (int c = 0; c < PlanReport.HISTORY_HEADINGS.size(); c++) {
        text(names, c, PlanReport.HISTORY_HEADINGS.get(c), heading);
      }
      history.createFreezePane(0, 1);
      int h = 1;
      for (var line : report.history()) {
        Row row = history.createRow(h++);
        List<String> cells = PlanReport.cells(line);
        for (int c = 0; c < cells.size(); c++) {
          text(row, c, PlanRows.guard(cells.get(c)), wrap);
        }
      }
      history.setColumnWidth(0, 12 * 256);
      history.setColumnWidth(1, 50 * 256);
      history.setColumnWidth(2, 16 * 256);
      history.setColumnWidth(3, 16 * 256);
      history.setColumnWidth(4, 30 * 256);
      history.setColumnWidth(5, 50 * 256);

      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellStyle filled(XSSFWorkbook workbook, IndexedColors colour) {
    CellStyle style = workbook.createCellStyle();
    style.setWrapText(true);
    style.setFillForegroundColor(colour.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** Long texts get wide columns; the rest fit their heading. */
  private static int width(String heading) {
    return switch (heading) {
      case "Recommendation", "Action", "Progress" -> 60 * 256;
      case "Success measure", "Area for improvement", "Addressed to", "Action title" -> 35 * 256;
      default -> Math.max(12, heading.length() + 2) * 256;
    };
  }
}
