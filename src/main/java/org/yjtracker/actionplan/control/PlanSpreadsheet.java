package org.yjtracker.actionplan.control;

import static org.yjtracker.actionplan.control.SheetColumn.ACTION;
import static org.yjtracker.actionplan.control.SheetColumn.AREA_FOR_IMPROVEMENT;
import static org.yjtracker.actionplan.control.SheetColumn.LEAD;
import static org.yjtracker.actionplan.control.SheetColumn.LEAD_AGENCY;
import static org.yjtracker.actionplan.control.SheetColumn.LEAD_PERSON;
import static org.yjtracker.actionplan.control.SheetColumn.PROGRESS;
import static org.yjtracker.actionplan.control.SheetColumn.RAG;
import static org.yjtracker.actionplan.control.SheetColumn.RECOMMENDATION;
import static org.yjtracker.actionplan.control.SheetColumn.REF;
import static org.yjtracker.actionplan.control.SheetColumn.START_DATE;
import static org.yjtracker.actionplan.control.SheetColumn.SUCCESS_MEASURE;
import static org.yjtracker.actionplan.control.SheetColumn.TARGET_DATE;
import static org.yjtracker.actionplan.control.SheetColumn.TITLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.actionplan.entity.ActionTitles;
import org.yjtracker.actionplan.entity.Rag;

/**
 * Reads an action plan kept in a spreadsheet (CSV or XLSX) into its actions, one {@link SheetRow}
 * each, with what could not be read in each row. The header row is found by its wording among the
 * first rows (a title may stand above it). A row that gives only a recommendation is a heading for
 * the rows below it, and a row that leaves the recommendation blank belongs to the one above, as
 * merged cells do.
 */
public final class PlanSpreadsheet {

  public enum Format {
    CSV,
    XLSX
  }

  /** More actions than any plan has; beyond it the sheet is refused. */
  public static final int MAX_ROWS = 2000;

  /** Refused before reading whatever the caller allows. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** Rows above the header (titles, notes) that are looked through to find it. */
  static final int HEADER_SEARCH_ROWS = 10;

  /** Headings between actions and the title rows above the header, on top of the actions. */
  private static final int MAX_OTHER_ROWS = 200;

  /** Every row seen, blank ones too: a sheet of a million empty rows is refused early. */
  private static final int MAX_ALL_ROWS = 20 * MAX_ROWS;

  static final int MAX_ACTION = 4000;
  static final int MAX_PERSON = 200;
  static final int MAX_MEASURE = 2000;
  static final int MAX_AREA = 2000;
  static final int MAX_PROGRESS = 8000;

  private PlanSpreadsheet() {}

  /**
   * @param declared what the upload says it is; a workbook is recognised by its content anyway
   * @throws UnreadableSheetException when the bytes are no spreadsheet, have no header row or no
   *     actions, or are too large
   */
  public static List<SheetRow> read(byte[] bytes, Format declared) {
    if (bytes == null || bytes.length == 0) {
      throw new UnreadableSheetException("The file is empty.");
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableSheetException("The file is too large to be an action plan.");
    }
    SheetGrid grid;
    if (isZip(bytes)) {
      grid = XlsxCells.read(bytes, PlanSpreadsheet::grid, g -> header(g).isPresent());
    } else if (isOldExcel(bytes)) {
      throw new UnreadableSheetException(
          "This is an old Excel (.xls) or a password-protected workbook; save it as .xlsx or CSV"
              + " without a password and upload it again.");
    } else if (declared == Format.XLSX) {
      throw new UnreadableSheetException("This file is not an XLSX workbook.");
    } else {
      grid = grid();
      CsvCells.read(bytes, grid);
    }
    return rows(grid);
  }

  private static SheetGrid grid() {
    return new SheetGrid(MAX_ROWS + MAX_OTHER_ROWS, MAX_ALL_ROWS);
  }

  /** Where each known column is, from the header row. */
  private record Header(SheetGrid.Row row, Map<SheetColumn, Integer> columns) {}

