package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.entity.Rag;

/**
 * One action as a plan spreadsheet gives it, its values read but not yet matched to the plan's
 * recommendations and organisations. Texts are stripped, blank ones null.
 *
 * @param row the action's place among the sheet's actions, from 1
 * @param sheetRow the row number the spreadsheet shows
 * @param lead a cell naming both person and organisation, when the sheet has one
 * @param problems what could not be read
 */
public record SheetRow(
    int row,
    int sheetRow,
    String ref,
    String recommendation,
    String areaForImprovement,
    String title,
    String action,
    String successMeasure,
    String lead,
    String leadPerson,
    String leadAgency,
    LocalDate startDate,
    LocalDate targetDate,
    String progress,
    Rag rag,
    List<RowProblem> problems) {

  public SheetRow {
    problems = List.copyOf(problems);
  }
}
