package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjtracker.notification.control.Reminder;
import org.yjtracker.notification.entity.Delivery;
import org.yjtracker.notification.entity.NotificationKind;

/**
 * Writes reminders as notifications, each as its person chose (none when they turned its kind off),
 * in the caller's transaction. A reminder already written for the same person, kind, item and
 * period is left alone: the unique key decides, so concurrent writers never double one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationStore {

  /**
   * Rows per INSERT statement. Small on purpose: EclipseLink binds a native statement's parameters
   * in time that grows with the square of their number (a profile of the national benchmark's run
   * showed 400 rows, 3,600 parameters, spending most of the run there).
   */
  static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject NotificationPreferences preferences;

  /**
   * @return how many were new (not written before, not turned off)
   */
  public int write(List<Reminder> reminders, Instant now) {
    if (reminders.isEmpty()) {
      return 0;
    }
    Set<Long> accounts = reminders.stream().map(Reminder::accountId).collect(Collectors.toSet());
    Map<Long, Map<NotificationKind, Delivery>> chosen = preferences.of(accounts);
    List<Object[]> rows = new ArrayList<>();
    for (Reminder r : reminders) {
      Delivery delivery =
          chosen.getOrDefault(r.accountId(), Map.of()).getOrDefault(r.kind(), Delivery.DEFAULT);
      if (delivery != Delivery.OFF) {
        rows.add(
            new Object[] {
              r.accountId(),
              r.kind().name(),
              r.itemKey(),
              r.period(),
              cut(r.title(), 500),
              r.detail() == null ? null : cut(r.detail(), 1000),
              r.link(),
              delivery.name()
            });
      }
    }
    int written = 0;
    Timestamp at = Timestamp.from(now);
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
      StringBuilder sql =
          new StringBuilder(
              "INSERT IGNORE INTO notification (account_id, kind, item_key, period, title, detail,"
                  + " link, delivery, state, created_at) VALUES ");
      for (int i = 0; i < slice.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?)");
      }
      Query insert = em.createNativeQuery(sql.toString());
      int p = 1;
      for (Object[] row : slice) {
        for (Object value : row) {
          insert.setParameter(p++, value);
        }
        insert.setParameter(p++, at);
      }
      written += insert.executeUpdate();
    }
    return written;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
