package org.yjtracker.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.audit.entity.AuditEntry;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.control.PagedQuery;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/** Reads the audit trail, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditLog {

  @PersistenceContext EntityManager em;

  public record Filter(
      String objectType,
      String objectId,
      String actor,
      AuditAction action,
      Instant from,
      Instant to) {}

  public ResultPage<AuditEntryView> search(Filter filter, PageRequest page) {
    return PagedQuery.of(AuditEntry.class, "e")
        .whereGiven("e.objectType = :type", "type", stripped(filter.objectType()))
        .whereGiven("e.objectId = :objectId", "objectId", stripped(filter.objectId()))
        .whereGiven("LOWER(e.actor) LIKE :actor", "actor", Like.containing(filter.actor()))
        .whereGiven("e.action = :action", "action", filter.action())
        .whereGiven("e.occurredAt >= :from", "from", filter.from())
        .whereGiven("e.occurredAt < :to", "to", filter.to())
        .page(em, "e.occurredAt DESC, e.id DESC", page, AuditEntryView::of);
  }

  private static String stripped(String text) {
    return text == null ? null : text.strip();
  }

  public List<String> objectTypes() {
    return em.createQuery(
            "SELECT DISTINCT e.objectType FROM AuditEntry e ORDER BY e.objectType", String.class)
        .getResultList();
  }
}
