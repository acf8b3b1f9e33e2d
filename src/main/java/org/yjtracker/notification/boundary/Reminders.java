package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjtracker.access.boundary.AccountDirectory;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.dashboard.boundary.NationalDashboard;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.notification.control.Reminder;
import org.yjtracker.notification.control.ReminderRules;
import org.yjtracker.notification.control.Responsible;
import org.yjtracker.notification.entity.ReminderRun;

/**
 * The reminder run, the schedule's daily job and the admin's "send reminders now": find what needs
 * whom from where actions and plans stand, write it as notifications, make the mails (weekly
 * digests on the digest day or later, or whenever an admin runs it), and send them. One instance at
 * a time runs it (a lease); the first run ever makes one digest per person of everything.
 *
 * <p>Also the worker's minute: mails for what people want at once, and the outbox's due mails.
 */
@ApplicationScoped
public class Reminders {

  static final String JOB = "reminders";

  @Inject JobLease lease;
  @Inject RunRecords records;
  @Inject AccountDirectory directory;
  @Inject PlanProgress progress;
  @Inject MailComposer composer;
  @Inject MailDelivery delivery;
  @Inject NotificationSettings settings;
  @Inject NationalDashboard national;
  @Inject Clock clock;

  /**
   * Runs the reminders.
   *
   * @param startedBy who asked (an admin's address), null for the schedule
   * @param digestsToday make weekly digests whatever the day (an admin's run)
   * @return the run's record, empty when another instance is running them now
   */
  public Optional<ReminderRun> run(String startedBy, boolean digestsToday) {
    if (!lease.take(JOB, clock.instant(), Duration.ofMinutes(30))) {
      return Optional.empty();
    }
    try {
      ReminderRun run = records.start(clock.instant(), startedBy);
      LocalDate today = progress.today();
      List<ActiveAccount> accounts = directory.active();
      Map<Long, ActiveAccount> people =
          accounts.stream().collect(Collectors.toMap(ActiveAccount::id, Function.identity()));
      Responsible responsible = new Responsible(accounts);
      List<Reminder> found =
          new ArrayList<>(
              ReminderRules.found(
                  progress.actionsNeedingSomeone(),
                  progress.plansAwaitingTheService(),
                  responsible,
                  today));
      found.addAll(ReminderRules.latePlans(latePlans(), responsible, today));
      int written = records.write(found, clock.instant());
      Set<String> current = found.stream().map(Reminder::subjectKey).collect(Collectors.toSet());
      int queued = records.immediate(people, clock.instant());
      MailComposer.Waiting waiting =
          composer.waitingPeople(
              digestsToday || today.getDayOfWeek().compareTo(settings.digestDay()) >= 0);
      queued += digests(waiting.newcomers(), people, true, current, today);
      queued += digests(waiting.regulars(), people, false, current, today);
      MailDelivery.Result sent = delivery.deliver(settings.maxMailsPerRun());
      return Optional.of(
          records.finish(
              run.getId(),
              clock.instant(),
              found.size(),
              written,
              queued,
              sent.sent(),
              sent.failed()));
    } finally {
      lease.release(JOB);
    }
  }

  /** The late services, most late first: the national dashboard's own "late" list. */
  private List<String> latePlans() {
    return national.all(Caller.SYSTEM, NationalFilter.LATE, NationalSort.DEFAULT).stream()
        .sorted(ServiceRow.MOST_LATE_FIRST)
        .map(ServiceRow::service)
        .toList();
  }

  private int digests(
      List<Long> accounts,
      Map<Long, ActiveAccount> people,
      boolean everything,
      Set<String> current,
      LocalDate today) {
    int made = 0;
    for (int from = 0; from < accounts.size(); from += MailComposer.PEOPLE_PER_ROUND) {
      made +=
          records.digests(
              accounts.subList(
                  from, Math.min(accounts.size(), from + MailComposer.PEOPLE_PER_ROUND)),
              people,
              everything,
              current,
              today,
              clock.instant());
    }
    return made;
  }

  /** The worker's minute: mails for what people want at once, then the due mails of the outbox. */
  public MailDelivery.Result tick() {
    Map<Long, ActiveAccount> people =
        directory.active().stream()
            .collect(Collectors.toMap(ActiveAccount::id, Function.identity()));
    records.immediate(people, clock.instant());
    return delivery.deliver(settings.maxMailsPerRun());
  }
}
