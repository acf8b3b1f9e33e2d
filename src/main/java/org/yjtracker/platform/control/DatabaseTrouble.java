package org.yjtracker.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recognises a request that failed because the database could not be reached (an outage, a full
 * pool) or rolled the transaction back to break a deadlock or a lock wait. Neither is the client's
 * fault nor a bug: the client hears 503 at once, with Retry-After, and tries again.
 */
public final class DatabaseTrouble {

  /** Seconds a client is asked to wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final int DEADLOCK = 1213;
  private static final int LOCK_WAIT_TIMEOUT = 1205;

  /**
   * Payara's pool and the connector API say "no connection" with these; they are not on the compile
   * path, so they are known by name.
   */
  private static final Set<String> POOL_FAILURES =
      Set.of(
          "com.sun.appserv.connectors.internal.api.PoolingException",
          "jakarta.resource.ResourceException",
          "jakarta.resource.spi.ResourceAllocationException",
          "javax.resource.ResourceException",
          // The transaction manager could not enlist or commit on a connection that died.
          "jakarta.transaction.SystemException");

  private DatabaseTrouble() {}

  /** The database is unreachable or rolled the transaction back for contention. */
  public static boolean in(Throwable thrown) {
    return unavailable(thrown) || contention(thrown);
  }

  /** No connection could be had or kept: an outage, a network fault, a full pool. */
  public static boolean unavailable(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || POOL_FAILURES.contains(t.getClass().getName())) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true; // SQLSTATE class 08: connection exception
      }
    }
    return false;
  }

  /** The database rolled the transaction back to break a deadlock, or a lock wait timed out. */
  public static boolean contention(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == DEADLOCK
              || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
              || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  public static Problem problem(Throwable thrown) {
    return Problem.of(
        503,
        "Service unavailable",
        unavailable(thrown)
            ? "The database cannot be reached just now. Try again in a few seconds."
            : "The database was too busy to finish this just now. Try again.");
  }

  /**
   * Runs a whole transaction again when the database rolled it back for contention, so that a
   * deadlock between two writers costs a retry instead of a refusal. Call it outside the
   * transaction: each attempt must be a fresh one.
   */
  public static <T> T retryOnContention(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= 3 || !contention(e)) {
          throw e;
        }
      }
    }
  }
}
