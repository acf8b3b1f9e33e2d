package org.yjtracker.dashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yjtracker.dashboard.control.NationalExport;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.dashboard.control.NationalSql;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Clocks;

/**
 * Times the national dashboard's statements (the ones the application runs, from {@link
 * NationalSql}) against a database filled by docs/benchmarks/national-dashboard-data.sql on which
 * the tracker has started once (its start-up builds the table these statements read). Not a test: a
 * main, run by hand (see docs/benchmarks.md). Prints the median of 7 runs after 2 warm-ups.
 *
 * <p>Argument: a JDBC URL, e.g. {@code jdbc:mariadb://127.0.0.1:3306/tracker_bench?user=root}.
 */
public final class NationalDashboardBenchmark {

  private static final int WARM_UPS = 2;
  private static final int RUNS = 7;

  private NationalDashboardBenchmark() {}

  public static void main(String[] args) throws Exception {
    LocalDate today = LocalDate.now(Clocks.TRACKER_ZONE);
    try (Connection connection = DriverManager.getConnection(args[0])) {
      var all = new NationalSql(NationalFilter.NONE);
      System.out.printf("%-56s %10s %6s%n", "statement", "median ms", "rows");
      time(connection, "catch-up check (any figures time moved on)", NationalSql.due(today));
      for (NationalSort.Key key : NationalSort.Key.values()) {
        for (boolean descending : new boolean[] {false, true}) {
          var sort = new NationalSort(key, descending);
          time(connection, "page 1 sorted by " + sort.param(), all.rows(sort, 25, 0));
        }
      }
      time(
          connection,
          "page 40 sorted by -overdueActions",
          all.rows(new NationalSort(NationalSort.Key.OVERDUE_ACTIONS, true), 25, 975));
      time(connection, "count and both charts, unfiltered", all.ratings());
      List<NationalFilter> filters =
          List.of(
              filter(Region.LONDON, Rating.GOOD, null, null, null, null),
              filter(null, null, "HMIP_YJ_2018", null, null, null),
              filter(null, null, null, OrganisationKind.POLICE, null, null),
              filter(null, null, null, null, "VICTIMS", null),
              filter(null, null, null, OrganisationKind.POLICE, "VICTIMS", null),
              new NationalFilter(null, null, null, null, null, null, "%service 012%", null),
              filter(null, null, null, null, null, Boolean.TRUE));
      for (NationalFilter filter : filters) {
        var sql = new NationalSql(filter);
        time(connection, "page 1 where " + describe(filter), sql.rows(NationalSort.DEFAULT, 25, 0));
        time(connection, "count and charts where " + describe(filter), sql.ratings());
      }
      time(connection, "every row (export query)", all.rows(NationalSort.DEFAULT, null, 0));
      List<ServiceRow> rows = exportRows(connection, all.rows(NationalSort.DEFAULT, null, 0));
      for (NationalExport.Format format : NationalExport.Format.values()) {
        long[] times = new long[RUNS];
        int size = 0;
        for (int i = -WARM_UPS; i < RUNS; i++) {
          long start = System.nanoTime();
          size = NationalExport.write(format, rows).length;
          if (i >= 0) {
            times[i] = (System.nanoTime() - start) / 1_000_000;
          }
        }
        Arrays.sort(times);
        System.out.printf(
            "%-56s %10d %6d  (%d bytes)%n",
            "write " + format + " of every row", times[RUNS / 2], rows.size(), size);
      }
      explain(connection, "first page", all.rows(NationalSort.DEFAULT, 25, 0));
      explain(
          connection,
          "page 1 sorted by -overdueActions",
          all.rows(new NationalSort(NationalSort.Key.OVERDUE_ACTIONS, true), 25, 0));
      explain(connection, "count and charts", all.ratings());
    }
  }

  private static NationalFilter filter(
      Region region,
      Rating overall,
      String framework,
      OrganisationKind ownerKind,
      String theme,
      Boolean late) {
    return new NationalFilter(region, overall, framework, null, ownerKind, theme, null, late);
  }

  private static String describe(NationalFilter filter) {
    return filter.toString().replaceAll("\\w+=null(, )?", "").replace("NationalFilter", "");
  }

  private static void time(Connection connection, String name, NationalSql.Statement statement)
      throws Exception {
    long[] times = new long[RUNS];
    int rows = 0;
    for (int i = -WARM_UPS; i < RUNS; i++) {
      long start = System.nanoTime();
      rows = run(connection, statement);
      if (i >= 0) {
        times[i] = (System.nanoTime() - start) / 1_000;
      }
    }
    Arrays.sort(times);
    System.out.printf("%-56s %10.2f %6d%n", name, times[RUNS / 2] / 1000.0, rows);
  }

  private static int run(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    try (PreparedStatement prepared = prepare(connection, statement.sql(), statement);
        var result = prepared.executeQuery()) {
      int rows = 0;
      while (result.next()) {
        rows++;
      }
      return rows;
    }
  }

  /** Every row as the application reads it, for the writers to do their real work. */
  private static List<ServiceRow> exportRows(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    List<ServiceRow> rows = new ArrayList<>();
    try (PreparedStatement prepared = prepare(connection, statement.sql(), statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        rows.add(NationalSql.row(result));
      }
    }
    return rows;
  }

  private static void explain(Connection connection, String name, NationalSql.Statement statement)
      throws SQLException {
    System.out.println("EXPLAIN " + name + ":");
    try (PreparedStatement prepared = prepare(connection, "EXPLAIN " + statement.sql(), statement);
        var result = prepared.executeQuery()) {
      var meta = result.getMetaData();
      while (result.next()) {
        StringBuilder line = new StringBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          line.append(meta.getColumnLabel(c)).append('=').append(result.getString(c)).append(' ');
        }
        System.out.println("  " + line);
      }
    }
  }

  private static PreparedStatement prepare(
      Connection connection, String sql, NationalSql.Statement statement) throws SQLException {
    PreparedStatement prepared = connection.prepareStatement(sql);
    for (int i = 0; i < statement.parameters().size(); i++) {
      prepared.setObject(i + 1, statement.parameters().get(i));
    }
    return prepared;
  }
}
