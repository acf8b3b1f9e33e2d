package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.notification.control.MailContent;
import org.yjtracker.notification.control.MailWriter;
import org.yjtracker.notification.control.Periods;
import org.yjtracker.notification.control.UnsubscribeTokens;
import org.yjtracker.notification.entity.Notification;
import org.yjtracker.notification.entity.OutboxMail;
import org.yjtracker.web.boundary.Templates;

/**
 * Turns waiting notifications into mails of the outbox: one mail each for those a person wants at
 * once, one weekly digest for the rest. The notifications it takes are row-locked ({@code FOR
 * UPDATE SKIP LOCKED}), so two instances composing at once never put one in two mails.
 */
@ApplicationScoped
@Transactional
public class MailComposer {

  /** People whose digests are made per transaction round. */
  static final int PEOPLE_PER_ROUND = 200;

  @PersistenceContext EntityManager em;
  @Inject NotificationSettings settings;
  @Inject UnsubscribeLinks unsubscribe;
  @Inject Templates templates;

  /** A mail each for waiting notifications their person wants at once. @return mails made */
  public int immediate(Map<Long, ActiveAccount> people, Instant now) {
    // Someone never mailed before gets everything in one first digest instead (see digests).
    List<Long> ids =
        locked(
            "delivery = 'IMMEDIATELY' AND EXISTS (SELECT 1 FROM outbox_mail m"
                + " WHERE m.account_id = notification.account_id)",
            null,
            1000);
    if (ids.isEmpty()) {
      return 0;
    }
    MailWriter writer = new MailWriter(settings.baseUrl());
    int made = 0;
    for (Notification n : load(ids)) {
      ActiveAccount person = people.get(n.getAccountId());
      if (person == null) {
        n.drop();
        continue;
      }
      MailContent content =
          writer.single(
              person.displayName(), item(n), unsubscribe.url(person.id(), n.getKind().param()));
      OutboxMail mail = queue(person, content, null, now);
      n.mailed(mail.getId());
      made++;
    }
    return made;
  }

  /**
   * A weekly digest for each of these people who has notifications waiting and none this ISO week
   * yet. Found reminders that are no longer true ({@code current} lacks them) are dropped, and an
   * item waiting from an earlier week too goes in once.
   *
   * @param everything people never mailed before: every waiting notification goes in the digest,
   *     even those wanted at once, so their first mail is one summary, not one mail per item
   * @param current the subjects ({@link org.yjtracker.notification.control.Reminder#subjectKey()})
   *     the run found true today
   * @return mails made
   */
  public int digests(
      List<Long> accountIds,
      Map<Long, ActiveAccount> people,
      boolean everything,
      Set<String> current,
      LocalDate today,
      Instant now) {
    String week = Periods.week(today);
    MailWriter writer = new MailWriter(settings.baseUrl());
    List<Long> ids =
        locked(everything ? "TRUE" : "delivery = 'WEEKLY'", accountIds, Integer.MAX_VALUE);
    Set<Long> hadOne = new HashSet<>(digestedThisWeek(accountIds, week));
    Map<Long, List<Notification>> byPerson = new LinkedHashMap<>();
    for (Notification n : load(ids)) {
      byPerson.computeIfAbsent(n.getAccountId(), k -> new ArrayList<>()).add(n);
    }
    int made = 0;
    for (Map.Entry<Long, List<Notification>> entry : byPerson.entrySet()) {
      ActiveAccount person = people.get(entry.getKey());
      if (person == null) {
        entry.getValue().forEach(Notification::drop);
        continue;
      }
      if (hadOne.contains(person.id())) {
        continue;
      }
      // Newest first, so of an item waiting from two weeks the newer words go in.
      Map<String, Notification> once = new LinkedHashMap<>();
      List<Notification> newestFirst = new ArrayList<>(entry.getValue());
      newestFirst.sort((a, b) -> Long.compare(b.getId(), a.getId()));
      for (Notification n : newestFirst) {
        String subject = n.getAccountId() + "|" + n.getKind() + "|" + n.getItemKey();
        if ((n.getKind().found() && current != null && !current.contains(subject))
            || once.containsKey(subject)) {
          n.drop();
        } else {
          once.put(subject, n);
        }
      }
      if (once.isEmpty()) {
        continue;
      }
      List<Notification> chosen = new ArrayList<>(once.values());
      chosen.sort((a, b) -> Long.compare(a.getId(), b.getId()));
      MailContent content =
          writer.digest(
              person.displayName(),
              chosen.stream().map(MailComposer::item).toList(),
              everything,
              unsubscribe.url(person.id(), UnsubscribeTokens.ALL));
      OutboxMail mail = queue(person, content, week, now);
      chosen.forEach(n -> n.mailed(mail.getId()));
      made++;
    }
    return made;
  }

  /**
   * The people with notifications waiting, in id order: those never mailed before (any waiting
   * notification) and, when {@code weekly}, those with notifications waiting for the digest.
   */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public Waiting waitingPeople(boolean weekly) {
    List<Long> newcomers = new ArrayList<>();
    List<Long> regulars = new ArrayList<>();
    ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT n.account_id, MAX(n.delivery = 'WEEKLY'), EXISTS (SELECT 1 FROM"
                        + " outbox_mail m WHERE m.account_id = n.account_id) FROM notification n"
                        + " WHERE n.state = 'WAITING' GROUP BY n.account_id ORDER BY n.account_id")
                .getResultList())
        .forEach(
            r -> {
              long id = ((Number) r[0]).longValue();
              if (!truth(r[2])) {
                newcomers.add(id);
              } else if (weekly && truth(r[1])) {
                regulars.add(id);
              }
            });
    return new Waiting(newcomers, regulars);
  }

  /** Who gets a digest: people never mailed before, and people whose week's digest is due. */
  public record Waiting(List<Long> newcomers, List<Long> regulars) {}

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }

  private OutboxMail queue(ActiveAccount person, MailContent content, String week, Instant now) {
    OutboxMail mail =
        new OutboxMail(
            person.id(),
            person.email(),
            content.subject(),
            content.text(),
            templates.render("mail/mail", Map.of("mail", content)),
            content.unsubscribeUrl(),
            week,
            now);
    em.persist(mail);
    em.flush();
    return mail;
  }

  @SuppressWarnings("unchecked")
  private List<Long> locked(String condition, List<Long> accountIds, int limit) {
    if (accountIds != null && accountIds.isEmpty()) {
      return List.of();
    }
    var query =
        em.createNativeQuery(
            "SELECT id FROM notification WHERE state = 'WAITING' AND "
                + condition
                + (accountIds == null ? "" : " AND account_id IN ?1")
                + " ORDER BY id"
                + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit)
                + " FOR UPDATE SKIP LOCKED");
    if (accountIds != null) {
      query.setParameter(1, accountIds);
    }
    return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
  }

  private List<Notification> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Notification> all = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      all.addAll(
          em.createQuery(
                  "SELECT n FROM Notification n WHERE n.id IN :ids ORDER BY n.id",
                  Notification.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
              .getResultList());
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private List<Long> digestedThisWeek(List<Long> accountIds, String week) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return ((List<Number>)
            em.createNativeQuery(
                    "SELECT account_id FROM outbox_mail WHERE digest_week = ?1 AND account_id IN ?2")
                .setParameter(1, week)
                .setParameter(2, accountIds)
                .getResultList())
        .stream().map(Number::longValue).toList();
  }

  private static MailWriter.Item item(Notification n) {
    return new MailWriter.Item(n.getKind(), n.getTitle(), n.getDetail(), n.getLink());
  }
}
