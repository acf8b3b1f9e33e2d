package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.entity.Rag;

/**
 * One action of an imported plan as it will be created: matched to a recommendation (or an area for
 * improvement) and to the organisation that leads it, with every problem that stops it.
 *
 * @param row the action's place among the sheet's actions, from 1
 * @param sheetRow the row number the spreadsheet shows
 * @param ragFromDates the sheet gave progress but no RAG: the RAG is the one the dates suggest
 */
public record ImportRow(
    int row,
    int sheetRow,
    String ref,
    Long recommendationId,
    Integer recommendationNumber,
    String areaForImprovement,
    String title,
    String action,
    String successMeasure,
    Long leadOrganisationId,
    String leadOrganisationName,
    String leadPerson,
    LocalDate startDate,
    LocalDate targetDate,
    String progress,
    Rag rag,
    boolean ragFromDates,
    List<RowProblem> problems) {

  public ImportRow {
    problems = List.copyOf(problems);
  }

  /** A first progress update is written where the sheet gives progress or a RAG. */
  public boolean reportsProgress() {
    return progress != null || rag != null;
  }

  public ImportRow withProblem(RowProblem problem) {
    var all = new java.util.ArrayList<>(problems);
    all.add(problem);
    return new ImportRow(
        row,
        sheetRow,
        ref,
        recommendationId,
        recommendationNumber,
        areaForImprovement,
        title,
        action,
        successMeasure,
        leadOrganisationId,
        leadOrganisationName,
        leadPerson,
        startDate,
        targetDate,
        progress,
        rag,
        ragFromDates,
        all);
  }

  /** Progress without a RAG takes the RAG its dates suggest, since an update must have one. */
  public ImportRow withSuggestedRag(Rag suggested) {
    if (rag != null || progress == null || suggested == null) {
      return this;
    }
    return new ImportRow(
        row,
        sheetRow,
        ref,
        recommendationId,
        recommendationNumber,
        areaForImprovement,
        title,
        action,
        successMeasure,
        leadOrganisationId,
        leadOrganisationName,
        leadPerson,
        startDate,
        targetDate,
        progress,
        suggested,
        true,
        problems);
  }
}
