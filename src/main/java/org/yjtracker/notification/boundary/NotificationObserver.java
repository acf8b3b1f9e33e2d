package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.yjtracker.access.boundary.AccountDirectory;
import org.yjtracker.actionplan.boundary.PlanCommented;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.boundary.PlanSubmitted;
import org.yjtracker.notification.control.ReminderRules;
import org.yjtracker.notification.control.Responsible;

/**
 * Writes the notifications of what just happened in the transaction that made it happen (the outbox
 * pattern): a comment and its notifications are committed together or not at all, and the worker
 * sends them later.
 */
@ApplicationScoped
public class NotificationObserver {

  @Inject AccountDirectory directory;
  @Inject NotificationStore store;
  @Inject PlanProgress progress;
  @Inject Clock clock;

  void commented(@Observes PlanCommented comment) {
    store.write(
        ReminderRules.commented(comment, new Responsible(directory.active())), clock.instant());
  }

  void submitted(@Observes PlanSubmitted submission) {
    store.write(
        ReminderRules.submitted(submission, new Responsible(directory.active()), progress.today()),
        clock.instant());
  }
}
