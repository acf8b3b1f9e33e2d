package org.yjtracker.notification.entity;

import java.util.Objects;

/**
 * One e-mail as the outbox hands it to a transport: who to, what it says, and its links.
 *
 * @param id the outbox row: the Message-ID's local part over SMTP and Notify's reference, so a
 *     retry of the same mail is recognisable as the same mail
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body as plain text; every link in it a full URL
 * @param html the same body as HTML
 * @param unsubscribeUrl the signed link that turns these mails off without signing in (the
 *     List-Unsubscribe header, RFC 8058 one-click)
 * @param digest a weekly digest (true) or a mail about one thing (false): chooses Notify's template
 */
public record OutgoingMail(
    long id,
    String to,
    String subject,
    String text,
    String html,
    String unsubscribeUrl,
    boolean digest) {

  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }
}
