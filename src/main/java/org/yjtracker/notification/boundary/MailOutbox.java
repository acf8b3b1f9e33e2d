package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.notification.entity.MailStatus;
import org.yjtracker.notification.entity.OutboxMail;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/**
 * What the tracker sent to whom and whether it was delivered, for the inspectorate's admins, and
 * the admin's "send reminders now".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MailOutbox {

  @PersistenceContext EntityManager em;
  @Inject Reminders reminders;
  @Inject RunRecords runs;
  @Inject MailTransportSource transports;

  /** Where mails go now, in words. */
  public record Transport(boolean configured, String describe, boolean catcher) {}

  /** The mails, newest first, of one status (null: all). */
  public ResultPage<MailView> page(String status, PageRequest request) {
    MailStatus wanted = status == null || status.isBlank() ? null : parse(status);
    String where = wanted == null ? "" : " WHERE m.status = :status";
    var query =
        em.createQuery(
            "SELECT m FROM OutboxMail m" + where + " ORDER BY m.id DESC", OutboxMail.class);
    var count = em.createQuery("SELECT COUNT(m) FROM OutboxMail m" + where, Long.class);
    if (wanted != null) {
      query.setParameter("status", wanted);
      count.setParameter("status", wanted);
    }
    List<MailView> items =
        query
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(MailView::summary)
            .toList();
    return ResultPage.of(items, request, count.getSingleResult());
  }

  public MailView find(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new NotFoundException("No mail " + id);
    }
    return MailView.whole(mail);
  }

  /** How many mails there are of each status. */
  public Map<MailStatus, Long> counts() {
    Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
    for (MailStatus s : MailStatus.values()) {
      counts.put(s, 0L);
    }
    em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status", Object[].class)
        .getResultList()
        .forEach(r -> counts.put((MailStatus) r[0], (Long) r[1]));
    return counts;
  }

  public Transport transport() {
    return transports
        .transport()
        .map(t -> new Transport(true, t.describe(), transports.catcher()))
        .orElse(new Transport(false, "No mail server or GOV.UK Notify is set", false));
  }

  public RunView run(long id) {
    var run = em.find(org.yjtracker.notification.entity.ReminderRun.class, id);
    if (run == null) {
      throw new NotFoundException("No reminder run " + id);
    }
    return RunView.of(run);
  }

  /** The latest reminder runs, newest first. */
  public List<RunView> runs(int most) {
    return runs.latest(most).stream().map(RunView::of).toList();
  }

  /**
   * Runs the reminders now, weekly digests included whatever the day (each person still gets one
   * digest a week at most); 409 while another run is under way.
   */
  @Transactional(Transactional.TxType.NEVER)
  public RunView runNow(Caller caller) {
    return reminders
        .run(caller.email(), true)
        .map(RunView::of)
        .orElseThrow(
            () ->
                new org.yjtracker.platform.control.ConflictException(
                    "Reminders are being sent by another run now; try again in a minute."));
  }

  /** The worker's minute, now. */
  @Transactional(Transactional.TxType.NEVER)
  public MailDelivery.Result deliverNow() {
    return reminders.tick();
  }

  private static MailStatus parse(String status) {
    return Enums.parse(MailStatus.class, status, "status");
  }
}
