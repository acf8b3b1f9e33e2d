package org.yjtracker.notification.boundary;

import java.time.Instant;
import org.yjtracker.notification.entity.OutboxMail;

/**
 * A mail of the outbox as the admin sees it: to whom, what, and whether it was delivered.
 *
 * @param digestWeek the ISO week of a weekly digest, null for a mail about one thing
 * @param text the body as sent (only when one mail is asked for)
 * @param html the HTML body as sent (only when one mail is asked for)
 */
public record MailView(
    long id,
    String recipient,
    String subject,
    String status,
    String statusLabel,
    String digestWeek,
    int attempts,
    Instant createdAt,
    Instant sentAt,
    Instant nextAttemptAt,
    String lastError,
    String transport,
    String reference,
    String text,
    String html) {

  static MailView summary(OutboxMail m) {
    return of(m, false);
  }

  static MailView whole(OutboxMail m) {
    return of(m, true);
  }

  private static MailView of(OutboxMail m, boolean bodies) {
    return new MailView(
        m.getId(),
        m.getRecipient(),
        m.getSubject(),
        m.getStatus().name(),
        m.getStatus().label(),
        m.getDigestWeek(),
        m.getAttempts(),
        m.getCreatedAt(),
        m.getSentAt(),
        m.getStatus() == org.yjtracker.notification.entity.MailStatus.QUEUED
            ? m.getNextAttemptAt()
            : null,
        m.getLastError(),
        m.getTransport(),
        m.getReference(),
        bodies ? m.getText() : null,
        bodies ? m.getHtml() : null);
  }
}
