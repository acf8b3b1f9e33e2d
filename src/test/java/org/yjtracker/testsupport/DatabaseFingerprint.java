package org.yjtracker.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A checksum of every table of the test database (MariaDB's CHECKSUM TABLE), to show that a request
 * changed nothing. Connects with the build's test.db.* settings, the same database the application
 * under test uses.
 */
public final class DatabaseFingerprint implements AutoCloseable {

  private final Connection connection;
  private final String checksumAll;

  private DatabaseFingerprint(Connection connection, List<String> tables) {
    this.connection = connection;
    this.checksumAll =
        "CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList());
  }

  public static DatabaseFingerprint ofTestDatabase() {
    String name = System.getProperty("test.db.name", "tracker_it");
    String url =
        "jdbc:mariadb://"
            + System.getProperty("test.db.host", "127.0.0.1")
            + ":"
            + System.getProperty("test.db.port", "3306")
            + "/"
            + name;
    try {
      Connection connection =
          DriverManager.getConnection(
              url,
              System.getProperty("test.db.user", "root"),
              Objects.requireNonNullElse(System.getProperty("test.db.password"), ""));
      List<String> tables = new ArrayList<>();
      try (var statement =
          connection.prepareStatement(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND"
                  + " table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'"
                  + " ORDER BY table_name")) {
        statement.setString(1, name);
        try (var rows = statement.executeQuery()) {
          while (rows.next()) {
            tables.add(rows.getString(1));
          }
        }
      }
      if (tables.isEmpty()) {
        throw new IllegalStateException("No tables in " + url);
      }
      return new DatabaseFingerprint(connection, tables);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the test database " + url, e);
    }
  }

  /** Table name to checksum, for every table. */
  public Map<String, Long> take() {
    Map<String, Long> sums = new TreeMap<>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(checksumAll)) {
      while (rows.next()) {
        String table = rows.getString(1);
        sums.put(table.substring(table.indexOf('.') + 1), rows.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return sums;
  }

  /** The tables whose checksum differs between two fingerprints. */
  public static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
    return after.keySet().stream()
        .filter(t -> !Objects.equals(before.get(t), after.get(t)))
        .toList();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
