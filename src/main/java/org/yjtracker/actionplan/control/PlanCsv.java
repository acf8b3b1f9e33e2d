package org.yjtracker.actionplan.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A plan as CSV: the headings, then one row per action ({@link PlanRows}). UTF-8 with a byte-order
 * mark, which Excel needs to read anything beyond ASCII correctly; no title rows, so that any tool
 * reads the first row as the headings.
 */
public final class PlanCsv {

  private PlanCsv() {}

  public static byte[] write(PlanReport report) {
    var bytes = new ByteArrayOutputStream();
    try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        var printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
      writer.write('\uFEFF');
      printer.printRecord(PlanRows.HEADINGS);
      for (var row : PlanRows.of(report)) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
