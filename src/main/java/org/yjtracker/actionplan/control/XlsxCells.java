package org.yjtracker.actionplan.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an XLSX workbook with Apache POI's streaming reader: rows are handed over as the sheet's
 * XML is parsed, so a huge sheet is refused when it passes the row limit instead of being built in
 * memory first. Sheets are tried in order until one has a plan's header row.
 */
final class XlsxCells {

  /** Sheets beyond this many are not looked at. */
  static final int MAX_SHEETS = 20;

  static {
    // Zip-bomb guards, for every use of POI in the application: an entry may expand at most 100
    // times (POI's default) and to at most 32 MB; a workbook has a few dozen parts.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(32L * 1024 * 1024);
    ZipSecureFile.setMaxFileCount(1000);
  }

  private XlsxCells() {}

  /**
   * @param isPlan whether a sheet's rows hold a plan; the first sheet that does is kept
   * @return the grid of the plan's sheet, or of the first sheet if none holds a plan
   */
  static SheetGrid read(byte[] bytes, Supplier<SheetGrid> grids, Predicate<SheetGrid> isPlan) {
    try {
      OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes));
      try {
        return plan(new XSSFReader(workbook), grids, isPlan);
      } finally {
        workbook.revert(); // read only: close without writing anything back
      }
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new UnreadableSheetException(
          "This is an old Excel (.xls) workbook; save it as .xlsx or CSV and upload it again.", e);
    } catch (IOException
        | OpenXML4JException
        | OpenXML4JRuntimeException
        | POIXMLException
        | RecordFormatException
        | SAXException
        | ParserConfigurationException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new UnreadableSheetException(reason(e), e);
    }
  }

  private static SheetGrid plan(
      XSSFReader reader, Supplier<SheetGrid> grids, Predicate<SheetGrid> isPlan)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    SharedStrings strings = reader.getSharedStringsTable();
    StylesTable styles = reader.getStylesTable();
    var sheets = reader.getSheetsData();
    SheetGrid first = null;
    for (int i = 0; i < MAX_SHEETS && sheets.hasNext(); i++) {
      SheetGrid grid = grids.get();
      try (InputStream sheet = sheets.next()) {
        parse(sheet, new XSSFSheetXMLHandler(styles, strings, new Rows(grid), isoDates(), false));
      }
      if (isPlan.test(grid)) {
        return grid;
      }
      first = first == null ? grid : first;
    }
    if (first == null) {
      throw new UnreadableSheetException("The workbook has no sheets.");
    }
    return first;
  }

  /** POI's own words, shortened; a zip bomb is named as such. */
  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")
        || message.contains("potentially malicious")) {
      return "The workbook expands to far more than its file size (it may be a zip bomb), so it"
          + " was not read.";
    }
    int end = message.indexOf('\n');
    String first = end < 0 ? message : message.substring(0, end);
    if (first.length() > 160) {
      first = first.substring(0, 157) + "...";
    }
    return "This file is not an XLSX workbook that can be read (" + first.strip() + ").";
  }

  private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    // POI's XML reader refuses DTDs and external entities.
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    try {
      xml.parse(new InputSource(sheet));
    } catch (SAXException e) {
      if (e.getException() instanceof UnreadableSheetException unreadable) {
        throw unreadable;
      }
      throw e;
    }
  }

  /** Collects each row's cells by column letter; a missing cell is an empty one. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SheetGrid grid;
    private final List<String> cells = new ArrayList<>();

    Rows(SheetGrid grid) {
      this.grid = grid;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      grid.add(rowNum + 1, new ArrayList<>(cells));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= SheetGrid.MAX_COLUMNS) {
        return;
      }
      while (cells.size() < column) {
        cells.add(null);
      }
      if (cells.size() == column) {
        cells.add(value);
      } else {
        cells.set(column, value);
      }
    }
  }

  /**
   * Date cells become ISO dates ("2025-03-31") whatever their display format, so that a US "m/d/yy"
   * is never read day first; other numbers are written plainly ("1", not "1.0").
   */
  private static DataFormatter isoDates() {
    return new DataFormatter() {
      @Override
      public String formatRawCellContents(
          double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
          return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      }
    };
  }
}
