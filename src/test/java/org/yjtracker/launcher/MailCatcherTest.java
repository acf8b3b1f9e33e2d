package org.yjtracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.notification.control.MailSettings;
import org.yjtracker.notification.control.SmtpTransport;
import org.yjtracker.notification.entity.OutgoingMail;

/** The launcher's mail catcher: loopback only, catches what the application sends (issue 15). */
class MailCatcherTest {

  @Test
  void listensOnLoopbackOnlyAndCatchesWhatTheApplicationSends() throws Exception {
    try (var catcher = new MailCatcher(freePort())) {
      catcher.start();

      assertEquals("127.0.0.1", catcher.bindAddress());
      // The application's own transport, with exactly the settings the launcher passes to it.
      var settings =
          MailSettings.of(
              Map.of(
                  "smtp.host", "127.0.0.1",
                  "smtp.port", Integer.toString(catcher.port()),
                  "smtp.starttls", "false",
                  "mail.catcher", "true"));
      new SmtpTransport(settings)
          .send(
              new OutgoingMail(
                  1, "lead@bexley.example", "Digest", "Text", "<p>Html</p>", null, true));
      assertEquals(1, catcher.caught());

      // What the kernel says listens on the port, not only what GreenMail was told.
      assertEquals(List.of("127.0.0.1"), listeningAddresses(catcher.port()));
    }
  }

  @Test
  void aTakenPortFailsNamingTheSetting() throws Exception {
    try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      var catcher = new MailCatcher(taken.getLocalPort());
      var e = assertThrows(IllegalStateException.class, catcher::start);
      assertTrue(e.getMessage().contains("MAIL_CATCHER_PORT"), e.getMessage());
      assertTrue(e.getMessage().contains(Integer.toString(taken.getLocalPort())), e.getMessage());
      catcher.close();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  /**
   * The IPv4 and IPv6 addresses listening on this TCP port, from Linux's /proc/net/tcp and tcp6
   * (addresses in hex, IPv4 little-endian; state 0A is LISTEN).
   */
  private static List<String> listeningAddresses(int port) throws IOException {
    String hexPort = String.format(":%04X", port);
    List<String> addresses = new ArrayList<>();
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file)) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length > 3 && fields[1].endsWith(hexPort) && fields[3].equals("0A")) {
          String hex = fields[1].substring(0, fields[1].indexOf(':'));
          // Java listens on IPv6 sockets; IPv4 addresses appear mapped (::ffff:127.0.0.1).
          boolean mapped = hex.startsWith("0000000000000000FFFF0000");
          addresses.add(
              hex.length() == 8 ? ipv4(hex) : mapped ? ipv4(hex.substring(24)) : "ipv6:" + hex);
        }
      }
    }
    return addresses;
  }

  private static String ipv4(String littleEndianHex) {
    var octets = new ArrayList<String>();
    for (int i = 6; i >= 0; i -= 2) {
      octets.add(Integer.toString(Integer.parseInt(littleEndianHex.substring(i, i + 2), 16)));
    }
    return String.join(".", octets);
  }
}
