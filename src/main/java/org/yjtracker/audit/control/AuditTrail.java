package org.yjtracker.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.audit.entity.AuditEntry;

/**
 * Writes audit entries. MANDATORY: an entry can only be written inside the transaction of the
 * change it records, so both commit or neither does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void created(Caller caller, String objectType, Object id, Object after) {
    record(caller, AuditAction.CREATE, objectType, id, null, null, after);
  }

  public void updated(Caller caller, String objectType, Object id, Object before, Object after) {
    record(caller, AuditAction.UPDATE, objectType, id, null, before, after);
  }

  public void deleted(Caller caller, String objectType, Object id, Object before) {
    record(caller, AuditAction.DELETE, objectType, id, null, before, null);
  }

  public void record(
      Caller caller,
      AuditAction action,
      String objectType,
      Object id,
      String reason,
      Object before,
      Object after) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            caller.email(),
            action,
            objectType,
            String.valueOf(id),
            reason,
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after)));
  }
}
