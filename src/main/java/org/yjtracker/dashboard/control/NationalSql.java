package org.yjtracker.dashboard.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yjtracker.actionplan.control.ProgressSettings;

/**
 * The national dashboard's SQL: one statement for a page of rows, one for the count, two for the
 * charts, each over the same filtered set. Counts per row are subqueries of the one statement,
 * never a query per row from the application.
 *
 * <p>A recommendation's status is {@code RecommendationProgress}'s rule written in SQL, so the
 * table can sort on it: the inspector's status if set, else OPEN when none of its live
 * (non-cancelled) actions has started, IMPLEMENTED when all of them are complete, IN_PROGRESS
 * otherwise. "Open" counts OPEN and IN_PROGRESS. Overdue and stale are {@code ActionFlags}'s rules
 * for actions not finished: past the target date; no update (or, without one, no writing) for the
 * stale threshold.
 */
public final class NationalSql {

  /** A statement and its parameters in order. */
  public record Statement(String sql, List<Object> parameters) {}

  static final String RATING_RANK =
      "CASE l.published_overall WHEN 'OUTSTANDING' THEN 4 WHEN 'GOOD' THEN 3"
          + " WHEN 'REQUIRES_IMPROVEMENT' THEN 2 WHEN 'INADEQUATE' THEN 1 ELSE 0 END";

  /**
   * PlanStage's order. Lateness here takes the submission's date in the database session's zone,
   * where {@link PlanStages} (which the rows show) takes the UK's: they can differ only for a plan
   * submitted in the first hour of a summer day after its due date, and only in the sort.
   */
  static final String STAGE_RANK =
      "CASE WHEN p.id IS NULL THEN 0 WHEN p.status = 'DRAFT' THEN 1 WHEN p.status = 'ENDORSED'"
          + " THEN 2 WHEN p.status = 'SUBMITTED' AND DATE(p.submitted_at) > p.due_date THEN 3"
          + " WHEN p.status = 'SUBMITTED' THEN 4 WHEN p.status = 'ACTIVE' THEN 5 ELSE 6 END";

  /**
   * The framework by subquery, not a join: joined, its three rows tempt the optimiser into a join
   * buffer, which makes it build every row (and every count) before sorting (docs/benchmarks.md).
   */
  static final String FRAMEWORK_NAME =
      "(SELECT f.name FROM framework f WHERE f.id = l.framework_id)";

  private static final String FRAMEWORK_CODE =
      "(SELECT f.code FROM framework f WHERE f.id = l.framework_id)";

  /** Each service's latest published inspection (by publication date, then entry) and plan. */
  private static final String BASE =
      " FROM inspection l JOIN organisation o ON o.id = l.service_id"
          + " LEFT JOIN action_plan p ON p.inspection_id = l.id"
          + " WHERE l.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM inspection n"
          + " WHERE n.status = 'PUBLISHED' AND n.service_id = l.service_id"
          + " AND (n.published_on > l.published_on"
          + " OR (n.published_on = l.published_on AND n.id > l.id)))";

  /** A live action of recommendation r in plan p that is {@code NOT IN} the given statuses. */
  private static String liveActionNotIn(String statuses) {
    return "EXISTS (SELECT 1 FROM plan_action_recommendation par JOIN plan_action a"
        + " ON a.id = par.action_id WHERE par.recommendation_id = r.id AND a.plan_id = p.id"
        + " AND a.status NOT IN ('CANCELLED', "
        + statuses
        + "))";
  }

  /** Recommendation r's status (RecommendationProgress.current). */
  private static final String RECOMMENDATION_STATUS =
      "COALESCE(rr.status_override, CASE WHEN NOT "
          + liveActionNotIn("'NOT_STARTED'")
          + " THEN 'OPEN' WHEN NOT "
          + liveActionNotIn("'COMPLETE'")
          + " THEN 'IMPLEMENTED' ELSE 'IN_PROGRESS' END)";

