package org.yjtracker.launcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail catcher of the one-command run: a real SMTP server (GreenMail) on 127.0.0.1 only, so the
 * application sends its mails exactly as it would to a real server, and nobody receives them.
 *
 * <p>Caught mails are counted and dropped, not kept: the application lists what it sent from its
 * own outbox, and a trial left running for weeks must not fill the launcher's small heap.
 */
final class MailCatcher implements AutoCloseable {

  static final String BIND_ADDRESS = "127.0.0.1";

  private final int port;
  private final AtomicLong caught = new AtomicLong();
  private GreenMail server;

  MailCatcher(int port) {
    this.port = port;
  }

  /**
   * Starts listening.
   *
   * @throws IllegalStateException when the port is taken, naming the setting that moves it
   */
  void start() {
    ensureFree();
    server =
        new GreenMail(new ServerSetup(port, BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP))
            // Any user name and password is taken, so that a configured SMTP user does no harm.
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server
        .getUserManager()
        .setMessageDeliveryHandler(
            (message, recipient) -> {
              caught.incrementAndGet();
              return Dropped.USER;
            });
    try {
      server.start();
    } catch (RuntimeException e) {
      server = null;
      throw new IllegalStateException(portTaken() + " (" + e.getMessage() + ")", e);
    }
  }

  int port() {
    return port;
  }

  /** The address it listens on, as the server itself reports it. */
  String bindAddress() {
    return server.getSmtp().getBindTo();
  }

  /** How many mails (one per recipient) it has caught. */
  long caught() {
    return caught.get();
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** GreenMail would only log a failed bind and report a timeout, so the port is tried first. */
  private void ensureFree() {
    try (var probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getByName(BIND_ADDRESS), port));
    } catch (IOException e) {
      throw new IllegalStateException(portTaken(), e);
    }
  }

  private String portTaken() {
    return "The mail catcher cannot listen on "
        + BIND_ADDRESS
        + ":"
        + port
        + ": the port is taken. Set MAIL_CATCHER_PORT to a free port, or SMTP_HOST to a real"
        + " SMTP server.";
  }

  /** Where caught mails go: nowhere. */
  private enum Dropped implements GreenMailUser {
    USER;

    @Override
    public String getEmail() {
      return "caught@" + BIND_ADDRESS;
    }

    @Override
    public String getLogin() {
      return "caught";
    }

    @Override
    public void deliver(MovingMessage message) {}

    @Override
    public void deliver(MimeMessage message) {}

    @Override
    public void create() {}

    @Override
    public void delete() {}

    @Override
    public String getPassword() {
      return "";
    }

    @Override
    public void setPassword(String password) {}

    @Override
    public void authenticate(String password) {}

    @Override
    public String getQualifiedMailboxName() {
      return "caught";
    }
  }
}
