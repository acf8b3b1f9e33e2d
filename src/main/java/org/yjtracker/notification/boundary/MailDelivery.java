package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yjtracker.notification.control.MailFailure;
import org.yjtracker.notification.control.MailTransport;
import org.yjtracker.notification.entity.OutgoingMail;

/**
 * The worker that sends the outbox's due mails, at most a run's limit at a time, each claimed first
 * so that two workers never send the same mail.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  /** Mails claimed at a time. */
  static final int CLAIM_SIZE = 20;

  @Inject OutboxClaims claims;
  @Inject MailTransportSource transports;
  @Inject Clock clock;

  /** What one go of the worker did. */
  public record Result(int sent, int failed) {}

  /** Sends due mails until none is left or {@code limit} have been tried. */
  public Result deliver(int limit) {
    Optional<MailTransport> chosen = transports.transport();
    if (chosen.isEmpty()) {
      return new Result(0, 0);
    }
    MailTransport transport = chosen.get();
    int sent = 0;
    int failed = 0;
    while (sent + failed < limit) {
      List<OutgoingMail> batch =
          claims.claim(Math.min(CLAIM_SIZE, limit - sent - failed), clock.instant());
      if (batch.isEmpty()) {
        break;
      }
      for (OutgoingMail mail : batch) {
        try {
          String reference = transport.send(mail);
          claims.sent(mail.id(), transport.describe(), reference, clock.instant());
          sent++;
        } catch (MailFailure e) {
          LOG.log(Level.WARNING, "Mail " + mail.id() + " not sent: " + e.getMessage());
          claims.failed(
              mail.id(), transport.describe(), e.getMessage(), e.permanent(), clock.instant());
          failed++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Mail " + mail.id() + " not sent", e);
          claims.failed(mail.id(), transport.describe(), e.toString(), false, clock.instant());
          failed++;
        }
      }
    }
    return new Result(sent, failed);
  }
}
