package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Notes when a token was last used: bookkeeping, not part of what the request does. One row-level
 * statement in a transaction of its own, so it never bumps the token's version, never collides with
 * another request using the same token (they queue on the row lock for a moment, and the condition
 * makes all but the first a no-op), and a failure cannot roll back the request.
 */
@ApplicationScoped
public class TokenUsage {

  @PersistenceContext EntityManager em;

  /** Sets last-used to {@code now} unless another request already did so since {@code since}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long tokenId, Instant now, Instant since) {
    em.createNativeQuery(
            "UPDATE api_token SET last_used_at = ?1 WHERE id = ?2"
                + " AND (last_used_at IS NULL OR last_used_at < ?3)")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, tokenId)
        .setParameter(3, Timestamp.from(since))
        .executeUpdate();
  }
}
