package org.yjtracker.actionplan.control;

import java.util.ArrayList;
import java.util.List;
import org.yjtracker.actionplan.control.PlanTargets.OrganisationChoice;
import org.yjtracker.actionplan.control.PlanTargets.RecommendationChoice;

/**
 * Matches the rows read from a plan spreadsheet to the plan: each to a recommendation of its
 * inspection (or an area for improvement, if the row says so) and to the organisation that leads
 * it. Plain: the caller passes in the plan's recommendations and organisations.
 */
public final class PlanRowMatcher {

  private final RecommendationMatcher recommendations;
  private final LeadMatcher leads;

  /**
   * @param service the service whose plan it is
   * @param organisations the service, its management board and its partners
   */
  public PlanRowMatcher(
      List<RecommendationChoice> recommendations,
      OrganisationChoice service,
      List<OrganisationChoice> organisations) {
    this.recommendations = new RecommendationMatcher(recommendations);
    this.leads = new LeadMatcher(service, organisations);
  }

  public List<ImportRow> match(List<SheetRow> rows) {
    return rows.stream().map(this::match).toList();
  }

  public ImportRow match(SheetRow row) {
    var problems = new ArrayList<RowProblem>(row.problems());
    var answer = recommendations.match(row.ref(), row.recommendation(), row.areaForImprovement());
    if (answer.problem() != null) {
      problems.add(answer.problem());
    }
    var lead = leads.lead(row.lead(), row.leadPerson(), row.leadAgency());
    if (lead.problem() != null) {
      problems.add(lead.problem());
    }
    String person = lead.person();
    tooLong(problems, "leadPerson", "lead officer", person, PlanSpreadsheet.MAX_PERSON);
    tooLong(
        problems,
        "areaForImprovement",
        "area for improvement",
        answer.area(),
        PlanSpreadsheet.MAX_AREA);
    return new ImportRow(
        row.row(),
        row.sheetRow(),
        row.ref(),
        answer.recommendation() == null ? null : answer.recommendation().id(),
        answer.recommendation() == null ? null : answer.recommendation().number(),
        answer.area(),
        row.title(),
        row.action(),
        row.successMeasure(),
        lead.organisation() == null ? null : lead.organisation().id(),
        lead.organisation() == null ? null : lead.organisation().name(),
        person,
        row.startDate(),
        row.targetDate(),
        row.progress(),
        row.rag(),
        false,
        problems);
  }

  /** Texts taken from another cell (a person from "lead officer and agency") are checked here. */
  private static void tooLong(
      List<RowProblem> problems, String field, String name, String text, int limit) {
    if (text != null
        && text.length() > limit
        && problems.stream().noneMatch(p -> p.field().equals(field))) {
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
}
