package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reminder settings (config/microprofile-config.properties documents each). */
@ApplicationScoped
public class NotificationSettings {

  @Inject
  @ConfigProperty(name = "tracker.base.url", defaultValue = " ")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "port", defaultValue = "8080")
  String port;

  @Inject
  @ConfigProperty(name = "notification.schedule.enabled", defaultValue = "true")
  boolean scheduleEnabled;

  @Inject
  @ConfigProperty(name = "notification.digest.day", defaultValue = "MONDAY")
  String digestDay;

  @Inject
  @ConfigProperty(name = "notification.max.mails.per.run", defaultValue = "500")
  int maxMailsPerRun;

  private DayOfWeek day;

  /**
   * Read when the application starts, not at the first run: a digest day that is not a day stops
   * the deployment with its name, rather than failing every run (and "Send reminders now" with a
   * 500).
   */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    digestDay();
  }

  /** Where links in mails point: the setting, or this machine's own address. */
  public String baseUrl() {
    String configured = baseUrl == null ? "" : baseUrl.strip();
    return configured.isEmpty() ? "http://localhost:" + port.strip() : configured;
  }

  /** Whether the schedule runs reminders by itself (tests run them by hand). */
  public boolean scheduleEnabled() {
    return scheduleEnabled;
  }

  /** The day of the week the scheduled run writes weekly digests (on a later day if missed). */
  public DayOfWeek digestDay() {
    if (day == null) {
      try {
        day = DayOfWeek.valueOf(digestDay.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "notification.digest.day (NOTIFICATION_DIGEST_DAY) is \""
                + digestDay
                + "\": give a day of the week, MONDAY to SUNDAY",
            e);
      }
    }
    return day;
  }

  /** Most mails one run of the worker sends; the rest wait for the next run. */
  public int maxMailsPerRun() {
    return Math.max(1, maxMailsPerRun);
  }
}
