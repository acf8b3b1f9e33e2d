package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A lease row (table job_lease): while one instance holds a job's lease, others running at the same
 * moment skip the job. A holder that dies lets its lease lapse.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLease {

  /** This instance, as the lease names its holder. */
  static final String HOLDER = "instance-" + UUID.randomUUID();

  @PersistenceContext EntityManager em;

  /** Takes the lease if it is free or lapsed; false if another instance holds it. */
  public boolean take(String job, Instant now, Duration length) {
    return em.createNativeQuery(
                "UPDATE job_lease SET holder = ?1, expires_at = ?2 WHERE name = ?3"
                    + " AND expires_at < ?4")
            .setParameter(1, HOLDER)
            .setParameter(2, Timestamp.from(now.plus(length)))
            .setParameter(3, job)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  public void release(String job) {
    em.createNativeQuery(
            "UPDATE job_lease SET holder = NULL, expires_at = '1970-01-01 00:00:01'"
                + " WHERE name = ?1 AND holder = ?2")
        .setParameter(1, job)
        .setParameter(2, HOLDER)
        .executeUpdate();
  }
}
