package org.yjtracker.notification.boundary;

import java.time.Instant;
import org.yjtracker.notification.entity.ReminderRun;

/**
 * A reminder run: when, by whom (null: the schedule), whether it was the first, what it found and
 * wrote, and the mails it made, sent and failed to send.
 */
public record RunView(
    long id,
    Instant startedAt,
    Instant finishedAt,
    String startedBy,
    boolean firstRun,
    int found,
    int written,
    int mailsQueued,
    int mailsSent,
    int mailsFailed) {

  static RunView of(ReminderRun r) {
    return new RunView(
        r.getId(),
        r.getStartedAt(),
        r.getFinishedAt(),
        r.getStartedBy(),
        r.isFirstRun(),
        r.getFound(),
        r.getWritten(),
        r.getMailsQueued(),
        r.getMailsSent(),
        r.getMailsFailed());
  }
}
