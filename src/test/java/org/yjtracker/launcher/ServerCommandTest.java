package org.yjtracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the launcher starts Payara Micro: what listens where (issue 11, findings 1 and 2). */
class ServerCommandTest {

  @Test
  void aTrialListensOnLoopbackUnlessTheSettingOpensIt() {
    assertEquals("127.0.0.1", ServerCommand.httpAddress("", true, false));
    assertEquals("127.0.0.1", ServerCommand.httpAddress(null, true, false));
    assertEquals("0.0.0.0", ServerCommand.httpAddress("0.0.0.0", true, false));
    assertEquals("192.0.2.7", ServerCommand.httpAddress(" 192.0.2.7 ", true, false));
  }

  @Test
  void aServerDatabaseListensOnEveryInterfaceByDefault() {
    assertEquals("0.0.0.0", ServerCommand.httpAddress("", false, false));
    assertEquals("127.0.0.1", ServerCommand.httpAddress("127.0.0.1", false, false));
  }

  @Test
  void demoAccountsWithPublishedPasswordsStayOnLoopbackByDefault() {
    assertEquals("127.0.0.1", ServerCommand.httpAddress("", false, true));
    assertEquals("0.0.0.0", ServerCommand.httpAddress("0.0.0.0", false, true));
  }

  @Test
  void thePrebootCommandBindsTheHttpListener() {
    assertEquals(
        List.of(
            "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=127.0.0.1"),
        ServerCommand.prebootCommands("127.0.0.1"));
  }

  @Test
  void theCommandTurnsTheDataGridOffAndRunsThePrebootCommands() {
    List<String> command =
        ServerCommand.command(
            Path.of("/jdk/bin/java"),
            " -Xmx384m  -XX:+UseSerialGC ",
            Path.of("/p/target/payara-micro.jar"),
            Path.of("/p/target/tracker.war"),
            "18080",
            Path.of("/p/target/launcher-preboot.asadmin"));
    assertEquals(
        List.of("/jdk/bin/java", "-Xmx384m", "-XX:+UseSerialGC", "-jar"), command.subList(0, 4));
    assertTrue(command.contains("--nohazelcast"), command.toString());
    // With --nocluster Payara Micro ignores --nohazelcast and opens the grid's port 6900 and up.
    assertFalse(command.contains("--nocluster"), command.toString());
    int preboot = command.indexOf("--prebootcommandfile");
    assertEquals("/p/target/launcher-preboot.asadmin", command.get(preboot + 1));
    assertEquals("18080", command.get(command.indexOf("--port") + 1));
  }

  @Test
  void loopbackAddressesAreRecognised() {
    assertTrue(ServerCommand.isLoopback("127.0.0.1"));
    assertTrue(ServerCommand.isLoopback("localhost"));
    assertTrue(ServerCommand.isLoopback("::1"));
    assertFalse(ServerCommand.isLoopback("0.0.0.0"));
    assertFalse(ServerCommand.isLoopback("192.0.2.7"));
  }
}
