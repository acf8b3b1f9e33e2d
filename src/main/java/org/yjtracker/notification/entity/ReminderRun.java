package org.yjtracker.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the reminders: when, by the schedule or by whom, and what it did. */
@Entity
@Table(name = "reminder_run")
public class ReminderRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** Null: the schedule. */
  @Column(name = "started_by", updatable = false)
  private String startedBy;

  @Column(name = "first_run", nullable = false, updatable = false)
  private boolean firstRun;

  /** Reminders found for people (before their choices). */
  private int found;

  /** Notifications newly written. */
  private int written;

  @Column(name = "mails_queued")
  private int mailsQueued;

  @Column(name = "mails_sent")
  private int mailsSent;

  @Column(name = "mails_failed")
  private int mailsFailed;

  protected ReminderRun() {}

  public ReminderRun(Instant startedAt, String startedBy, boolean firstRun) {
    this.startedAt = startedAt;
    this.startedBy = startedBy;
    this.firstRun = firstRun;
  }

  public void finish(Instant at, int found, int written, int queued, int sent, int failed) {
    this.finishedAt = at;
    this.found = found;
    this.written = written;
    this.mailsQueued = queued;
    this.mailsSent = sent;
    this.mailsFailed = failed;
  }

  public Long getId() {
    return id;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public boolean isFirstRun() {
    return firstRun;
  }

  public int getFound() {
    return found;
  }

  public int getWritten() {
    return written;
  }

  public int getMailsQueued() {
    return mailsQueued;
  }

  public int getMailsSent() {
    return mailsSent;
  }

  public int getMailsFailed() {
    return mailsFailed;
  }
}
