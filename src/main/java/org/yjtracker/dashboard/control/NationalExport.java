package org.yjtracker.dashboard.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yjtracker.dashboard.entity.ServiceRow;

/** The national table as a spreadsheet: one header row, then one row per service. */
public final class NationalExport {

  private NationalExport() {}

  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  private record Column(String heading, Function<ServiceRow, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Service", ServiceRow::service),
          new Column("Region", ServiceRow::regionLabel),
          new Column("Framework", ServiceRow::frameworkName),
          new Column("Published", ServiceRow::published),
          new Column("Overall rating", r -> r.overall() == null ? "" : r.overall().label()),
          new Column("Score", ServiceRow::score),
          new Column("Plan status", r -> r.planStage().name()),
          new Column("Plan due", r -> r.planDueDate() == null ? "" : r.planDueDate().toString()),
          new Column("Plan late", r -> r.planLate() ? "Yes" : "No"),
          new Column("Open recommendations", ServiceRow::openRecommendations),
          new Column("Implemented recommendations", ServiceRow::implementedRecommendations),
          new Column("Overdue actions", ServiceRow::overdueActions),
          new Column("Stale actions", ServiceRow::staleActions),
          // Added at the end, so the columns before keep their places in spreadsheets made from
          // earlier files.
          new Column("Days late", ServiceRow::daysLate),
          // The latest inspection's kind (2025: children and victims, or youth justice services).
          new Column("Kind of inspection", ServiceRow::kindLabel));

  public static List<String> headings() {
    return COLUMNS.stream().map(Column::heading).toList();
  }

  public static byte[] write(Format format, List<ServiceRow> rows) {
    try {
      return format == Format.CSV ? csv(rows) : xlsx(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] csv(List<ServiceRow> rows) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var printer =
        new CSVPrinter(
            new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setHeader(headings().toArray(String[]::new)).build())) {
      for (ServiceRow row : rows) {
        List<Object> values = new ArrayList<>();
        for (Column column : COLUMNS) {
          Object value = column.value().apply(row);
          values.add(value == null ? "" : neutralised(value));
        }
        printer.printRecord(values);
      }
    }
    return bytes.toByteArray();
  }

  /**
   * A name starting with =, +, - or @ would run as a formula when the file is opened in a
   * spreadsheet; a leading apostrophe keeps it text.
   */
  static Object neutralised(Object value) {
    if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }

  private static byte[] xlsx(List<ServiceRow> rows) throws IOException {
    // Streaming: a few thousand rows kept 100 at a time in memory.
    try (var workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("Services");
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(COLUMNS.get(c).heading());
      }
      int r = 1;
      for (ServiceRow row : rows) {
        Row sheetRow = sheet.createRow(r++);
        for (int c = 0; c < COLUMNS.size(); c++) {
          Cell cell = sheetRow.createCell(c);
          Object value = COLUMNS.get(c).value().apply(row);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value != null) {
            cell.setCellValue(value.toString());
          }
        }
      }
      var bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      workbook.dispose();
      return bytes.toByteArray();
    }
  }
}
