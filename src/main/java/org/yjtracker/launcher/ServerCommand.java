package org.yjtracker.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Payara Micro command line of {@code ./mvnw -Prun}, and the address its HTTP port binds to.
 *
 * <p>Only the HTTP port may listen beyond loopback. Payara Micro has no option for the HTTP
 * address, so it is set by a pre-boot command. {@code --nohazelcast} turns the data grid (ports
 * 6900 and up on every interface) off; {@code --nocluster} must not be given with it: Payara Micro
 * then ignores {@code --nohazelcast} and still starts the grid, only without joining a cluster.
 */
final class ServerCommand {

  static final String LOOPBACK = "127.0.0.1";
  static final String ALL_INTERFACES = "0.0.0.0";

  private ServerCommand() {}

  /**
   * Where the HTTP port listens: the {@code http.address} setting when given; otherwise loopback
   * for a trial (the embedded database, or demo accounts with published passwords), and every
   * interface with a server database.
   */
  static String httpAddress(String configured, boolean embeddedDatabase, boolean demo) {
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    return embeddedDatabase || demo ? LOOPBACK : ALL_INTERFACES;
  }

  static boolean isLoopback(String address) {
    return address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
  }

  /** The asadmin commands Payara Micro runs before it boots. */
  static List<String> prebootCommands(String httpAddress) {
    return List.of(
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.address="
            + httpAddress);
  }

  static List<String> command(
      Path java,
      String jvmOptions,
      Path payaraJar,
      Path war,
      String port,
      Path prebootCommandFile) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    Arrays.stream(jvmOptions.split("\\s+")).filter(o -> !o.isBlank()).forEach(command::add);
    command.addAll(
        List.of(
            "-jar",
            payaraJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            port,
            "--nohazelcast",
            "--prebootcommandfile",
            prebootCommandFile.toString()));
    return command;
  }
}
