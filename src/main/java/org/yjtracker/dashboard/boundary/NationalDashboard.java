package org.yjtracker.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.control.PlanStages;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.dashboard.control.NationalExport;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.dashboard.control.NationalSql;
import org.yjtracker.dashboard.control.RatingChanges;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.boundary.Migrations;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/**
 * The inspectorate's table of every service with a published inspection. Each page is four
 * statements whatever its size: the rows, the count, and the two charts (see {@link NationalSql}).
 * Plain JDBC, because the rows are a report over many tables, not entities.
 */
@ApplicationScoped
public class NationalDashboard {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Resource(lookup = Migrations.DATASOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "plan.due.soon.days", defaultValue = "14")
  int dueSoonDays;

  @Inject
  @ConfigProperty(name = "plan.stale.days", defaultValue = "30")
  int staleDays;

  public NationalView page(
      Caller caller, NationalFilter filter, NationalSort sort, PageRequest page) {
    requireInspectorate(caller);
    LocalDate today = LocalDate.now(UK);
    NationalSql sql = sql(filter, today);
    try (Connection connection = dataSource.getConnection()) {
      List<ServiceRow> rows =
          rows(connection, sql.rows(sort, page.size(), page.firstResult()), today);
      long total = single(connection, sql.count());
      return new NationalView(
          ResultPage.of(rows, page, total),
          sort.param(),
          ratings(connection, sql.ratingDistribution()),
          changes(connection, sql.ratingChanges()));
    } catch (SQLException e) {
      throw new IllegalStateException("The national dashboard could not be read", e);
    }
  }

  /** Every row the filters select, in the table's order, for an export. */
  public List<ServiceRow> all(Caller caller, NationalFilter filter, NationalSort sort) {
    requireInspectorate(caller);
    LocalDate today = LocalDate.now(UK);
    try (Connection connection = dataSource.getConnection()) {
      return rows(connection, sql(filter, today).rows(sort, null, 0), today);
    } catch (SQLException e) {
      throw new IllegalStateException("The national dashboard could not be read", e);
    }
  }

  public byte[] export(
      Caller caller, NationalFilter filter, NationalSort sort, NationalExport.Format format) {
    return NationalExport.write(format, all(caller, filter, sort));
  }

  private NationalSql sql(NationalFilter filter, LocalDate today) {
    return new NationalSql(filter, today, new ProgressSettings(56, dueSoonDays, staleDays));
  }

  private static void requireInspectorate(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTOR, Role.INSPECTORATE_ADMIN)) {
      throw new ForbiddenException("The national dashboard is for the inspectorate.");
    }
  }

  private static PreparedStatement prepare(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    PreparedStatement prepared = connection.prepareStatement(statement.sql());
    for (int i = 0; i < statement.parameters().size(); i++) {
      prepared.setObject(i + 1, statement.parameters().get(i));
    }
    return prepared;
  }

  private static long single(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    try (var prepared = prepare(connection, statement);
        var result = prepared.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static List<ServiceRow> rows(
      Connection connection, NationalSql.Statement statement, LocalDate today) throws SQLException {
    List<ServiceRow> rows = new ArrayList<>();
    try (var prepared = prepare(connection, statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        rows.add(row(result, today));
      }
    }
    return rows;
  }

  private static ServiceRow row(ResultSet r, LocalDate today) throws SQLException {
    Region region = Region.valueOf(r.getString("region"));
    LocalDate publishedOn =
        r.getDate("published_on") == null ? null : r.getDate("published_on").toLocalDate();
    String published =
        publishedOn == null
            ? null
            : "MONTH".equals(r.getString("published_precision"))
                ? YearMonth.from(publishedOn).toString()
                : publishedOn.toString();
    String overall = r.getString("published_overall");
    int score = r.getInt("published_score");
    Integer scoreOrNull = r.wasNull() ? null : score;
    long planId = r.getLong("plan_id");
    Long plan = r.wasNull() ? null : planId;
    String planStatus = r.getString("plan_status");
    LocalDate due = r.getDate("due_date") == null ? null : r.getDate("due_date").toLocalDate();
    Timestamp submitted = r.getTimestamp("submitted_at");
    var status = planStatus == null ? null : PlanStatus.valueOf(planStatus);
    var submittedAt = submitted == null ? null : submitted.toInstant();
    return new ServiceRow(
        r.getLong("service_id"),
        r.getString("service_name"),
        region,
        region.label(),
        r.getString("framework_code"),
        r.getString("framework_name"),
        r.getLong("inspection_id"),
        published,
        publishedOn,
        overall == null ? null : Rating.valueOf(overall),
        scoreOrNull,
        plan,
        PlanStages.classify(status, due, submittedAt, today),
        due,
        plan != null && PlanStages.late(due, submittedAt, today),
        r.getLong("open_recommendations"),
        r.getLong("implemented_recommendations"),
        r.getLong("overdue_actions"),
        r.getLong("stale_actions"));
  }

  private static List<NationalView.RatingCount> ratings(
      Connection connection, NationalSql.Statement statement) throws SQLException {
    Map<Rating, Long> counts = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      counts.put(rating, 0L);
    }
    try (var prepared = prepare(connection, statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        String rating = result.getString(1);
        counts.merge(
            rating == null ? Rating.NOT_RATED : Rating.valueOf(rating),
            result.getLong(2),
            Long::sum);
      }
    }
    return counts.entrySet().stream()
        .map(e -> new NationalView.RatingCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static RatingChanges.Summary changes(
      Connection connection, NationalSql.Statement statement) throws SQLException {
    List<RatingChanges.Change> counted = new ArrayList<>();
    try (var prepared = prepare(connection, statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        counted.add(
            new RatingChanges.Change(
                Rating.valueOf(result.getString(1)),
                Rating.valueOf(result.getString(2)),
                result.getLong(3),
                null));
      }
    }
    return RatingChanges.of(counted);
  }
}
