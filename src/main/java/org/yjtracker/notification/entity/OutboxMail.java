package org.yjtracker.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One mail of the outbox, from the moment it is made until it is sent or given up. Its sending is
 * retried with growing waits ({@link #BACKOFF}) while the failure may pass.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

  /** The wait before each retry; after the last the mail is given up (seven attempts in all). */
  public static final List<Duration> BACKOFF =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(6),
          Duration.ofHours(24));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "body_text", nullable = false, updatable = false)
  private String text;

  @Column(name = "body_html", nullable = false, updatable = false)
  private String html;

  @Column(name = "unsubscribe_url", updatable = false)
  private String unsubscribeUrl;

  @Column(name = "digest_week", updatable = false)
  private String digestWeek;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error")
  private String lastError;

  private String transport;

  private String reference;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {}

  /**
   * @param digestWeek the ISO week of a weekly digest ("2026-W49"), null for a mail about one thing
   */
  public OutboxMail(
      long accountId,
      String recipient,
      String subject,
      String text,
      String html,
      String unsubscribeUrl,
      String digestWeek,
      Instant now) {
    this.accountId = accountId;
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.text = Objects.requireNonNull(text);
    this.html = Objects.requireNonNull(html);
    this.unsubscribeUrl = unsubscribeUrl;
    this.digestWeek = digestWeek;
    this.status = MailStatus.QUEUED;
    this.nextAttemptAt = Objects.requireNonNull(now);
    this.createdAt = now;
  }

  /** Accepted by the transport: done, never sent again. */
  public void sent(String transport, String reference, Instant at) {
    this.status = MailStatus.SENT;
    this.attempts++;
    this.transport = transport;
    this.reference = reference;
    this.sentAt = at;
    this.claimedUntil = null;
    this.lastError = null;
  }

  /**
   * Not accepted: tried again after the next wait of {@link #BACKOFF}, or given up when retrying
   * cannot help or the waits are used up.
   */
  public void failed(String transport, String error, boolean permanent, Instant at) {
    this.attempts++;
    this.transport = transport;
    this.lastError = error == null ? "Unknown failure" : abbreviate(error);
    this.claimedUntil = null;
    if (permanent || attempts > BACKOFF.size()) {
      this.status = MailStatus.FAILED;
    } else {
      this.nextAttemptAt = at.plus(BACKOFF.get(attempts - 1));
    }
  }

  /** What the transport is handed. */
  public OutgoingMail outgoing() {
    return new OutgoingMail(id, recipient, subject, text, html, unsubscribeUrl, digestWeek != null);
  }

  private static String abbreviate(String error) {
    return error.length() <= 1000 ? error : error.substring(0, 999) + "…";
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public String getHtml() {
    return html;
  }

  public String getUnsubscribeUrl() {
    return unsubscribeUrl;
  }

  public String getDigestWeek() {
    return digestWeek;
  }

  public boolean isDigest() {
    return digestWeek != null;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getTransport() {
    return transport;
  }

  public String getReference() {
    return reference;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
