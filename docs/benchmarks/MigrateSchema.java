import org.flywaydb.core.Flyway;

/**
 * Brings a benchmark database's schema up to one version of db-migrations/ with the application's
 * own Flyway, for national-load.sh: the data generator then fills the base tables of that schema,
 * and the application migrates any later version at start-up over the generated rows, as it would
 * over a real database. The schema history is Flyway's own, so the application accepts it.
 *
 * <p>Run as a single-file program with the application's libraries (a built war):
 *
 * <pre>
 *   DB_URL=jdbc:mariadb://127.0.0.1:3306/tracker_bench DB_USER=root DB_PASSWORD= \
 *     java -cp 'target/tracker/WEB-INF/lib/*' docs/benchmarks/MigrateSchema.java [version|latest]
 * </pre>
 */
public class MigrateSchema {

  public static void main(String[] args) {
    String target = args.length > 0 ? args[0] : "latest";
    var result =
        Flyway.configure(MigrateSchema.class.getClassLoader())
            .dataSource(
                System.getenv("DB_URL"),
                System.getenv("DB_USER"),
                System.getenv().getOrDefault("DB_PASSWORD", ""))
            .locations("filesystem:db-migrations")
            .target(target)
            .load()
            .migrate();
    System.out.println(
        "Schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied)");
  }
}
