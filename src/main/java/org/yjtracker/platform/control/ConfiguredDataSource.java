package org.yjtracker.platform.control;

import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB data source, configured from db.url, db.user and db.password (DB_URL, DB_USER,
 * DB_PASSWORD). It reads them itself because MicroProfile Config treats an empty value as missing,
 * and a database account with an empty password (a developer's root) is legitimate.
 */
public class ConfiguredDataSource extends MariaDbDataSource {

  static final int CONNECT_TIMEOUT_MS = 2000;
  static final int SOCKET_TIMEOUT_MS = 40000;

  public ConfiguredDataSource() throws SQLException {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    String url = config.getOptionalValue("db.url", String.class).orElse("");
    if (url.isBlank()) {
      throw new SQLException(
          "No database configured: set DB_URL (or start the tracker with ./mvnw -Prun, which"
              + " starts an embedded database)");
    }
    setUrl(withTimeouts(url.strip()));
    setUser(config.getOptionalValue("db.user", String.class).orElse("root"));
    setPassword(config.getOptionalValue("db.password", String.class).orElse(""));
  }

  /**
   * Short network timeouts unless the URL sets its own: a database that is down or unreachable
   * fails a connection attempt in two seconds rather than hanging the request, and a connection
   * whose server vanished without closing it (a network partition) fails after 40 s, longer than
   * the 30 s statement timeout so that a slow query is stopped by that first.
   */
  static String withTimeouts(String url) {
    String result = url;
    if (!result.contains("connectTimeout=")) {
      result += (result.contains("?") ? "&" : "?") + "connectTimeout=" + CONNECT_TIMEOUT_MS;
    }
    if (!result.contains("socketTimeout=")) {
      result += "&socketTimeout=" + SOCKET_TIMEOUT_MS;
    }
    return result;
  }
}
