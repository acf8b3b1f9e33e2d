package org.yjtracker.dashboard.control;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.Region;

/**
 * The national dashboard's reads, all from the table the dashboard keeps ({@code
 * national_service}): a page of rows off the sort key's index, and the count and both charts
 * together from one grouping by overall rating and the one before. Nothing here works out a status,
 * a flag or lateness: the rows hold them as actionplan gave them.
 */
public final class NationalSql {

  /** A statement and its parameters in order. */
  public record Statement(String sql, List<Object> parameters) {}

  private static final String COLUMNS =
      "SELECT s.service_id, s.service_name, s.region, s.inspection_id, s.framework_code,"
          + " s.framework_name, s.inspection_kind, s.published_on, s.published_precision, s.overall, s.score,"
          + " s.plan_id, s.plan_stage, s.due_date, s.plan_late, s.days_late, s.open_recommendations,"
          + " s.implemented_recommendations, s.overdue_actions, s.due_soon_actions,"
          + " s.stale_actions, s.blocked_actions FROM national_service s";

  private final String where;
  private final List<Object> whereParameters;

  public NationalSql(NationalFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (filter.region() != null) {
      conditions.add("s.region = ?");
      parameters.add(filter.region().name());
    }
    if (filter.overall() != null) {
      conditions.add("s.overall = ?");
      parameters.add(filter.overall().name());
    }
    if (filter.framework() != null) {
      conditions.add("s.framework_code = ?");
      parameters.add(filter.framework());
    }
    if (filter.kind() != null) {
      conditions.add("s.inspection_kind = ?");
      parameters.add(filter.kind().name());
    }
    if (filter.ownerKind() != null) {
      conditions.add(
          "s.service_id IN (SELECT k.service_id FROM national_service_owner_kind k"
              + " WHERE k.kind = ?)");
      parameters.add(filter.ownerKind().name());
    }
    if (filter.theme() != null) {
      conditions.add(
          "s.service_id IN (SELECT t.service_id FROM national_service_theme t"
              + " WHERE t.theme_code = ?)");
      parameters.add(filter.theme());
    }
    if (filter.text() != null) {
      // The collation ignores case; the pattern comes from Like.containing (%, _ escaped).
      conditions.add("s.service_name LIKE ?");
      parameters.add(filter.text());
    }
    if (filter.late() != null) {
      conditions.add("s.plan_late = ?");
      parameters.add(filter.late());
    }
    this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    this.whereParameters = Collections.unmodifiableList(parameters);
  }

  /** One page of rows, or every row when {@code limit} is null. */
  public Statement rows(NationalSort sort, Integer limit, int offset) {
    List<Object> parameters = new ArrayList<>(whereParameters);
    StringBuilder sql = new StringBuilder(COLUMNS).append(where).append(orderBy(sort));
    if (limit != null) {
      sql.append(" LIMIT ? OFFSET ?");
      parameters.add(limit);
      parameters.add(offset);
    }
    return new Statement(sql.toString(), Collections.unmodifiableList(parameters));
  }

  /**
   * The sort key's column, then the name and id so ties keep a stable order and pages never repeat
   * or skip a row. Each key has an index in both directions (V15).
   */
  static String orderBy(NationalSort sort) {
    String direction = sort.descending() ? " DESC" : " ASC";
    if (sort.key() == NationalSort.Key.SERVICE) {
      return " ORDER BY s.service_name" + direction + ", s.service_id" + direction;
    }
    return " ORDER BY " + column(sort.key()) + direction + ", s.service_name ASC, s.service_id ASC";
  }

  /** The column a sort key orders by; only these names reach the SQL. */
  static String column(NationalSort.Key key) {
    return switch (key) {
      case SERVICE -> "s.service_name";
      case REGION -> "s.region";
      case FRAMEWORK -> "s.framework_name";
      case PUBLISHED -> "s.published_on";
      case OVERALL -> "s.overall_rank";
      case SCORE -> "s.score";
      case PLAN_STAGE -> "s.stage_rank";
      case DAYS_LATE -> "s.days_late";
      case OPEN_RECOMMENDATIONS -> "s.open_recommendations";
      case IMPLEMENTED_RECOMMENDATIONS -> "s.implemented_recommendations";
      case OVERDUE_ACTIONS -> "s.overdue_actions";
      case STALE_ACTIONS -> "s.stale_actions";
    };
  }

  /**
   * The selected services by overall rating and the rated one before it: their sum is the count, by
   * overall the distribution, the pairs with both the rating changes.
   */
  public Statement ratings() {
    return new Statement(
        "SELECT s.overall, s.previous_overall, COUNT(*) FROM national_service s"
            + where
            + " GROUP BY s.overall, s.previous_overall",
        whereParameters);
  }

  /**
   * Whether any row's figures are for another day than today and may read differently now (time
   * moved on; or the clock was set back). Usually none: an index read.
   */
  public static Statement due(LocalDate today) {
    return new Statement(
        "SELECT 1 FROM national_service WHERE next_change_on <= ? OR figures_on > ? LIMIT 1",
        List.of(Date.valueOf(today), Date.valueOf(today)));
  }

  /** A row as {@link #rows} reads it. */
  public static ServiceRow row(ResultSet r) throws SQLException {
    Region region = Region.valueOf(r.getString("region"));
    InspectionKind kind = InspectionKind.valueOf(r.getString("inspection_kind"));
    LocalDate publishedOn = r.getDate("published_on").toLocalDate();
    String published =
        "MONTH".equals(r.getString("published_precision"))
            ? YearMonth.from(publishedOn).toString()
            : publishedOn.toString();
    String overall = r.getString("overall");
    int score = r.getInt("score");
    Integer scoreOrNull = r.wasNull() ? null : score;
    long planId = r.getLong("plan_id");
    Long plan = r.wasNull() ? null : planId;
    LocalDate due = r.getDate("due_date") == null ? null : r.getDate("due_date").toLocalDate();
    return new ServiceRow(
        r.getLong("service_id"),
        r.getString("service_name"),
        region,
        region.label(),
        r.getString("framework_code"),
        r.getString("framework_name"),
        kind,
        kind.label(),
        r.getLong("inspection_id"),
        published,
        publishedOn,
        overall == null ? null : Rating.valueOf(overall),
        scoreOrNull,
        plan,
        PlanStage.valueOf(r.getString("plan_stage")),
        due,
        r.getBoolean("plan_late"),
        r.getLong("days_late"),
        r.getLong("open_recommendations"),
        r.getLong("implemented_recommendations"),
        r.getLong("overdue_actions"),
        r.getLong("due_soon_actions"),
        r.getLong("stale_actions"),
        r.getLong("blocked_actions"));
  }
}
