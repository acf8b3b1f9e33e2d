package org.yjtracker.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date from {@code db-migrations/} before anything else runs. Deployment
 * fails if a migration fails, so the application never serves an old or half-migrated schema.
 */
@DataSourceDefinition(
    name = Migrations.DATASOURCE,
    className = "org.yjtracker.platform.control.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 2,
    // Read committed: a writer that has waited for a plan's lock (actionplan's ProgressKeeper)
    // then reads what the writer before it committed, not a snapshot taken before it waited.
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      // Validate pooled connections so the application recovers by itself after a database
      // outage instead of handing out dead connections.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.statement-timeout-in-seconds=30",
      // During an outage a request waits at most this long for a connection, then answers 503
      // (platform/control/DatabaseTrouble) instead of hanging until its client gives up.
      "fish.payara.max-wait-time-in-millis=1500"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

  public static final String DATASOURCE = "java:app/jdbc/tracker";
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }
}
