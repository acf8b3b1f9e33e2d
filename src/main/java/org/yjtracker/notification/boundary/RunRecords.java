package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.notification.control.Reminder;
import org.yjtracker.notification.entity.ReminderRun;

/** The reminder run's own transactions: its record, the notifications it found, its mails. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunRecords {

  @PersistenceContext EntityManager em;
  @Inject NotificationStore store;
  @Inject MailComposer composer;

  /** Starts a run's record; the first run is the one before which none finished. */
  public ReminderRun start(Instant now, String startedBy) {
    boolean first =
        em.createQuery(
                    "SELECT COUNT(r) FROM ReminderRun r WHERE r.finishedAt IS NOT NULL", Long.class)
                .getSingleResult()
            == 0;
    ReminderRun run = new ReminderRun(now, startedBy, first);
    em.persist(run);
    em.flush();
    return run;
  }

  public ReminderRun finish(
      long id, Instant at, int found, int written, int queued, int sent, int failed) {
    ReminderRun run = em.find(ReminderRun.class, id);
    run.finish(at, found, written, queued, sent, failed);
    return run;
  }

  public int write(List<Reminder> reminders, Instant now) {
    return store.write(reminders, now);
  }

  public int immediate(Map<Long, ActiveAccount> people, Instant now) {
    return composer.immediate(people, now);
  }

  public int digests(
      List<Long> accountIds,
      Map<Long, ActiveAccount> people,
      boolean everything,
      Set<String> current,
      LocalDate today,
      Instant now) {
    return composer.digests(accountIds, people, everything, current, today, now);
  }

  /** The latest runs, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReminderRun> latest(int most) {
    return em.createQuery("SELECT r FROM ReminderRun r ORDER BY r.id DESC", ReminderRun.class)
        .setMaxResults(most)
        .getResultList();
  }
}
