package org.yjtracker.dashboard.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yjtracker.actionplan.control.ActionFlags;

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

  /**
   * Correlated subqueries rather than grouped derived tables: MariaDB runs them only for the rows a
   * page shows when the sort does not need them, and by index otherwise (docs/benchmarks.md).
   * Parameters: today, the stale threshold instant.
   */
  private static final String COLUMNS =
      "SELECT o.id AS service_id, o.name AS service_name, o.region, "
          + FRAMEWORK_CODE
          + " AS framework_code, "
          + FRAMEWORK_NAME
          + " AS framework_name, l.id AS inspection_id, l.published_on,"
          + " l.published_precision, l.published_overall, l.published_score, p.id AS plan_id,"
          + " p.status AS plan_status, p.due_date, p.submitted_at, "
          + recommendationsWithStatus("'OPEN', 'IN_PROGRESS'")
          + " AS open_recommendations, "
          + recommendationsWithStatus("'IMPLEMENTED'")
          + " AS implemented_recommendations,"
          + " (SELECT COUNT(*) FROM plan_action a WHERE a.plan_id = p.id"
          + " AND a.status NOT IN ('COMPLETE', 'CANCELLED') AND a.target_date < ?)"
          + " AS overdue_actions,"
          + " (SELECT COUNT(*) FROM plan_action a WHERE a.plan_id = p.id"
          + " AND a.status NOT IN ('COMPLETE', 'CANCELLED') AND COALESCE((SELECT"
          + " MAX(u.written_at) FROM progress_update u WHERE u.action_id = a.id), a.created_at)"
          + " < ?) AS stale_actions";

  private final String where;
  private final List<Object> whereParameters;
  private final LocalDate today;
  private final Instant staleBefore;

  public NationalSql(NationalFilter filter, LocalDate today, ActionFlags.Thresholds thresholds) {
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
        today.minusDays(thresholds.staleDays() - 1L).atStartOfDay(PlanStages.UK).toInstant();
  }

  /** One page of rows, or every row when {@code limit} is null. */
  public Statement rows(NationalSort sort, Integer limit, int offset) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(Date.valueOf(today));
    parameters.add(Timestamp.from(staleBefore));
    parameters.addAll(whereParameters);
    String sql = COLUMNS + BASE + where + " ORDER BY " + sort.orderBy();
    if (limit != null) {
      sql += " LIMIT ? OFFSET ?";
      parameters.add(limit);
      parameters.add(offset);
    }
    return new Statement(sql, parameters);
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
