package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.notification.entity.Delivery;
import org.yjtracker.notification.entity.NotificationKind;

/**
 * Each person's choice, per kind, of how they are told: off, a mail each time, or the weekly digest
 * (the default). Changes are audited.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The person's choice for every kind, defaults filled in, in the kinds' order. */
  public Map<NotificationKind, Delivery> of(long accountId) {
    Map<NotificationKind, Delivery> chosen = new LinkedHashMap<>();
    for (NotificationKind kind : NotificationKind.values()) {
      chosen.put(kind, Delivery.DEFAULT);
    }
    chosen.putAll(of(List.of(accountId)).getOrDefault(accountId, Map.of()));
    return chosen;
  }

  /** The choices made (defaults left out) of these people, by account. */
  @SuppressWarnings("unchecked")
  public Map<Long, Map<NotificationKind, Delivery>> of(Collection<Long> accountIds) {
    Map<Long, Map<NotificationKind, Delivery>> all = new HashMap<>();
    if (accountIds.isEmpty()) {
      return all;
    }
    List<Long> ids = List.copyOf(accountIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      ((List<Object[]>)
              em.createNativeQuery(
                      "SELECT account_id, kind, delivery FROM notification_preference"
                          + " WHERE account_id IN "
                          + IdList.in(ids.subList(from, Math.min(ids.size(), from + 1000))))
                  .getResultList())
          .forEach(
              r ->
                  all.computeIfAbsent(
                          ((Number) r[0]).longValue(), k -> new EnumMap<>(NotificationKind.class))
                      .put(
                          NotificationKind.valueOf((String) r[1]),
                          Delivery.valueOf((String) r[2])));
    }
    return all;
  }

  /** The caller's own choices: the kinds given are set, the others stay as they were. */
  public Map<NotificationKind, Delivery> choose(
      Caller caller, Map<NotificationKind, Delivery> choices) {
    Map<NotificationKind, Delivery> before = of(caller.id());
    choices.forEach((kind, delivery) -> write(caller.id(), kind, delivery));
    Map<NotificationKind, Delivery> after = of(caller.id());
    if (!before.equals(after)) {
      audit.record(
          caller,
          org.yjtracker.audit.entity.AuditAction.UPDATE,
          "NotificationPreferences",
          caller.id(),
          null,
          words(before),
          words(after));
    }
    return after;
  }

  /**
   * Turns one kind, or every kind, off for the person, from a signed unsubscribe link (nobody
   * signed in): recorded in the audit trail as done by the link.
   */
  public void unsubscribe(long accountId, NotificationKind kind) {
    Map<NotificationKind, Delivery> before = of(accountId);
    for (NotificationKind k :
        kind == null ? NotificationKind.values() : new NotificationKind[] {kind}) {
      write(accountId, k, Delivery.OFF);
    }
    audit.record(
        new Caller(
            accountId,
            "unsubscribe-link",
            "Unsubscribe link",
            java.util.Set.of(),
            java.util.Set.of(),
            Caller.AuthMethod.NONE),
        org.yjtracker.audit.entity.AuditAction.UPDATE,
        "NotificationPreferences",
        accountId,
        "Unsubscribed with the link in a mail",
        words(before),
        words(of(accountId)));
  }

  private void write(long accountId, NotificationKind kind, Delivery delivery) {
    if (delivery == Delivery.OFF) {
      // Turned off means nothing more of it, including what waits for the next digest.
      em.createNativeQuery(
              "UPDATE notification SET state = 'DROPPED' WHERE account_id = ?1 AND kind = ?2"
                  + " AND state = 'WAITING'")
          .setParameter(1, accountId)
          .setParameter(2, kind.name())
          .executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO notification_preference (account_id, kind, delivery, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE delivery = VALUES(delivery),"
                + " updated_at = VALUES(updated_at)")
        .setParameter(1, accountId)
        .setParameter(2, kind.name())
        .setParameter(3, delivery.name())
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  private static Map<String, String> words(Map<NotificationKind, Delivery> choices) {
    Map<String, String> words = new LinkedHashMap<>();
    choices.forEach((k, d) -> words.put(k.name(), d.name()));
    return words;
  }
}
