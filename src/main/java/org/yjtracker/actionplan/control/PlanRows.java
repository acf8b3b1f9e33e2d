package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yjtracker.actionplan.control.PlanReport.ActionLine;
import org.yjtracker.actionplan.control.PlanReport.RecommendationPart;

/**
 * A plan as spreadsheet rows: one per action, and one for a recommendation with no action yet. The
 * headings are ones the plan import ({@link SheetColumn}) recognises, so a board can export the
 * plan, add actions in the sheet and import it again; the columns the import does not read (who the
 * recommendation is addressed to, its acceptance and status, the action's status and flags, the day
 * of the latest update) are worded so that it skips them.
 */
public final class PlanRows {

  public static final List<String> HEADINGS =
      List.of(
          "Ref",
          "Recommendation",
          "Addressed to",
          "Acceptance",
          "Recommendation status",
          "Area for improvement",
          "Action title",
          "Action",
          "Success measure",
          "Lead agency",
          "Lead officer",
          "Start date",
          "Target date",
          "Action status",
          "RAG",
          "Flags",
          "Reported on",
          "Progress");

  private PlanRows() {}

  /** Every cell already guarded against formulas ({@link #guard}). */
  public static List<List<String>> of(PlanReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (RecommendationPart r : report.recommendations()) {
      if (r.actions().isEmpty()) {
        rows.add(row(r, null));
      }
      for (ActionLine a : r.actions()) {
        rows.add(row(r, a));
      }
    }
    for (ActionLine a : report.otherActions()) {
      rows.add(row(null, a));
    }
    return rows;
  }

  private static List<String> row(RecommendationPart r, ActionLine a) {
    List<String> cells = new ArrayList<>(HEADINGS.size());
    cells.add(r == null ? "" : r.reference());
    cells.add(r == null ? "" : r.text());
    cells.add(r == null ? "" : String.join("; ", r.owners()));
    cells.add(r == null ? "" : PlanReport.words(r.acceptance()));
    cells.add(r == null ? "" : PlanReport.words(r.status()));
    if (a == null) {
      while (cells.size() < HEADINGS.size()) {
        cells.add("");
      }
    } else {
      cells.add(text(a.area()));
      cells.add(text(a.title()));
      cells.add(text(a.description()));
      cells.add(text(a.successMeasure()));
      cells.add(text(a.leadOrganisation()));
      cells.add(text(a.leadPerson()));
      cells.add(date(a.startDate()));
      cells.add(date(a.targetDate()));
      cells.add(PlanReport.words(a.status()));
      cells.add(PlanReport.words(a.rag()));
      cells.add(a.flags());
      cells.add(date(a.reportedOn()));
      cells.add(text(a.progress()));
    }
    return cells.stream().map(PlanRows::guard).toList();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String date(LocalDate value) {
    return value == null ? "" : value.toString();
  }

  /**
   * A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
   * that some programs skip before one) gets a leading apostrophe, so that text written by any
   * owner of an action cannot run in the board's spreadsheet (OWASP "CSV injection").
   */
  public static String guard(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }
}
