package org.yjtracker.notification.control;

import java.util.Objects;
import org.yjtracker.notification.entity.NotificationKind;

/**
 * Something to tell one person, before it is written: at most one per person, kind, item and period
 * is ever written.
 *
 * @param itemKey what it is about: "action:12", "plan:3:DRAFT", "comment:40"
 * @param period how often it may come again: an ISO week ("2026-W49") for reminders repeated
 *     weekly, a date for a target date or a submission, "once" for an event
 * @param link the tracker's page it is about, a path ("/actions/12")
 */
public record Reminder(
    long accountId,
    NotificationKind kind,
    String itemKey,
    String period,
    String title,
    String detail,
    String link) {

  public static final String ONCE = "once";

  public Reminder {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(itemKey);
    Objects.requireNonNull(period);
    Objects.requireNonNull(title);
    Objects.requireNonNull(link);
  }

  /** The same thing, whatever the period: what a digest shows once. */
  public String subjectKey() {
    return accountId + "|" + kind + "|" + itemKey;
  }
}
