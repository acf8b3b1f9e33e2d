package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A plan as the exports print it (CSV, XLSX, the PDF board paper): plain texts and dates, already
 * limited to what the caller may see. Enum values arrive as their names and are shown with {@link
 * #words}.
 *
 * @param published the inspection's publication as the inspection shows it ("2023-12" or a day)
 * @param paperDate the day the export was made
 */
public record PlanReport(
    String service,
    String published,
    String planStatus,
    LocalDate dueDate,
    LocalDate paperDate,
    String overallRating,
    Integer score,
    List<StandardRating> standards,
    List<RecommendationPart> recommendations,
    List<ActionLine> otherActions) {

  public PlanReport {
    standards = List.copyOf(standards);
    recommendations = List.copyOf(recommendations);
    otherActions = List.copyOf(otherActions);
  }

  public record StandardRating(String code, String name, String rating) {}

  /**
   * @param owners the organisations it is addressed to, by name
   * @param status where it stands in the plan (as its actions make it, or as an inspector set it)
   */
  public record RecommendationPart(
      int number,
      String heading,
      String text,
      List<String> owners,
      String status,
      String acceptance,
      List<ActionLine> actions) {

    public RecommendationPart {
      owners = List.copyOf(owners);
      actions = List.copyOf(actions);
    }
  }

  /**
   * One action with its latest progress update.
   *
   * @param rag the owner's RAG in the latest update, else the one the dates suggest
   * @param area the area for improvement of an action that answers no recommendation
   */
  public record ActionLine(
      String description,
      String area,
      String successMeasure,
      String leadOrganisation,
      String leadPerson,
      LocalDate startDate,
      LocalDate targetDate,
      String status,
      String rag,
      LocalDate reportedOn,
      String progress,
      boolean overdue,
      boolean stale) {

    /** "Overdue", "No recent update", both, or "". */
    public String flags() {
      if (overdue && stale) {
        return OVERDUE + "; " + STALE;
      }
      return overdue ? OVERDUE : stale ? STALE : "";
    }
  }

  public static final String OVERDUE = "Overdue";
  public static final String STALE = "No recent update";

  /** "REQUIRES_IMPROVEMENT" -> "Requires improvement"; null -> "". */
  public static String words(String enumName) {
    if (enumName == null || enumName.isBlank()) {
      return "";
    }
    String spaced = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** "Plan status: Draft" style title lines, shared by the workbook and the board paper. */
  public List<String[]> titleLines() {
    return List.of(
        new String[] {"Service", service},
        new String[] {"Inspection published", published == null ? "" : published},
        new String[] {"Plan status", words(planStatus)},
        new String[] {"Plan due", dueDate == null ? "" : dueDate.toString()},
        new String[] {"Date of this paper", paperDate.toString()},
        new String[] {"Overall rating", words(overallRating)},
        new String[] {"Score", score == null ? "" : score.toString()});
  }
}
