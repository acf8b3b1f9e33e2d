package org.yjtracker.notification.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminders every morning at 07:00 UK time, and the mail worker every minute, unless
 * {@code notification.schedule.enabled} is false (the tests run them by hand).
 */
@Singleton
public class ReminderSchedule {

  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @Inject Reminders reminders;
  @Inject NotificationSettings settings;

  @Schedule(hour = "7", minute = "0", timezone = "Europe/London", persistent = false)
  void daily() {
    if (!settings.scheduleEnabled()) {
      return;
    }
    try {
      reminders
          .run(null, false)
          .ifPresentOrElse(
              run ->
                  LOG.info(
                      () ->
                          "Reminders: "
                              + run.getWritten()
                              + " new notifications, "
                              + run.getMailsQueued()
                              + " mails made, "
                              + run.getMailsSent()
                              + " sent"),
              () -> LOG.info("Reminders: another instance is running them"));
    } catch (RuntimeException e) {
      // The database or the mail server may be away; tomorrow's run (and the worker) try again.
      LOG.log(Level.WARNING, "The reminder run failed", e);
    }
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    if (!settings.scheduleEnabled()) {
      return;
    }
    try {
      reminders.tick();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail worker failed; it runs again in a minute", e);
    }
  }
}
