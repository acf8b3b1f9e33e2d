package org.yjtracker.dashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.dashboard.control.NationalExport;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.dashboard.control.NationalSql;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * Times the national dashboard's statements (the ones the application runs, from {@link
 * NationalSql}) against a database filled by docs/benchmarks/national-dashboard-data.sql. Not a
 * test: a main, run by hand (see docs/benchmarks.md). Prints the median of 7 runs after 2 warm-ups.
 *
 * <p>Argument: a JDBC URL, e.g. {@code jdbc:mariadb://127.0.0.1:3306/tracker_bench?user=root}.
 */
public final class NationalDashboardBenchmark {

  private static final int WARM_UPS = 2;
  private static final int RUNS = 7;

  private NationalDashboardBenchmark() {}

  public static void main(String[] args) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    try (Connection connection = DriverManager.getConnection(args[0])) {
      var all =
          new NationalSql(
              NationalFilter.NONE,
              today,
              org.yjtracker.actionplan.control.ProgressSettings.DEFAULT);
      var filtered =
          new NationalSql(
              new NationalFilter(Region.LONDON, Rating.GOOD, null, null, null, null),
              today,
              org.yjtracker.actionplan.control.ProgressSettings.DEFAULT);
      var byOwnerAndTheme =
          new NationalSql(
              new NationalFilter(null, null, null, OrganisationKind.POLICE, "VICTIMS", null),
              today,
              org.yjtracker.actionplan.control.ProgressSettings.DEFAULT);
      var byText =
          new NationalSql(
              new NationalFilter(null, null, null, null, null, "%service 012%"),
              today,
              org.yjtracker.actionplan.control.ProgressSettings.DEFAULT);
      var sorted = new NationalSort(NationalSort.Key.OVERDUE_ACTIONS, true);
      System.out.printf("%-48s %10s %6s%n", "statement", "median ms", "rows");
      time(connection, "first page (by service, 25 rows)", all.rows(NationalSort.DEFAULT, 25, 0));
      time(connection, "page 40 sorted by overdue actions desc", all.rows(sorted, 25, 975));
      time(
          connection,
          "page 1 sorted by open recommendations desc",
          all.rows(new NationalSort(NationalSort.Key.OPEN_RECOMMENDATIONS, true), 25, 0));
      time(
          connection,
          "page 1 sorted by stale actions desc",
          all.rows(new NationalSort(NationalSort.Key.STALE_ACTIONS, true), 25, 0));
      time(
          connection,
          "page 1 sorted by plan stage",
          all.rows(new NationalSort(NationalSort.Key.PLAN_STAGE, false), 25, 0));
      time(connection, "filtered page (London, Good)", filtered.rows(NationalSort.DEFAULT, 25, 0));
      time(
          connection,
          "filtered page (police owner, victims theme)",
          byOwnerAndTheme.rows(NationalSort.DEFAULT, 25, 0));
      time(connection, "filtered page (name contains)", byText.rows(NationalSort.DEFAULT, 25, 0));
      time(connection, "count, unfiltered", all.count());
      time(connection, "count, London and Good", filtered.count());
      time(connection, "rating distribution, unfiltered", all.ratingDistribution());
      time(connection, "rating changes, unfiltered", all.ratingChanges());
      time(connection, "rating changes, London and Good", filtered.ratingChanges());
      time(connection, "every row (export query)", all.rows(NationalSort.DEFAULT, null, 0));
      for (NationalExport.Format format : NationalExport.Format.values()) {
        List<ServiceRow> rows = exportRows(connection, all.rows(NationalSort.DEFAULT, null, 0));
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
            "%-48s %10d %6d  (%d bytes)%n",
            "write " + format + " of every row", times[RUNS / 2], rows.size(), size);
      }
      explain(connection, "first page", all.rows(NationalSort.DEFAULT, 25, 0));
    }
  }

  private static void time(Connection connection, String name, NationalSql.Statement statement)
      throws Exception {
    long[] times = new long[RUNS];
    int rows = 0;
    for (int i = -WARM_UPS; i < RUNS; i++) {
      long start = System.nanoTime();
      rows = run(connection, statement);
      if (i >= 0) {
        times[i] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    Arrays.sort(times);
    System.out.printf("%-48s %10d %6d%n", name, times[RUNS / 2], rows);
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

  /** Rows with just enough filled in for the writers to do their real work. */
  private static List<ServiceRow> exportRows(Connection connection, NationalSql.Statement statement)
      throws SQLException {
    List<ServiceRow> rows = new ArrayList<>();
    try (PreparedStatement prepared = prepare(connection, statement.sql(), statement);
        var result = prepared.executeQuery()) {
      while (result.next()) {
        String overall = result.getString("published_overall");
        rows.add(
            new ServiceRow(
                result.getLong("service_id"),
                result.getString("service_name"),
                Region.valueOf(result.getString("region")),
                Region.valueOf(result.getString("region")).label(),
                result.getString("framework_code"),
                result.getString("framework_name"),
                result.getLong("inspection_id"),
                String.valueOf(result.getDate("published_on")),
                result.getDate("published_on").toLocalDate(),
                overall == null ? null : Rating.valueOf(overall),
                result.getInt("published_score"),
                null,
                PlanStage.ACTIVE,
                null,
                false,
                result.getLong("open_recommendations"),
                result.getLong("implemented_recommendations"),
                result.getLong("overdue_actions"),
                result.getLong("stale_actions")));
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
