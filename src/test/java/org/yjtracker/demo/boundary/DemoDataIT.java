package org.yjtracker.demo.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yjtracker.testsupport.Api;

/**
 * The demo data as a new user meets it (issue 15): a tracker started with {@code demo=true} on an
 * empty database gives every demo user a start page of their own. Each start page's sections and
 * counts are asserted exactly; the demo counts what they flag back from the day it loads, so they
 * are the same whichever day this runs.
 *
 * <p>The shared test deployment runs without demo data, so this test starts a Payara Micro of its
 * own with the built war, on a database of its own ({@code <test.db.name>_demo}, made empty here
 * and dropped afterwards) on the test MariaDB server. One boot serves every test of the class.
 */
class DemoDataIT {

  static final String PASSWORD = "demo-password-1";

  private static final Path FOLDER = Path.of("target", "demo-data-it").toAbsolutePath();
  private static Process server;
  private static URL base;
  private static String database;

  @BeforeAll
  static void startWithDemoData() throws Exception {
    database = System.getProperty("test.db.name", "tracker_it") + "_demo";
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Unsafe database name: " + database);
    }
    try (Connection c = connect("");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + database + "`");
      s.execute(
          "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    Files.createDirectories(FOLDER);
    int port = freePort();
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
            "-Djava.io.tmpdir=" + FOLDER,
            "-Ddb.url=" + jdbc(database),
            "-Ddb.user=" + System.getProperty("test.db.user", "root"),
            "-Ddb.password=" + System.getProperty("test.db.password", ""),
            "-Dtracker.admin.email=" + Api.ADMIN_EMAIL,
            "-Dtracker.admin.password=" + Api.ADMIN_PASSWORD,
            "-Dtracker.password.iterations=1024",
            "-Ddemo=true",
            "-jar",
            payara.toString(),
            "--deploy",
            Path.of("target", "tracker.war").toAbsolutePath().toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            // Not --nocluster: with it Payara Micro ignores --nohazelcast (see ServerCommand).
            "--nohazelcast");
    server =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(FOLDER.resolve("payara.log").toFile())
            .start();
    base = URI.create("http://127.0.0.1:" + port + "/").toURL();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
    while (readiness() != 200) {
      if (!server.isAlive()) {
        fail("Payara Micro stopped: " + log());
      }
      if (Instant.now().isAfter(deadline)) {
        fail("The tracker with demo data was not ready after 300 s: " + log());
      }
      Thread.sleep(1000);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (database != null) {
      try (Connection c = connect("");
          var s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + database + "`");
      }
    }
  }

  @Test
  void bexleysLeadAndBoardMemberSeeTheOverdueTheDueSoonAndTheQuietActionOfTheirPlan() {
    for (String user : List.of("lead.bexley", "board.bexley")) {
      var sections = sections(user);
      assertEquals(
          counts(
              "overdue", 1, "due-soon", 2, "stale", 1, "unanswered", 0, "plans", 1, "waiting", 0),
          counts(sections),
          user);
      assertEquals(
          "Plan of Bexley Youth Justice Service",
          items(sections.get("plans")).get(0).getString("text"));
    }
  }

  @Test
  void theMetPoliceSeeTheirOneActionDueSoon() {
    var sections = sections("partner.met");
    assertEquals(
        counts("overdue", 0, "due-soon", 1, "stale", 0, "unanswered", 0), counts(sections));
    var dueSoon = items(sections.get("due-soon")).get(0);
    assertTrue(dueSoon.getString("href").matches("/actions/\\d+"), dueSoon::toString);
    var bexley = sections("lead.bexley");
    assertTrue(
        items(bexley.get("due-soon")).stream()
            .anyMatch(i -> i.getString("href").equals(dueSoon.getString("href"))),
        "the service lead sees the partner's action due soon too");
  }

  @Test
  void suffolksLeadAndBoardMemberSeeTheirLateDraftWaitingForEndorsement() {
    for (String user : List.of("lead.suffolk", "board.suffolk")) {
      var sections = sections(user);
      assertEquals(
          counts(
              "overdue", 0, "due-soon", 0, "stale", 0, "unanswered", 0, "plans", 1, "waiting", 1),
          counts(sections),
          user);
      var waiting = items(sections.get("waiting")).get(0);
      assertEquals("Plan of Suffolk Youth Justice Service", waiting.getString("text"));
      assertTrue(
          waiting
              .getString("detail")
              .matches("To endorse; Draft, due 26 February 2023 \\(.* days late\\)"),
          waiting::toString);
    }
  }

  @Test
  void theInspectorateSeesThreeLatePlansOneOfThemSuffolksDraftAndSolihullGoneQuiet() {
    for (String user : List.of("inspector", "demo-admin")) {
      var sections = sections(user);
      assertEquals(counts("late-plans", 3, "review", 0, "quiet", 1), counts(sections), user);
      Map<String, String> late = new LinkedHashMap<>();
      items(sections.get("late-plans"))
          .forEach(i -> late.put(i.getString("text"), i.getString("detail")));
      assertEquals(
          List.of(
              "Sandwell Youth Offending Service",
              "Wolverhampton Youth Offending Team",
              "Suffolk Youth Justice Service"),
          List.copyOf(late.keySet()),
          "most days late first");
      assertTrue(late.get("Suffolk Youth Justice Service").startsWith("Draft, "), late::toString);
      assertEquals(
          "Solihull Youth Justice Service", items(sections.get("quiet")).get(0).getString("text"));
    }
  }

  @Test
  void theViewerHasNothingToDo() {
    assertEquals(Map.of(), counts(sections("viewer.suffolk")));
  }

  @Test
  void theFirstReminderRunWritesEveryDemoUserWithSomethingToDoOneDigest() {
    var admin = Api.at(base).as("demo-admin@tracker.local", PASSWORD);
    var run =
        admin.post("/api/admin/reminder-runs", jakarta.json.Json.createObjectBuilder().build());
    assertEquals(201, run.status(), run::toString);
    var mails = admin.get("/api/admin/mails?size=100");
    assertEquals(200, mails.status(), mails::toString);
    Map<String, String> subjects = new java.util.TreeMap<>();
    mails
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(
            m -> {
              String before = subjects.put(m.getString("recipient"), m.getString("subject"));
              assertEquals(null, before, "two mails to " + m.getString("recipient"));
            });
    String one = "What needs you in the tracker: 1 thing needs you";
    assertEquals(
        Map.of(
            "board.bexley@tracker.local",
            "What needs you in the tracker: 4 things need you",
            "lead.bexley@tracker.local",
            "What needs you in the tracker: 4 things need you",
            "partner.met@tracker.local",
            one,
            "board.suffolk@tracker.local",
            one,
            "lead.suffolk@tracker.local",
            one,
            // The inspectorate, the first admin among them: one line on the three late plans.
            "inspector@tracker.local",
            one,
            "demo-admin@tracker.local",
            one,
            Api.ADMIN_EMAIL,
            one),
        subjects,
        () -> run.json() + " " + mails.json());
  }

  @Test
  void everyDemoPlanHasItsProgressKept() throws SQLException {
    try (Connection c = connect(database);
        var s = c.createStatement()) {
      var plans =
          s.executeQuery(
              "SELECT COUNT(*), SUM(progress_kept_at IS NULL), SUM(status = 'DRAFT')"
                  + " FROM action_plan");
      plans.next();
      assertEquals(3, plans.getInt(1), "Bexley's, Solihull's and Suffolk's plans");
      assertEquals(0, plans.getInt(2), "plans whose progress is not kept");
      assertEquals(1, plans.getInt(3), "Suffolk's draft");
      var states = s.executeQuery("SELECT COUNT(*) FROM recommendation_progress");
      states.next();
      assertEquals(5 + 5 + 9, states.getInt(1), "a kept status for every recommendation");
    }
  }

  private static Map<String, JsonObject> sections(String user) {
    var reply = Api.at(base).as(user + "@tracker.local", PASSWORD).get("/api/me/attention");
    assertEquals(200, reply.status(), reply::toString);
    Map<String, JsonObject> sections = new LinkedHashMap<>();
    reply
        .json()
        .getJsonArray("sections")
        .getValuesAs(JsonObject.class)
        .forEach(s -> sections.put(s.getString("id"), s));
    return sections;
  }

  private static Map<String, Integer> counts(Map<String, JsonObject> sections) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    sections.forEach((id, s) -> counts.put(id, s.getInt("count")));
    return counts;
  }

  /** Section ids and counts, in the order the start page shows them. */
  private static Map<String, Integer> counts(Object... idsAndCounts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < idsAndCounts.length; i += 2) {
      counts.put((String) idsAndCounts[i], (Integer) idsAndCounts[i + 1]);
    }
    return counts;
  }

  private static List<JsonObject> items(JsonObject section) {
    return section.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(
        jdbc(name),
        System.getProperty("test.db.user", "root"),
        System.getProperty("test.db.password", ""));
  }

  private static String jdbc(String name) {
    return "jdbc:mariadb://"
        + System.getProperty("test.db.host", "127.0.0.1")
        + ":"
        + System.getProperty("test.db.port", "3306")
        + "/"
        + name;
  }

  /** The readiness answer's status; -1 while nothing answers. */
  private static int readiness() {
    try {
      return Api.at(base).anonymous().get("/health/ready").status();
    } catch (IllegalStateException e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String log() {
    try {
      String text = Files.readString(FOLDER.resolve("payara.log"));
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(no payara.log)";
    }
  }
}