  /** Among the first rows, the one naming the most known columns, an action column among them. */
  private static Optional<Header> header(SheetGrid grid) {
    Header best = null;
    List<SheetGrid.Row> rows = grid.rows();
    for (int i = 0; i < rows.size() && i < HEADER_SEARCH_ROWS; i++) {
      Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
      List<String> cells = rows.get(i).cells();
      for (int c = 0; c < cells.size(); c++) {
        int column = c;
        SheetColumn.recognise(cells.get(c)).ifPresent(k -> columns.putIfAbsent(k, column));
      }
      if (columns.containsKey(ACTION)
          && columns.size() >= 2
          && (best == null || columns.size() > best.columns().size())) {
        best = new Header(rows.get(i), columns);
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<SheetRow> rows(SheetGrid grid) {
    Header header =
        header(grid)
            .orElseThrow(
                () ->
                    new UnreadableSheetException(
                        "No header row found: the sheet needs a row of column headings with at"
                            + " least 'Action' and, say, 'Ref', 'Lead', 'Target date', 'Progress'"
                            + " and 'RAG'."));
    List<SheetRow> actions = new ArrayList<>();
    Cells above = null;
    boolean afterHeader = false;
    for (SheetGrid.Row row : grid.rows()) {
      if (!afterHeader) {
        afterHeader = row == header.row();
        continue;
      }
      var cells = new Cells(header.columns(), row);
      if (cells.isEmpty() || row.cells().equals(header.row().cells())) {
        continue; // notes outside the plan's columns, or the header repeated on a new page
      }
      if (cells.names(REF, RECOMMENDATION, AREA_FOR_IMPROVEMENT)) {
        above = cells;
      }
      if (!cells.describesAnAction()) {
        continue; // a heading: the recommendation the rows below answer
      }
      if (actions.size() >= MAX_ROWS) {
        throw new UnreadableSheetException(
            "The sheet has more than " + MAX_ROWS + " actions; split it into smaller sheets.");
      }
      actions.add(read(actions.size() + 1, row.number(), cells, above));
    }
    if (actions.isEmpty()) {
      throw new UnreadableSheetException("The sheet has no actions below its header row.");
    }
    return actions;
  }

  private static SheetRow read(int number, int sheetRow, Cells cells, Cells answers) {
    var problems = new ArrayList<RowProblem>();
    String action = cells.get(ACTION);
    if (action == null) {
      problems.add(new RowProblem("action", "The action is empty: say what will be done."));
    }
    tooLong(problems, "action", "action", action, MAX_ACTION);
    String title = cells.get(TITLE);
    tooLong(problems, "title", "short title", title, ActionTitles.MAX);
    String person = cells.get(LEAD_PERSON);
    tooLong(problems, "leadPerson", "lead officer", person, MAX_PERSON);
    String measure = cells.get(SUCCESS_MEASURE);
    tooLong(problems, "successMeasure", "success measure", measure, MAX_MEASURE);
    String area = answers == null ? null : answers.get(AREA_FOR_IMPROVEMENT);
    tooLong(problems, "areaForImprovement", "area for improvement", area, MAX_AREA);
    String progress = cells.get(PROGRESS);
    tooLong(problems, "progress", "progress", progress, MAX_PROGRESS);
    LocalDate start = date(problems, "startDate", "start date", cells.get(START_DATE));
    LocalDate target = date(problems, "targetDate", "target date", cells.get(TARGET_DATE));
    if (start != null && target != null && target.isBefore(start)) {
      problems.add(
          new RowProblem("targetDate", "The target date " + target + " is before the start date."));
    }
    return new SheetRow(
        number,
        sheetRow,
        answers == null ? null : answers.get(REF),
        answers == null ? null : answers.get(RECOMMENDATION),
        area,
        title,
        action,
        measure,
        cells.get(LEAD),
        person,
        cells.get(LEAD_AGENCY),
        start,
        target,
        progress,
        rag(problems, cells.get(RAG)),
        problems);
  }

  private static LocalDate date(List<RowProblem> problems, String field, String name, String text) {
    try {
      return SheetValues.date(text).orElse(null);
    } catch (DateTimeException e) {
      problems.add(
          new RowProblem(
              field,
              "The "
                  + name
                  + " '"
                  + quote(text)
                  + "' is not a date; write it as 31/03/2025, 2025-03-31 or March 2025."));
      return null;
    }
  }

  private static Rag rag(List<RowProblem> problems, String text) {
    try {
      return SheetValues.rag(text).orElse(null);
    } catch (IllegalArgumentException e) {
      problems.add(
          new RowProblem(
              "rag",
              "'" + quote(text) + "' is not a RAG rating; use Red, Amber or Green (R, A, G)."));
      return null;
    }
  }

  private static void tooLong(
      List<RowProblem> problems, String field, String name, String text, int limit) {
    if (text != null && text.length() > limit) {
      problems.add(
          new RowProblem(
              field,
              "The "
                  + name
                  + " is "
                  + text.length()
                  + " characters long; the limit is "
                  + limit
                  + "."));
    }
  }

  static String quote(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }

  /** PK: every XLSX file is a zip archive. */
  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /** The OLE2 signature of .xls files (and of encrypted .xlsx ones). */
  private static boolean isOldExcel(byte[] bytes) {
    return bytes.length >= 8
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0;
  }

  /** A data row's cells by column, stripped, blank ones null. */
  private static final class Cells {
    private final Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);

    Cells(Map<SheetColumn, Integer> columns, SheetGrid.Row row) {
      columns.forEach(
          (column, index) -> {
            String cell = row.cell(index);
            if (cell != null && !cell.isBlank()) {
              values.put(column, unguarded(cell.strip()));
            }
          });
    }

    String get(SheetColumn column) {
      return values.get(column);
    }

    /**
     * The apostrophe our exports put before a cell a spreadsheet would run as a formula ({@link
     * PlanRows#guard}) is not part of the text: an exported plan imports as it was written.
     */
    private static String unguarded(String cell) {
      return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
          ? cell.substring(1)
          : cell;
    }

    boolean isEmpty() {
      return values.isEmpty();
    }

    boolean names(SheetColumn... columns) {
      for (SheetColumn c : columns) {
        if (values.containsKey(c)) {
          return true;
        }
      }
      return false;
    }

    /** Anything beyond which recommendation it is makes the row an action. */
    boolean describesAnAction() {
      return values.keySet().stream()
          .anyMatch(c -> c != REF && c != RECOMMENDATION && c != AREA_FOR_IMPROVEMENT);
    }
  }
}
