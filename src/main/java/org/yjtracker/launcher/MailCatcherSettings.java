package org.yjtracker.launcher;

import java.util.Locale;
import java.util.Map;

/**
 * Whether {@code ./mvnw -Prun} starts its mail catcher, and what the server is then told. The
 * catcher stands in only where no mail would leave otherwise: SMTP chosen (the default) and no SMTP
 * server set. GOV.UK Notify or a real SMTP server are used as set, and nothing is caught.
 */
final class MailCatcherSettings {

  static final int DEFAULT_PORT = 3025;

  private MailCatcherSettings() {}

  /**
   * @param transport the {@code mail.transport} setting (empty: smtp)
   * @param smtpHost the {@code smtp.host} setting
   * @throws IllegalArgumentException for a transport the application would refuse at start-up: the
   *     launch stops here with the same message instead of starting a server that fails
   */
  static boolean wanted(String transport, String smtpHost) {
    String chosen = transport == null ? "" : transport.strip().toLowerCase(Locale.ROOT);
    return switch (chosen) {
      case "", "smtp" -> smtpHost == null || smtpHost.isBlank();
      case "notify" -> false;
      default ->
          throw new IllegalArgumentException(
              "mail.transport (MAIL_TRANSPORT) must be smtp or notify, not '" + transport + "'");
    };
  }

  /** The {@code mail.catcher.port} setting as a port; empty: {@value #DEFAULT_PORT}. */
  static int port(String configured) {
    if (configured == null || configured.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(configured.strip());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the setting's name.
    }
    throw new IllegalArgumentException(
        "MAIL_CATCHER_PORT (mail.catcher.port) must be a port, 1 to 65535, not '"
            + configured
            + "'");
  }

  /**
   * The server's environment for the catcher on this port: plain SMTP on loopback (there is no
   * STARTTLS to a catcher; nothing leaves the machine), and {@code MAIL_CATCHER} so that the
   * application says mails are caught, not delivered.
   */
  static Map<String, String> serverEnvironment(int port) {
    return Map.of(
        "SMTP_HOST",
        MailCatcher.BIND_ADDRESS,
        "SMTP_PORT",
        Integer.toString(port),
        "SMTP_STARTTLS",
        "false",
        "MAIL_CATCHER",
        "true");
  }
}
