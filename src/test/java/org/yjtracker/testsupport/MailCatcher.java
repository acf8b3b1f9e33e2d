package org.yjtracker.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The test's SMTP server: a real GreenMail on 127.0.0.1 and {@code test.smtp.port}, the port the
 * test server sends to (arquillian.xml). Tests start it, may stop it to make the server's sending
 * fail, and read what arrived for their own addresses.
 */
public final class MailCatcher {

  private static GreenMail server;

  private MailCatcher() {}

  public static int port() {
    return Integer.getInteger("test.smtp.port", 3925);
  }

  /** Starts it (if it is not running). */
  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Stops it: the server's mails then fail to send, as with a mail server that is down. */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Every mail received so far for that address (in the order they came). */
  public static synchronized List<MimeMessage> to(String address) {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> recipients(m).contains(address.toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return String.valueOf(Arrays.toString(message.getAllRecipients()))
          .toLowerCase(java.util.Locale.ROOT);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mail's plain-text part (or its body if it has only one). */
  public static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent()).replace("\r\n", "\n");
          }
        }
        throw new AssertionError("The mail has no text part");
      }
      return String.valueOf(content).replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
