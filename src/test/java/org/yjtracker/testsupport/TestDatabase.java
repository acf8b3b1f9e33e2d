package org.yjtracker.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Gives the integration tests a fresh, empty database on the MariaDB server before they start (run
 * by the build in pre-integration-test), and their temporary folder. The application's own
 * migrations build the schema.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static void main(String[] args) throws SQLException, java.io.IOException {
    String serverUrl = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    String name = args.length > 3 ? args[3] : "tracker_it";
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Unsafe database name: " + name);
    }
    try (var connection = DriverManager.getConnection(serverUrl, user, password);
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
      statement.execute(
          "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new SQLException(
          "Cannot prepare the test database on "
              + serverUrl
              + ". Integration tests need a MariaDB server (see README): "
              + e.getMessage(),
          e);
    }
    System.out.println("[test-database] fresh database " + name + " on " + serverUrl);
    if (args.length > 4) {
      // The integration tests' java.io.tmpdir: the JVM does not create it, and files made there
      // (deployments, browser profiles) need it.
      java.nio.file.Files.createDirectories(java.nio.file.Path.of(args[4]));
    }
  }
}
