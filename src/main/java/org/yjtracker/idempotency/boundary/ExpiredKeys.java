package org.yjtracker.idempotency.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes kept answers past their retention, once an hour. */
@Singleton
public class ExpiredKeys {

  private static final Logger LOG = Logger.getLogger(ExpiredKeys.class.getName());

  @Inject IdempotencyKeys keys;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void expire() {
    try {
      int deleted = keys.expire();
      LOG.fine(() -> "Expired idempotency keys: " + deleted);
    } catch (RuntimeException e) {
      // The database may be away; the next hour tries again.
      LOG.log(Level.WARNING, "Expired idempotency keys could not be deleted", e);
    }
  }
}
