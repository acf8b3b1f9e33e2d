package org.yjtracker.actionplan.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cells of one sheet as text, row by row, within limits that keep a hostile file from filling
 * the memory: rows, columns, characters per cell and in all.
 */
final class SheetGrid {

  /** A row as the spreadsheet numbers it (1 for the first), with its cells from column A. */
  record Row(int number, List<String> cells) {

    boolean isBlank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    String cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }
  }

  /** Plans have a dozen columns; what lies further right is not read. */
  static final int MAX_COLUMNS = 60;

  /** Longer than any field an action accepts, so a too-long cell is still reported as such. */
  static final int MAX_CELL_CHARS = 10_000;

  static final int MAX_TOTAL_CHARS = 8_000_000;

  private final int maxFilledRows;
  private final int maxRows;
  private final List<Row> rows = new ArrayList<>();
  private int seen;
  private long chars;

  /**
   * @param maxFilledRows rows with any text beyond which the sheet is refused
   * @param maxRows rows of any kind, blank ones too, beyond which the sheet is refused
   */
  SheetGrid(int maxFilledRows, int maxRows) {
    this.maxFilledRows = maxFilledRows;
    this.maxRows = maxRows;
  }

  void add(int number, List<String> cells) {
    if (++seen > maxRows) {
      throw tooLarge();
    }
    List<String> kept = new ArrayList<>(Math.min(cells.size(), MAX_COLUMNS));
    for (int i = 0; i < cells.size() && i < MAX_COLUMNS; i++) {
      String cell = cells.get(i);
      if (cell != null && cell.length() > MAX_CELL_CHARS) {
        cell = cell.substring(0, MAX_CELL_CHARS);
      }
      chars += cell == null ? 0 : cell.length();
      kept.add(cell);
    }
    if (chars > MAX_TOTAL_CHARS) {
      throw new UnreadableSheetException("The sheet holds too much text to be an action plan.");
    }
    var row = new Row(number, Collections.unmodifiableList(kept));
    if (!row.isBlank()) {
      if (rows.size() >= maxFilledRows) {
        throw tooLarge();
      }
      rows.add(row);
    }
  }

  /** The rows with any text, in order. */
  List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  private UnreadableSheetException tooLarge() {
    return new UnreadableSheetException(
        "The sheet has more than "
            + PlanSpreadsheet.MAX_ROWS
            + " rows; split the plan into smaller sheets.");
  }
}
