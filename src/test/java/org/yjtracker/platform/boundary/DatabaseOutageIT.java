package org.yjtracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load and comes back (issue 11, finding 14). The test runs its own
 * MariaDB server (Debian's mariadbd on a random loopback port, a temporary data folder) and its own
 * Payara Micro with the built war, because it kills the one and watches the other: readiness goes
 * DOWN, every request answers 503 problem+json at once instead of hanging, the application recovers
 * by itself when the database is back, and every write it acknowledged is still there.
 */
class DatabaseOutageIT {

  private static final String MARIADBD = "/usr/sbin/mariadbd";
  private static final String INSTALL_DB = "/usr/bin/mariadb-install-db";
  private static final String ADMIN = "admin@tracker.test";
  private static final String ADMIN_PASSWORD = org.yjtracker.testsupport.Api.ADMIN_PASSWORD;

  /** A hang detector, not a speed assertion: a request waiting this long did not fail fast. */
  private static final Duration HANG = Duration.ofSeconds(5);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Process> processes = new CopyOnWriteArrayList<>();
  private Path folder;
  private int dbPort;
  private int httpPort;
  private Process database;
  private ExecutorService load;

  /** One request the load made, when and how it ended. */
  record Outcome(String what, Instant started, Instant ended, int status, String contentType) {
    Duration took() {
      return Duration.between(started, ended);
    }

    boolean acknowledged() {
      return status >= 200 && status < 300;
    }
  }

  @Test
  void theApplicationAnswers503DuringAnOutageAndRecoversKeepingEveryAcknowledgedWrite()
      throws Exception {
    assertTrue(
        Files.isExecutable(Path.of(MARIADBD)) && Files.isExecutable(Path.of(INSTALL_DB)),
        "This test runs its own MariaDB: install Debian's mariadb-server (.ci/run does)");
    folder = Files.createTempDirectory("outage-it");
    dbPort = freePort();
    httpPort = freePort();
    installDatabase();
    database = startDatabase();
    try (var connection = DriverManager.getConnection(jdbc(""), "root", "")) {
      connection.createStatement().execute("CREATE DATABASE tracker");
    }
    startApplication();

    List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    var running = new AtomicBoolean(true);
    load = Executors.newFixedThreadPool(3);
    for (int client = 0; client < 3; client++) {
      load.submit(() -> writeAndRead(running, outcomes, acknowledged));
    }
    waitFor("writes before the outage", Duration.ofSeconds(60), () -> acknowledged.size() >= 10);

    // The outage: the database dies at once, as in a crash.
    Instant killed = Instant.now();
    database.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    waitFor("readiness DOWN", Duration.ofSeconds(10), () -> status(get("/health/ready")) == 503);
    Instant down = Instant.now();
    waitFor(
        "requests during the outage",
        Duration.ofSeconds(60),
        () -> outcomes.stream().filter(o -> o.started().isAfter(down)).count() >= 90);
    assertEquals(503, status(get("/health/ready")), "still DOWN while the database is away");
    Instant restarted = Instant.now();
    List<Outcome> duringOutage =
        outcomes.stream()
            .filter(o -> o.started().isAfter(killed) && o.started().isBefore(restarted))
            .toList();

    database = startDatabase();
    waitFor(
        "writes after the database came back",
        Duration.ofSeconds(90),
        () ->
            outcomes.stream()
                    .filter(o -> o.started().isAfter(restarted) && o.what().equals("write"))
                    .filter(Outcome::acknowledged)
                    .count()
                >= 5);
    running.set(false);
    load.shutdown();
    assertTrue(load.awaitTermination(30, TimeUnit.SECONDS), "the load stops");
    assertEquals(200, status(get("/health/ready")), "ready again");

    String timeline =
        "killed "
            + killed
            + ", readiness DOWN "
            + down
            + ", restarted "
            + restarted
            + "; outcomes:\n"
            + String.join("\n", outcomes.stream().map(Outcome::toString).toList());
    for (Outcome o : duringOutage) {
      assertTrue(
          o.took().compareTo(HANG) < 0, () -> "hung during the outage: " + o + "\n" + timeline);
      if (o.started().isAfter(down)) {
        assertEquals(503, o.status(), () -> "during the outage: " + o + "\n" + timeline);
        assertTrue(
            String.valueOf(o.contentType()).startsWith("application/problem+json"),
            () -> "a problem during the outage: " + o);
      }
    }
    for (Outcome o : outcomes) {
      assertTrue(
          o.acknowledged() || o.status() == 503,
          () -> "only success or 503, before, during and after the outage: " + o + "\n" + timeline);
    }
    try (var connection = DriverManager.getConnection(jdbc("tracker"), "root", "")) {
      for (long id : acknowledged) {
        var query = connection.prepareStatement("SELECT COUNT(*) FROM organisation WHERE id = ?");
        query.setLong(1, id);
        var rows = query.executeQuery();
        rows.next();
        assertEquals(1, rows.getInt(1), "acknowledged organisation " + id + " is kept");
      }
    }
    assertTrue(acknowledged.size() >= 15, "writes before and after: " + acknowledged.size());
    System.out.printf(
        "Outage: %d requests during it (slowest %d ms), %d writes acknowledged and kept%n",
        duringOutage.size(),
        duringOutage.stream().mapToLong(o -> o.took().toMillis()).max().orElse(0),
        acknowledged.size());
  }

  @AfterEach
  void stopEverything() throws IOException {
    if (load != null) {
      load.shutdownNow();
    }
    for (Process process : processes) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    for (Process process : processes) {
      try {
        process.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (folder != null) {
      // The servers' logs outlive the run, for a failure to be understood.
      Path logs = Files.createDirectories(Path.of("target", "outage-it"));
      for (String log : List.of("payara.log", "mariadb.log", "install.log")) {
        if (Files.exists(folder.resolve(log))) {
          Files.copy(
              folder.resolve(log),
              logs.resolve(log),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One load client: create an organisation, read the list, until told to stop. */
  private void writeAndRead(AtomicBoolean running, List<Outcome> outcomes, Set<Long> acknowledged) {
    int n = 0;
    while (running.get() && n < 2000) {
      String name = "Outage org " + UUID.randomUUID();
      String body =
          "{\"kind\":\"YJS\",\"name\":\"" + name + "\",\"region\":\"LONDON\",\"servesIds\":[]}";
      Instant started = Instant.now();
      HttpResponse<String> written =
          send(
              HttpRequest.newBuilder(uri("/api/organisations"))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", UUID.randomUUID().toString()));
      outcomes.add(outcome("write", started, written));
      if (written != null && written.statusCode() == 201) {
        acknowledged.add(id(written.body()));
      }
      started = Instant.now();
      HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/organisations?size=5")));
      outcomes.add(outcome("read", started, read));
      started = Instant.now();
      HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/organisations")));
      outcomes.add(outcome("page", started, page));
      n++;
    }
  }

  private static Outcome outcome(String what, Instant started, HttpResponse<String> response) {
    return new Outcome(
        what,
        started,
        Instant.now(),
        response == null ? -1 : response.statusCode(),
        response == null ? null : response.headers().firstValue("Content-Type").orElse(null));
  }

  /** An authenticated request with a 10 s client timeout; null if it timed out or failed. */
  private HttpResponse<String> send(HttpRequest.Builder request) {
    String basic =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + basic).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static int status(HttpResponse<String> response) {
    return response == null ? -1 : response.statusCode();
  }

  private static long id(String json) {
    var matcher = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
    if (!matcher.find()) {
      throw new AssertionError("No id in " + json);
    }
    return Long.parseLong(matcher.group(1));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  private String jdbc(String database) {
    return "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + database;
  }

  private void installDatabase() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                INSTALL_DB,
                "--no-defaults",
                "--datadir=" + folder.resolve("data"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
    asRootIfNeeded(command);
    Process install =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("install.log").toFile())
            .start();
    processes.add(install);
    assertTrue(install.waitFor(120, TimeUnit.SECONDS), "mariadb-install-db finishes");
    assertEquals(0, install.exitValue(), () -> log("install.log"));
  }

  /** mariadbd on the same data folder and port each time, reachable on loopback only. */
  private Process startDatabase() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                MARIADBD,
                "--no-defaults",
                "--datadir=" + folder.resolve("data"),
                "--port=" + dbPort,
                "--bind-address=127.0.0.1",
                "--skip-networking=0",
                "--socket=" + folder.resolve("mariadb.sock"),
                "--pid-file=" + folder.resolve("mariadb.pid"),
                "--innodb-buffer-pool-size=64M"));
    asRootIfNeeded(command);
    Process started =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(folder.resolve("mariadb.log").toFile()))
            .start();
    processes.add(started);
    waitFor(
        "the database to accept connections",
        Duration.ofSeconds(60),
        () -> {
          if (!started.isAlive()) {
            fail("mariadbd stopped: " + log("mariadb.log"));
          }
          try (var c = DriverManager.getConnection(jdbc(""), "root", "")) {
            return c.isValid(2);
          } catch (SQLException e) {
            return false;
          }
        });
    return started;
  }

  private void startApplication() throws Exception {
    Path payara =
        Path.of(
            fish.payara.micro.PayaraMicro.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Ddb.url=" + jdbc("tracker"),
            "-Ddb.user=root",
            "-Ddb.password=",
            "-Dtracker.admin.email=" + ADMIN,
            "-Dtracker.admin.password=" + ADMIN_PASSWORD,
            "-Dtracker.password.iterations=1024",
            "-jar",
            payara.toString(),
            "--deploy",
            Path.of("target", "tracker.war").toAbsolutePath().toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(httpPort),
            "--nocluster",
            "--nohazelcast");
    Process app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("payara.log").toFile())
            .start();
    processes.add(app);
    waitFor(
        "the application to be ready",
        Duration.ofSeconds(240),
        () -> {
          if (!app.isAlive()) {
            fail("Payara Micro stopped: " + log("payara.log"));
          }
          return status(get("/health/ready")) == 200;
        });
  }

  private static void asRootIfNeeded(List<String> command) {
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--user=root"); // mariadbd refuses to run as root unless told so
    }
  }

  private String log(String name) {
    try {
      String text = Files.readString(folder.resolve(name));
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(no " + name + ")";
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Polls a condition until it holds, failing after the bound. */
  private static void waitFor(String what, Duration bound, BooleanSupplier condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(bound);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("Gave up waiting for " + what + " after " + bound.toSeconds() + " s");
      }
      Thread.sleep(200);
    }
  }
}
