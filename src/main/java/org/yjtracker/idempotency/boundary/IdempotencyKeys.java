package org.yjtracker.idempotency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Blob;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.idempotency.control.Claim;

/**
 * The kept keys and answers. Each step commits on its own (REQUIRES_NEW), outside the request's own
 * transaction: a claim must be visible to a concurrent retry at once, and an answer is recorded
 * after the request's change has committed. Times are the database's, so that several application
 * servers agree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

  /** A claim without an answer this old belongs to a request that died; its key is free again. */
  static final int ABANDONED_SECONDS = 60;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "idempotency.retention.hours", defaultValue = "24")
  int retentionHours;

  /**
   * Takes the key for this request, or says what became of it. The insert waits for a concurrent
   * claim of the same key to commit, so of two racing requests exactly one claims it; a kept row
   * past its retention, or a claim abandoned by a request that died, is taken over in place (a row
   * lock only: no gap locks for racing retries to deadlock on).
   */
  public Claim claim(String keyDigest, String requestDigest) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO idempotency_key (key_digest, request_digest) VALUES (?1, ?2)")
            .setParameter(1, keyDigest)
            .setParameter(2, requestDigest)
            .executeUpdate();
    if (inserted == 1) {
      return new Claim.Claimed();
    }
    int takenOver =
        em.createNativeQuery(
                "UPDATE idempotency_key SET request_digest = ?1, status = NULL, location = NULL,"
                    + " content_type = NULL, body = NULL, created_at = NOW(3)"
                    + " WHERE key_digest = ?2 AND (created_at < NOW(3) - INTERVAL ?3 HOUR"
                    + " OR (status IS NULL AND created_at < NOW(3) - INTERVAL ?4 SECOND))")
            .setParameter(1, requestDigest)
            .setParameter(2, keyDigest)
            .setParameter(3, retentionHours)
            .setParameter(4, ABANDONED_SECONDS)
            .executeUpdate();
    if (takenOver == 1) {
      return new Claim.Claimed();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_digest, status, location, content_type, body"
                    + " FROM idempotency_key WHERE key_digest = ?1")
            .setParameter(1, keyDigest)
            .getResultList();
    if (rows.isEmpty()) {
      return new Claim.Running(); // released meanwhile: the client may simply try again
    }
    Object[] row = rows.get(0);
    if (!requestDigest.equals(row[0])) {
      return new Claim.Mismatch();
    }
    if (row[1] == null) {
      return new Claim.Running();
    }
    return new Claim.Answered(
        ((Number) row[1]).intValue(), (String) row[2], (String) row[3], bytes(row[4]));
  }

  private static byte[] bytes(Object column) {
    try {
      return column instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) column;
    } catch (SQLException e) {
      throw new IllegalStateException("A kept answer could not be read", e);
    }
  }

  /** Keeps the first answer for the retries to come. */
  public void answer(
      String keyDigest, int status, String location, String contentType, byte[] body) {
    em.createNativeQuery(
            "UPDATE idempotency_key SET status = ?1, location = ?2, content_type = ?3, body = ?4"
                + " WHERE key_digest = ?5 AND status IS NULL")
        .setParameter(1, status)
        .setParameter(2, location)
        .setParameter(3, contentType)
        .setParameter(4, body)
        .setParameter(5, keyDigest)
        .executeUpdate();
  }

  /** The first attempt failed on our side and changed nothing: a retry may run again. */
  public void release(String keyDigest) {
    em.createNativeQuery("DELETE FROM idempotency_key WHERE key_digest = ?1 AND status IS NULL")
        .setParameter(1, keyDigest)
        .executeUpdate();
  }

  /** Forgets answers older than the retention period. */
  public int expire() {
    return em.createNativeQuery(
            "DELETE FROM idempotency_key WHERE created_at < NOW(3) - INTERVAL ?1 HOUR")
        .setParameter(1, retentionHours)
        .executeUpdate();
  }
}
