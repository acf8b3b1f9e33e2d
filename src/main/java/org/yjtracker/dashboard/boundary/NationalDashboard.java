package org.yjtracker.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.dashboard.control.NationalExport;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.dashboard.control.NationalSql;
import org.yjtracker.dashboard.control.RatingChanges;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.platform.boundary.Migrations;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/**
 * The inspectorate's table of every service with a published inspection, read from the table the
 * dashboard keeps ({@link NationalRows}): a page is two statements whatever its size, the rows off
 * the sort key's index and the count with both charts from one grouping (see {@link NationalSql}),
 * after one index read that finds whether time has moved any figure on since it was worked out.
 * Plain JDBC, because the rows are a report, not entities.
 */
@ApplicationScoped
public class NationalDashboard {

  private static final Logger LOG = Logger.getLogger(NationalDashboard.class.getName());

  @Resource(lookup = Migrations.DATASOURCE)
  DataSource dataSource;

  @Inject PlanProgress progress;
  @Inject NationalUpkeep upkeep;

  public NationalView page(
      Caller caller, NationalFilter filter, NationalSort sort, PageRequest page) {
    requireInspectorate(caller);
    NationalSql sql = new NationalSql(filter);
    try (Connection connection = dataSource.getConnection()) {
      catchUp(connection);
      List<ServiceRow> rows = rows(connection, sql.rows(sort, page.size(), page.firstResult()));
      Ratings ratings = ratings(connection, sql.ratings());
      return new NationalView(
          ResultPage.of(rows, page, ratings.total()),
          sort.param(),
          ratings.distribution(),
          ratings.changes());
    } catch (SQLException e) {
      throw new IllegalStateException("The national dashboard could not be read", e);
    }
  }

  /** Every row the filters select, in the table's order, for an export. */
  public List<ServiceRow> all(Caller caller, NationalFilter filter, NationalSort sort) {
    requireInspectorate(caller);
    try (Connection connection = dataSource.getConnection()) {
      catchUp(connection);
      return rows(connection, new NationalSql(filter).rows(sort, null, 0));
    } catch (SQLException e) {
      throw new IllegalStateException("The national dashboard could not be read", e);
    }
  }

  public byte[] export(
      Caller caller, NationalFilter filter, NationalSort sort, NationalExport.Format format) {
    return NationalExport.write(format, all(caller, filter, sort));
  }

  /** Today, UK time, by the application's clock: the day the figures are for. */
  public LocalDate today() {
    return progress.today();
  }

  /** Rows time has moved on since their figures were worked out are worked out first. */
  private void catchUp(Connection connection) throws SQLException {
    try (var prepared = prepare(connection, NationalSql.due(progress.today()));
        var result = prepared.executeQuery()) {
      if (!result.next()) {
        return;
      }
    }
    try {
      upkeep.catchUp();
    } catch (RuntimeException e) {
      // Better yesterday's figures than no page: the hourly run and the next read try again.
      LOG.log(Level.WARNING, "The national table could not catch up with today", e);
    }
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

  private static List<ServiceRow> rows(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    List<ServiceRow> rows = new ArrayList<>();
    try (var prepared = prepare(connection, statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        rows.add(NationalSql.row(result));
      }
    }
    return rows;
  }

  /** The count and both charts, from the one grouping by overall rating and the one before. */
  private record Ratings(
      long total, List<NationalView.RatingCount> distribution, RatingChanges.Summary changes) {}

  private static Ratings ratings(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    Map<Rating, Long> counts = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      counts.put(rating, 0L);
    }
    List<RatingChanges.Change> changes = new ArrayList<>();
    long total = 0;
    try (var prepared = prepare(connection, statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        String overall = result.getString(1);
        String before = result.getString(2);
        long count = result.getLong(3);
        total += count;
        counts.merge(
            overall == null ? Rating.NOT_RATED : Rating.valueOf(overall), count, Long::sum);
        if (overall != null && before != null) {
          changes.add(
              new RatingChanges.Change(
                  Rating.valueOf(before), Rating.valueOf(overall), count, null));
        }
      }
    }
    return new Ratings(
        total,
        counts.entrySet().stream()
            .map(e -> new NationalView.RatingCount(e.getKey(), e.getValue()))
            .toList(),
        RatingChanges.of(changes));
  }
}
