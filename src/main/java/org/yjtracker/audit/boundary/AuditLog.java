package org.yjtracker.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.audit.entity.AuditEntry;
import org.yjtracker.platform.control.Like;
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
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.objectType() != null && !filter.objectType().isBlank()) {
      where.append(" AND e.objectType = :type");
      parameters.put("type", filter.objectType().strip());
    }
    if (filter.objectId() != null && !filter.objectId().isBlank()) {
      where.append(" AND e.objectId = :objectId");
      parameters.put("objectId", filter.objectId().strip());
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      where.append(" AND LOWER(e.actor) LIKE :actor");
      parameters.put("actor", Like.containing(filter.actor()));
    }
    if (filter.action() != null) {
      where.append(" AND e.action = :action");
      parameters.put("action", filter.action());
    }
    if (filter.from() != null) {
      where.append(" AND e.occurredAt >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND e.occurredAt < :to");
      parameters.put("to", filter.to());
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
    TypedQuery<AuditEntry> rows =
        em.createQuery(
            "SELECT e FROM AuditEntry e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEntry.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<AuditEntryView> items =
        rows.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList().stream()
            .map(AuditEntryView::of)
            .toList();
    return ResultPage.of(items, page, count.getSingleResult());
  }

  public List<String> objectTypes() {
    return em.createQuery(
            "SELECT DISTINCT e.objectType FROM AuditEntry e ORDER BY e.objectType", String.class)
        .getResultList();
  }
}
