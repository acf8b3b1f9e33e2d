package org.yjtracker.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Something one person is to be told of: one per person, kind, item and period (the table's unique
 * key). It waits until a mail carries it.
 *
 * @see org.yjtracker.notification.control.Reminder the same thing before it is written
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum State {
    WAITING,
    MAILED,
    DROPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private NotificationKind kind;

  @Column(name = "item_key", nullable = false, updatable = false)
  private String itemKey;

  @Column(nullable = false, updatable = false)
  private String period;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(updatable = false)
  private String detail;

  @Column(nullable = false, updatable = false)
  private String link;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "mail_id")
  private Long mailId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Notification() {}

  public Notification(
      long accountId,
      NotificationKind kind,
      String itemKey,
      String period,
      String title,
      String detail,
      String link,
      Delivery delivery,
      Instant createdAt) {
    if (delivery == Delivery.OFF) {
      throw new IllegalArgumentException("A notification turned off is not written");
    }
    this.accountId = accountId;
    this.kind = Objects.requireNonNull(kind);
    this.itemKey = Objects.requireNonNull(itemKey);
    this.period = Objects.requireNonNull(period);
    this.title = Objects.requireNonNull(title);
    this.detail = detail;
    this.link = Objects.requireNonNull(link);
    this.delivery = delivery;
    this.state = State.WAITING;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Carried by that mail. */
  public void mailed(long mailId) {
    this.state = State.MAILED;
    this.mailId = mailId;
  }

  /** No longer true when its mail was made: left out of it. */
  public void drop() {
    this.state = State.DROPPED;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getItemKey() {
    return itemKey;
  }

  public String getPeriod() {
    return period;
  }

  public String getTitle() {
    return title;
  }

  public String getDetail() {
    return detail;
  }

  public String getLink() {
    return link;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public State getState() {
    return state;
  }

  public Long getMailId() {
    return mailId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
