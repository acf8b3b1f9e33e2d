package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The back-fill's transactions, one a batch of plans (see {@link ProgressBackfill}). */
@ApplicationScoped
public class ProgressBackfillBatches {

  @PersistenceContext EntityManager em;
  @Inject ProgressKeeper keeper;

  /** Actions written without their last activity get it from their updates, else their writing. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int fillActivity() {
    return em.createNativeQuery(
            "UPDATE plan_action a SET a.last_activity_at = COALESCE((SELECT MAX(u.written_at)"
                + " FROM progress_update u WHERE u.action_id = a.id), a.created_at),"
                + " a.status_since = COALESCE(a.status_since, a.updated_at)"
                + " WHERE a.last_activity_at IS NULL")
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> unkept(int limit) {
    return em
        .createNativeQuery(
            "SELECT id FROM action_plan WHERE progress_kept_at IS NULL ORDER BY id LIMIT ?")
        .setParameter(1, limit)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void keep(List<Long> planIds, String why) {
    for (long planId : planIds) {
      keeper.keep(planId, null, why);
    }
  }
}
