package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.yjtracker.notification.entity.OutboxMail;
import org.yjtracker.notification.entity.OutgoingMail;

/**
 * The outbox's short transactions around sending, which itself happens outside any transaction: a
 * worker claims due mails ({@code SELECT … FOR UPDATE SKIP LOCKED}, then a claim that lasts {@link
 * #CLAIM}), so another worker, here or on another instance, passes them by; then records each
 * result. A worker that dies between sending and recording leaves its claim to lapse: that mail is
 * sent again (SMTP cannot take part in the database's transaction).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

  static final java.time.Duration CLAIM = java.time.Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;

  /** Up to {@code most} mails due now, claimed for this worker. */
  @SuppressWarnings("unchecked")
  public List<OutgoingMail> claim(int most, Instant now) {
    Timestamp at = Timestamp.from(now);
    List<Long> ids =
        ((List<Number>)
                em.createNativeQuery(
                        "SELECT id FROM outbox_mail WHERE status = 'QUEUED' AND next_attempt_at <= ?1"
                            + " AND (claimed_until IS NULL OR claimed_until < ?1)"
                            + " ORDER BY next_attempt_at, id LIMIT "
                            + most
                            + " FOR UPDATE SKIP LOCKED")
                    .setParameter(1, at)
                    .getResultList())
            .stream().map(Number::longValue).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    em.createNativeQuery("UPDATE outbox_mail SET claimed_until = ?1 WHERE id IN ?2")
        .setParameter(1, Timestamp.from(now.plus(CLAIM)))
        .setParameter(2, ids)
        .executeUpdate();
    return em
        .createQuery(
            "SELECT m FROM OutboxMail m WHERE m.id IN :ids ORDER BY m.id", OutboxMail.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(OutboxMail::outgoing)
        .toList();
  }

  public void sent(long id, String transport, String reference, Instant at) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    em.refresh(mail);
    mail.sent(transport, reference, at);
  }

  public void failed(long id, String transport, String error, boolean permanent, Instant at) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    em.refresh(mail);
    mail.failed(transport, error, permanent, at);
  }
}
