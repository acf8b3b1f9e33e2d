package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yjtracker.notification.entity.OutgoingMail;

/** SMTP against a real server (GreenMail on loopback), and against servers that say no. */
class SmtpTransportTest {

  private static final OutgoingMail MAIL =
      new OutgoingMail(
          42,
          "lead@bexley.example",
          "Your actions: 1 overdue – Bexley",
          "1 action is overdue.\nSee https://tracker.example/actions/7",
          "<p>1 action is overdue. <a href=\"https://tracker.example/actions/7\">See it</a></p>",
          "https://tracker.example/unsubscribe/abc.def",
          true);

  private GreenMail greenMail;
  private ExecutorService stubs;

  @AfterEach
  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
    if (stubs != null) {
      stubs.shutdownNow();
    }
  }

  @Test
  void sendsOneMultipartMailWithUnsubscribeHeadersAndOurMessageId() throws Exception {
    startGreenMail(GreenMailConfiguration.aConfig());
    var transport = new SmtpTransport(settings(greenMail.getSmtp().getPort(), Map.of()));

    String messageId = transport.send(MAIL);

    assertEquals("<tracker-mail-42@tracker.local>", messageId);
    assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertEquals(1, received.length);
    MimeMessage message = received[0];
    assertEquals(
        "lead@bexley.example",
        ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    assertEquals(1, message.getAllRecipients().length);
    assertEquals("Your actions: 1 overdue – Bexley", message.getSubject());
    var from = (InternetAddress) message.getFrom()[0];
    assertEquals("no-reply@tracker.local", from.getAddress());
    assertEquals("Youth justice inspection tracker", from.getPersonal());
    assertEquals(messageId, message.getMessageID());
    assertEquals(
        "<https://tracker.example/unsubscribe/abc.def>", message.getHeader("List-Unsubscribe")[0]);
    assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
    assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
    var parts = (MimeMultipart) message.getContent();
    assertEquals(2, parts.getCount());
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(parts.getBodyPart(0).getContentType().toLowerCase().contains("utf-8"));
    assertEquals(MAIL.text(), ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertEquals(MAIL.html(), parts.getBodyPart(1).getContent());
  }

  @Test
  void aMailWithoutHtmlOrUnsubscribeLinkIsPlainText() throws Exception {
    startGreenMail(GreenMailConfiguration.aConfig());
    var transport = new SmtpTransport(settings(greenMail.getSmtp().getPort(), Map.of()));

    transport.send(new OutgoingMail(7, "a@b.example", "Subject", "Text only", null, null, false));

    assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
    MimeMessage message = greenMail.getReceivedMessages()[0];
    assertTrue(message.isMimeType("text/plain"), message.getContentType());
    assertEquals(null, message.getHeader("List-Unsubscribe"));
    assertEquals("<tracker-mail-7@tracker.local>", message.getMessageID());
  }

  @Test
  void theMessageIdTakesTheDomainOfTheFromAddress() {
    var transport =
        new SmtpTransport(settings(2525, Map.of("mail.from", "reminders@yjtracker.example")));
    assertEquals("<tracker-mail-42@yjtracker.example>", transport.messageId(MAIL));
    assertEquals("SMTP 127.0.0.1:2525", transport.describe());
  }

  @Test
  void aServerThatIsNotListeningIsRetried() throws Exception {
    var transport = new SmtpTransport(settings(freePort(), Map.of()));
    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(MAIL));
    assertFalse(failure.permanent(), failure.getMessage());
  }

  @Test
  void aServerThatNeverAnswersTimesOutAndIsRetried() throws Exception {
    try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var transport =
          new SmtpTransport(
              settings(silent.getLocalPort(), Map.of("smtp.timeout.ms", Integer.toString(500))));
      long start = System.nanoTime();
      MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(MAIL));
      assertFalse(failure.permanent(), failure.getMessage());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "took too long");
    }
  }

  @Test
  void theRightUserAndPasswordAreAccepted() throws Exception {
    startGreenMail(GreenMailConfiguration.aConfig().withUser("tracker", "s3cret pass"));
    var transport =
        new SmtpTransport(
            settings(
                greenMail.getSmtp().getPort(),
                Map.of("smtp.user", "tracker", "smtp.password", "s3cret pass")));

    transport.send(MAIL);

    assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
  }

  @Test
  void aWrongPasswordFailsAndIsRetriedOnceTheSettingsAreRight() throws Exception {
    startGreenMail(GreenMailConfiguration.aConfig().withUser("tracker", "s3cret pass"));
    var transport =
        new SmtpTransport(
            settings(
                greenMail.getSmtp().getPort(),
                Map.of("smtp.user", "tracker", "smtp.password", "wrong")));

    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(MAIL));

    assertFalse(failure.permanent(), failure.getMessage());
    assertTrue(failure.getMessage().contains("user name and password"), failure.getMessage());
    assertEquals(0, greenMail.getReceivedMessages().length);
  }

  @Test
  void starttlsRequiredRefusesAServerThatDoesNotOfferIt() throws Exception {
    startGreenMail(GreenMailConfiguration.aConfig());
    var transport =
        new SmtpTransport(settings(greenMail.getSmtp().getPort(), Map.of("smtp.starttls", "true")));

    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(MAIL));

    assertFalse(failure.permanent(), failure.getMessage());
    assertEquals(0, greenMail.getReceivedMessages().length);
  }

  @Test
  void aMalformedAddressOrSeveralArePermanent() throws Exception {
    var transport = new SmtpTransport(settings(freePort(), Map.of()));
    for (String to : new String[] {"not an address", "a@b.example, c@d.example", "a@"}) {
      var mail = new OutgoingMail(1, to, "s", "t", null, null, false);
      MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(mail), to);
      assertTrue(failure.permanent(), to + ": " + failure.getMessage());
    }
  }

  // GreenMail takes every recipient, so a small scripted server answers RCPT with a refusal.

  @Test
  void aRecipientRefusedWithA5xxIsPermanent() throws Exception {
    int port = scriptedServer("550 5.1.1 No such user");
    var transport = new SmtpTransport(settings(port, Map.of()));
    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(MAIL));
    assertTrue(failure.permanent(), failure.getMessage());
    assertTrue(failure.getMessage().contains("refused the recipient"), failure.getMessage());
  }

  @Test
  void aRecipientPutOffWithA4xxIsRetried() throws Exception {
    int port = scriptedServer("450 4.2.1 Mailbox busy, try later");
    var transport = new SmtpTransport(settings(port, Map.of()));
    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(MAIL));
    assertFalse(failure.permanent(), failure.getMessage());
  }

  private void startGreenMail(GreenMailConfiguration configuration) {
    greenMail =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(configuration);
    greenMail.start();
  }

  private static MailSettings settings(int port, Map<String, String> more) {
    Map<String, String> values = new HashMap<>();
    values.put("smtp.host", "127.0.0.1");
    values.put("smtp.port", Integer.toString(port));
    values.put("smtp.starttls", "false");
    values.put("smtp.timeout.ms", "5000");
    values.putAll(more);
    return MailSettings.of(values);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** An SMTP server on loopback that accepts one connection and answers RCPT with the reply. */
  private int scriptedServer(String rcptReply) throws IOException {
    var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    stubs = Executors.newSingleThreadExecutor();
    stubs.submit(
        () -> {
          try (server;
              Socket client = server.accept();
              var in =
                  new BufferedReader(
                      new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
              var out =
                  new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            client.setSoTimeout(5_000);
            reply(out, "220 stub ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
              String command = line.toUpperCase();
              if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 stub");
              } else if (command.startsWith("MAIL")) {
                reply(out, "250 OK");
              } else if (command.startsWith("RCPT")) {
                reply(out, rcptReply);
              } else if (command.startsWith("QUIT")) {
                reply(out, "221 Bye");
                return null;
              } else {
                reply(out, "250 OK");
              }
            }
          }
          return null;
        });
    return server.getLocalPort();
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }
}
