package org.yjtracker.actionplan.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file into a grid. Excel saves CSV as UTF-8 with a byte-order mark, as UTF-16
 * ("Unicode text", tab-separated) or in the Windows code page, and with commas or, in some locales,
 * semicolons; all of these are accepted.
 */
final class CsvCells {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvCells() {}

  static void read(byte[] bytes, SheetGrid grid) {
    String text = decode(bytes);
    if (text.indexOf('\0') >= 0) {
      throw new UnreadableSheetException("This file is not a CSV file or an XLSX workbook.");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(false)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        var cells = new ArrayList<String>(record.size());
        record.forEach(cells::add);
        grid.add((int) record.getRecordNumber(), cells);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UnreadableSheetException("The CSV file could not be read: " + e.getMessage(), e);
    }
  }

  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: Excel's "CSV (Comma delimited)" writes the Windows code page ("£", "–").
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** Whichever of comma, semicolon and tab occurs most outside quotes in the first lines. */
  static char delimiter(String text) {
    String head = text.substring(0, Math.min(text.length(), 8192));
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
