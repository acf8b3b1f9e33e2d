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

  public ConfiguredDataSource() throws SQLException {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    String url = config.getOptionalValue("db.url", String.class).orElse("");
    if (url.isBlank()) {
      throw new SQLException(
          "No database configured: set DB_URL (or start the tracker with ./mvnw -Prun, which"
              + " starts an embedded database)");
    }
    setUrl(url.strip());
    setUser(config.getOptionalValue("db.user", String.class).orElse("root"));
    setPassword(config.getOptionalValue("db.password", String.class).orElse(""));
  }
}
