package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan as the exports print it (CSV, XLSX, the PDF board paper): plain texts and dates, already
 * limited to what the caller may see. Enum values arrive as their names and are shown with {@link
 * #words}.
 *
 * @param published the inspection's publication as the inspection shows it ("2023-12" or a day)
 * @param paperDate the day the export was made
 * @param daysLate days past its due date without submission, or by which its submission was late
 *     (as the plan page gives it); 0 when on time
 * @param submitted whether the plan has gone to the inspectorate
 * @param history every status change the caller may read, oldest first
 * @param framework the name of the inspection's framework; null where not known
 * @param kind what sort of inspection it was, in words ("Inspection of work with children and
 *     victims"); null where not known
 * @param scored whether the framework gives a score: a paper of an inspection under one that does
 *     not (2025) says nothing of a score
 * @param changes what changed since the day the caller asked for (the last board meeting); null
 *     when none was asked for
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
    List<ActionLine> otherActions,
    long daysLate,
    boolean submitted,
    List<HistoryLine> history,
    String framework,
    String kind,
    boolean scored,
    PlanChanges changes) {

  public PlanReport {
    standards = List.copyOf(standards);
    recommendations = List.copyOf(recommendations);
    otherActions = List.copyOf(otherActions);
    history = List.copyOf(history);
  }

  /** A paper that does not say what changed since a day. */
  public PlanReport(
      String service,
      String published,
      String planStatus,
      LocalDate dueDate,
      LocalDate paperDate,
      String overallRating,
      Integer score,
      List<StandardRating> standards,
      List<RecommendationPart> recommendations,
      List<ActionLine> otherActions,
      long daysLate,
      boolean submitted,
      List<HistoryLine> history) {
    this(
        service,
        published,
        planStatus,
        dueDate,
        paperDate,
        overallRating,
        score,
        standards,
        recommendations,
        otherActions,
        daysLate,
        submitted,
        history,
        null,
        null,
        true,
        null);
  }

  /** A plan on time, with no history: what the exports printed before history was kept. */
  public PlanReport(
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
    this(
        service,
        published,
        planStatus,
        dueDate,
        paperDate,
        overallRating,
        score,
        standards,
        recommendations,
        otherActions,
        0,
        false,
        List.of(),
        null,
        null,
        true,
        null);
  }

  /**
   * One change of status.
   *
   * @param on the UK day it was made
   * @param subject what changed: "Recommendation 2", "Action: …"
   * @param from the status before (an enum name), null for the first entry
   * @param by who made it; null where the tracker did, or the caller does not see who
   */
  public record HistoryLine(
      LocalDate on, String subject, String from, String to, String by, String why) {}

  public static final List<String> HISTORY_HEADINGS =
      List.of("Date", "Action or recommendation", "From", "To", "Who", "Why");

  /** A history line as cells under {@link #HISTORY_HEADINGS}. */
  public static List<String> cells(HistoryLine line) {
    return List.of(
        line.on().format(DAY),
        line.subject(),
        line.from() == null ? "" : words(line.from()),
        words(line.to()),
        line.by() == null ? "" : line.by(),
        line.why() == null ? "" : line.why());
  }

  /**
   * "Late by 12 days" (not submitted by its due date, or submitted 12 days after it); null when the
   * plan is on time.
   */
  public String lateness() {
    if (daysLate <= 0) {
      return null;
    }
    return "Late by " + daysLate + (daysLate == 1 ? " day" : " days");
  }

  /** What the board paper says of a late plan: how late, and whether it has gone in yet. */
  public String latenessSentence() {
    String late = lateness();
    if (late == null) {
      return null;
    }
    return late
        + (submitted
            ? ": the plan went to the inspectorate after its due date of " + dueDate.format(DAY)
            : ": the plan was due by " + dueDate.format(DAY) + " and has not been submitted")
        + ".";
  }

  public record StandardRating(String code, String name, String rating) {}

  /**
   * @param owners the organisations it is addressed to, by name
   * @param status where it stands in the plan (as its actions make it, or as an inspector set it)
   * @param carriedFrom for a recommendation of an earlier inspection carried into this plan, when
   *     that inspection was published; null for the plan's own
   */
  public record RecommendationPart(
      int number,
      String heading,
      String text,
      List<String> owners,
      String status,
      String acceptance,
      List<ActionLine> actions,
      String carriedFrom) {

    public RecommendationPart {
      owners = List.copyOf(owners);
      actions = List.copyOf(actions);
    }

    /**
     * Its number, and for a carried one the inspection it came from: a carried 3 is not this
     * inspection's 3 (and so the plan import does not take it for one).
     */
    public String reference() {
      return carriedFrom == null
          ? String.valueOf(number)
          : number + " (" + readable(carriedFrom) + ")";
    }
  }

  /**
   * One action with its latest progress update.
   *
   * @param rag the owner's RAG in the latest update, else the one the dates suggest
   * @param area the area for improvement of an action that answers no recommendation
   */
  public record ActionLine(
      String title,
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

  /**
   * A publication as the inspection gives it ("2023-12", or a day) in the words a board paper uses
   * ("December 2023", "5 March 2024"); anything else as it is.
   */
  public static String readable(String published) {
    if (published == null) {
      return "";
    }
    try {
      return published.length() == 7
          ? YearMonth.parse(published).format(MONTH)
          : LocalDate.parse(published).format(DAY);
    } catch (DateTimeParseException e) {
      return published;
    }
  }

  /** A date as people write it: "4 December 2026". */
  public static String day(LocalDate date) {
    return date.format(DAY);
  }

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** "26 January 2024", "26 January 2024 (Late by 12 days)", or "" without a due date. */
  private String due() {
    if (dueDate == null) {
      return "";
    }
    String late = lateness();
    return late == null ? dueDate.format(DAY) : dueDate.format(DAY) + " (" + late + ")";
  }

  /**
   * "Inspection of work with children and victims, published 13 January 2026"; "Published December
   * 2023" where the kind is not known.
   */
  public String inspection() {
    return kind == null
        ? "Published " + readable(published)
        : kind + ", published " + readable(published);
  }

  /**
   * "Plan status: Draft" style title lines, shared by the workbook and the board paper. A late plan
   * says so beside its due date (one line, so the plan import still finds the headings below). The
   * score has a line only where the framework gives one, or one was recorded anyway; at most eight
   * lines, within the rows the plan import looks through for the headings.
   */
  public List<String[]> titleLines() {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"Service", service});
    lines.add(new String[] {"Inspection", inspection()});
    if (framework != null) {
      lines.add(new String[] {"Framework", framework});
    }
    lines.add(new String[] {"Plan status", words(planStatus)});
    lines.add(new String[] {"Plan due", due()});
    lines.add(new String[] {"Date of this paper", paperDate.format(DAY)});
    lines.add(new String[] {"Overall rating", words(overallRating)});
    if (scored || score != null) {
      lines.add(new String[] {"Score", score == null ? "" : score.toString()});
    }
    return List.copyOf(lines);
  }
}