  private static String recommendationsWithStatus(String statuses) {
    return "(SELECT COUNT(*) FROM recommendation r LEFT JOIN recommendation_response rr"
        + " ON rr.recommendation_id = r.id WHERE r.inspection_id = l.id AND "
        + RECOMMENDATION_STATUS
        + " IN ("
        + statuses
        + "))";
  }

  static final String OPEN_RECOMMENDATIONS = recommendationsWithStatus("'OPEN', 'IN_PROGRESS'");
  static final String IMPLEMENTED_RECOMMENDATIONS = recommendationsWithStatus("'IMPLEMENTED'");

  /** Parameter: today. */
  static final String OVERDUE_ACTIONS =
      "(SELECT COUNT(*) FROM plan_action a WHERE a.plan_id = p.id"
          + " AND a.status NOT IN ('COMPLETE', 'CANCELLED') AND a.target_date < ?)";

  /** Parameter: the stale threshold instant. */
  static final String STALE_ACTIONS =
      "(SELECT COUNT(*) FROM plan_action a WHERE a.plan_id = p.id"
          + " AND a.status NOT IN ('COMPLETE', 'CANCELLED') AND COALESCE((SELECT"
          + " MAX(u.written_at) FROM progress_update u WHERE u.action_id = a.id), a.created_at)"
          + " < ?)";

  /**
   * A row's columns. The counts are correlated subqueries, run only for the rows of the page: the
   * page is chosen first by the sort key alone (see {@link #rows}). Parameters: today, the stale
   * threshold instant.
   */
  private static final String COLUMNS =
      "SELECT o.id AS service_id, o.name AS service_name, o.region, "
          + FRAMEWORK_CODE
          + " AS framework_code, "
          + FRAMEWORK_NAME
          + " AS framework_name, l.id AS inspection_id, l.published_on,"
          + " l.published_precision, l.published_overall, l.published_score, p.id AS plan_id,"
          + " p.status AS plan_status, p.due_date, p.submitted_at, "
          + OPEN_RECOMMENDATIONS
          + " AS open_recommendations, "
          + IMPLEMENTED_RECOMMENDATIONS
          + " AS implemented_recommendations, "
          + OVERDUE_ACTIONS
          + " AS overdue_actions, "
          + STALE_ACTIONS
          + " AS stale_actions";

  private final String where;
  private final List<Object> whereParameters;
  private final LocalDate today;
  private final Instant staleBefore;

  public NationalSql(NationalFilter filter, LocalDate today, ProgressSettings thresholds) {
    StringBuilder conditions = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    if (filter.region() != null) {
      conditions.append(" AND o.region = ?");
      parameters.add(filter.region().name());
    }
    if (filter.overall() != null) {
      conditions.append(" AND l.published_overall = ?");
      parameters.add(filter.overall().name());
    }
    if (filter.framework() != null) {
      conditions.append(" AND l.framework_id IN (SELECT f.id FROM framework f WHERE f.code = ?)");
      parameters.add(filter.framework());
    }
    if (filter.ownerKind() != null) {
      conditions.append(
          " AND EXISTS (SELECT 1 FROM recommendation r JOIN recommendation_owner_kind k"
              + " ON k.recommendation_id = r.id WHERE r.inspection_id = l.id AND k.kind = ?)");
      parameters.add(filter.ownerKind().name());
    }
    if (filter.theme() != null) {
      conditions.append(
          " AND EXISTS (SELECT 1 FROM recommendation r JOIN recommendation_theme rt"
              + " ON rt.recommendation_id = r.id JOIN theme t ON t.id = rt.theme_id"
              + " WHERE r.inspection_id = l.id AND t.code = ?)");
      parameters.add(filter.theme());
    }
    if (filter.text() != null) {
      // The collation ignores case; the pattern comes from Like.containing (%, _ escaped).
      conditions.append(" AND o.name LIKE ?");
      parameters.add(filter.text());
    }
    this.where = conditions.toString();
    this.whereParameters = List.copyOf(parameters);
    this.today = today;
    // ActionFlags: stale once the last activity is staleDays or more before today (UK days).
    this.staleBefore =
        today
            .minusDays(thresholds.staleDays() - 1L)
            .atStartOfDay(org.yjtracker.platform.control.Clocks.TRACKER_ZONE)
            .toInstant();
  }

