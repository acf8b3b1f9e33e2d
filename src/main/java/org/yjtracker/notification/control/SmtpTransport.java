package org.yjtracker.notification.control;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.yjtracker.notification.entity.OutgoingMail;

/**
 * Sends over SMTP with Jakarta Mail (Payara ships Angus Mail): one multipart/alternative message,
 * plain text then HTML, in UTF-8, with RFC 8058 one-click unsubscribe headers.
 *
 * <p>A recipient the server refuses for good (a malformed address, a 5xx answer to RCPT) is a
 * permanent failure. Everything else is worth a retry: a server that is down, slow (the timeouts of
 * {@link MailSettings#smtpTimeoutMs()}), busy (4xx), or refusing our user name and password (the
 * settings are wrong for every mail alike; dropping them all would not help).
 */
public final class SmtpTransport implements MailTransport {

  private final MailSettings settings;
  private final Session session;

  public SmtpTransport(MailSettings settings) {
    if (!settings.hasSmtpHost()) {
      throw new IllegalArgumentException("No SMTP server set (smtp.host, SMTP_HOST)");
    }
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  /** The Jakarta Mail session properties of these settings. */
  static Properties properties(MailSettings settings) {
    var properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", settings.smtpHost());
    properties.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
    properties.setProperty("mail.smtp.from", settings.from());
    String timeout = Integer.toString(settings.smtpTimeoutMs());
    properties.setProperty("mail.smtp.connectiontimeout", timeout);
    properties.setProperty("mail.smtp.timeout", timeout);
    properties.setProperty("mail.smtp.writetimeout", timeout);
    if (settings.smtpStartTls()) {
      // Required, not only tried: a server (or someone in between) that does not offer STARTTLS
      // fails the send instead of getting the password and the mail in clear text.
      properties.setProperty("mail.smtp.starttls.enable", "true");
      properties.setProperty("mail.smtp.starttls.required", "true");
      properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    properties.setProperty("mail.smtp.auth", Boolean.toString(settings.smtpAuthentication()));
    properties.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
    return properties;
  }

  @Override
  public String send(OutgoingMail mail) throws MailFailure {
    String messageId = messageId(mail);
    MimeMessage message;
    try {
      message = message(mail, messageId);
    } catch (AddressException e) {
      throw new MailFailure("Not an e-mail address: " + mail.to(), true, e);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailFailure("Could not build mail " + mail.id() + ": " + e.getMessage(), true, e);
    }
    try {
      if (settings.smtpAuthentication()) {
        Transport.send(message, settings.smtpUser(), settings.smtpPassword());
      } else {
        Transport.send(message);
      }
      return messageId;
    } catch (AuthenticationFailedException e) {
      throw new MailFailure(
          describe() + " refused the user name and password (smtp.user, smtp.password)", false, e);
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      boolean refused = invalid != null && invalid.length > 0;
      throw new MailFailure(
          describe()
              + (refused ? " refused the recipient " : " did not take the mail for ")
              + mail.to()
              + ": "
              + e.getMessage(),
          refused,
          e);
    } catch (MessagingException e) {
      throw new MailFailure(describe() + " could not be reached: " + e.getMessage(), false, e);
    }
  }

  @Override
  public String describe() {
    return "SMTP " + settings.smtpHost() + ":" + settings.smtpPort();
  }

  /**
   * Built from the outbox id, so that a retry of the same mail carries the same Message-ID and a
   * receiving server or person can tell it is the same mail.
   */
  String messageId(OutgoingMail mail) {
    return "<tracker-mail-" + mail.id() + "@" + settings.fromDomain() + ">";
  }

  private MimeMessage message(OutgoingMail mail, String messageId)
      throws MessagingException, UnsupportedEncodingException {
    var message = new FixedIdMessage(session, messageId);
    message.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
    // One strictly parsed address: a list or a half-address is refused, not sent to several.
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    if (mail.unsubscribeUrl() != null && !mail.unsubscribeUrl().isBlank()) {
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    var text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    if (mail.html() == null || mail.html().isBlank()) {
      message.setText(mail.text(), "UTF-8", "plain");
    } else {
      var html = new MimeBodyPart();
      html.setText(mail.html(), "UTF-8", "html");
      // The last part is the one a mail program prefers when it can show it.
      var body = new MimeMultipart("alternative");
      body.addBodyPart(text);
      body.addBodyPart(html);
      message.setContent(body);
    }
    message.saveChanges();
    return message;
  }

  /** A message whose Message-ID is ours: Jakarta Mail would otherwise make up a new one. */
  private static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