  /**
   * One page of rows, or every row when {@code limit} is null. Two steps in one statement: a
   * derived table picks the page's inspections by the sort key alone (a count is worked out for
   * every filtered service only when the table is sorted on it), then the page's rows get their
   * columns.
   */
  public Statement rows(NationalSort sort, Integer limit, int offset) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(Date.valueOf(today));
    parameters.add(Timestamp.from(staleBefore));
    switch (sort.key()) {
      case OVERDUE_ACTIONS -> parameters.add(Date.valueOf(today));
      case STALE_ACTIONS -> parameters.add(Timestamp.from(staleBefore));
      default -> {}
    }
    String key = sortExpression(sort.key());
    parameters.addAll(whereParameters);
    String direction = sort.descending() ? " DESC" : " ASC";
    StringBuilder sql =
        new StringBuilder(COLUMNS)
            .append(" FROM (SELECT l.id AS page_id, ")
            .append(key)
            .append(" AS sort_value, o.name AS sort_name, o.id AS sort_id")
            .append(BASE)
            .append(where)
            // Ties keep a stable order, so pages never repeat or skip a row.
            .append(" ORDER BY sort_value")
            .append(direction)
            .append(", sort_name ASC, sort_id ASC");
    if (limit != null) {
      sql.append(" LIMIT ? OFFSET ?");
      parameters.add(limit);
      parameters.add(offset);
    }
    sql.append(") page JOIN inspection l ON l.id = page.page_id")
        .append(" JOIN organisation o ON o.id = l.service_id")
        .append(" LEFT JOIN action_plan p ON p.inspection_id = l.id")
        .append(" ORDER BY page.sort_value")
        .append(direction)
        .append(", page.sort_name ASC, page.sort_id ASC");
    return new Statement(sql.toString(), parameters);
  }

  /** What a sort key orders by; only these expressions reach the SQL. */
  static String sortExpression(NationalSort.Key key) {
    return switch (key) {
      case SERVICE -> "o.name";
      case REGION -> "o.region";
      case FRAMEWORK -> FRAMEWORK_NAME;
      case PUBLISHED -> "l.published_on";
      case OVERALL -> RATING_RANK;
      case SCORE -> "l.published_score";
      case PLAN_STAGE -> STAGE_RANK;
      case OPEN_RECOMMENDATIONS -> OPEN_RECOMMENDATIONS;
      case IMPLEMENTED_RECOMMENDATIONS -> IMPLEMENTED_RECOMMENDATIONS;
      case OVERDUE_ACTIONS -> OVERDUE_ACTIONS;
      case STALE_ACTIONS -> STALE_ACTIONS;
    };
  }

  public Statement count() {
    return new Statement("SELECT COUNT(*)" + BASE + where, whereParameters);
  }

  /** Latest overall rating and how many services have it (null: no overall rating). */
  public Statement ratingDistribution() {
    return new Statement(
        "SELECT l.published_overall, COUNT(*)" + BASE + where + " GROUP BY l.published_overall",
        whereParameters);
  }

  /**
   * Overall rating of each rated published inspection and of the rated one before it, for the
   * filtered services: from, to, count.
   */
  public Statement ratingChanges() {
    return new Statement(
        "SELECT pairs.before_overall, pairs.published_overall, COUNT(*) FROM (SELECT"
            + " i.service_id, i.published_overall, LAG(i.published_overall) OVER (PARTITION BY"
            + " i.service_id ORDER BY i.published_on, i.id) AS before_overall FROM inspection i"
            + " WHERE i.status = 'PUBLISHED' AND i.published_overall IS NOT NULL) pairs"
            + " WHERE pairs.before_overall IS NOT NULL AND pairs.service_id IN (SELECT"
            + " l.service_id"
            + BASE
            + where
            + ") GROUP BY pairs.before_overall, pairs.published_overall",
        whereParameters);
  }
}
