package org.yjtracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

  @Test
  void anUnreachableDatabaseIs503WithoutAnIncident() {
    var outage =
        new PersistenceException(
            "Exception [EclipseLink-4002]",
            new SQLException(
                "Error in allocating a connection",
                new SQLNonTransientConnectionException("Socket fail to connect", "08000")));
    assertTrue(DatabaseTrouble.unavailable(outage));
    Problem problem = Problems.of(outage);
    assertEquals(503, problem.status());
    assertTrue(problem.detail().contains("database cannot be reached"), problem.detail());
    assertEquals(503, Problems.of(new SQLTransientConnectionException("pool empty")).status());
    assertEquals(503, Problems.of(new SQLException("link failure", "08S01")).status());
    assertEquals(
        503,
        Problems.of(
                new jakarta.transaction.TransactionalException(
                    "commit failed", new jakarta.transaction.SystemException("JTS5031")))
            .status(),
        "a commit on a connection that died");
  }

  @Test
  void aDeadlockOrLockWaitIs503NeverA409() {
    var deadlock =
        new PersistenceException(
            new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
    assertTrue(DatabaseTrouble.contention(deadlock));
    assertEquals(503, Problems.of(deadlock).status());
    assertEquals(
        503,
        Problems.of(new PersistenceException(new SQLException("Lock wait", "HY000", 1205)))
            .status());
  }

  @Test
  void otherDatabaseErrorsAreNotTrouble() {
    assertFalse(DatabaseTrouble.in(new SQLIntegrityConstraintViolationException("dup", "23000")));
    assertFalse(DatabaseTrouble.in(new IllegalStateException("bug")));
    assertEquals(409, Problems.of(new SQLIntegrityConstraintViolationException("dup")).status());
  }

  @Test
  void aTransactionRolledBackForContentionRunsAgainAtMostThreeTimes() {
    var attempts = new AtomicInteger();
    String result =
        DatabaseTrouble.retryOnContention(
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLTransactionRollbackException("Deadlock"));
              }
              return "stored";
            });
    assertEquals("stored", result);
    assertEquals(3, attempts.get());

    var always = new AtomicInteger();
    assertThrows(
        PersistenceException.class,
        () ->
            DatabaseTrouble.retryOnContention(
                () -> {
                  always.incrementAndGet();
                  throw new PersistenceException(new SQLTransactionRollbackException("Deadlock"));
                }));
    assertEquals(3, always.get());

    var bug = new AtomicInteger();
    assertThrows(
        IllegalStateException.class,
        () ->
            DatabaseTrouble.retryOnContention(
                () -> {
                  bug.incrementAndGet();
                  throw new IllegalStateException("bug");
                }));
    assertEquals(1, bug.get(), "only contention is retried");
  }

  @Test
  void theDataSourceFailsFastUnlessTheUrlSaysOtherwise() {
    assertEquals(
        "jdbc:mariadb://h/db?connectTimeout=2000&socketTimeout=40000",
        ConfiguredDataSource.withTimeouts("jdbc:mariadb://h/db"));
    assertEquals(
        "jdbc:mariadb://h/db?a=1&connectTimeout=2000&socketTimeout=40000",
        ConfiguredDataSource.withTimeouts("jdbc:mariadb://h/db?a=1"));
    assertEquals(
        "jdbc:mariadb://h/db?connectTimeout=500&socketTimeout=9000",
        ConfiguredDataSource.withTimeouts(
            "jdbc:mariadb://h/db?connectTimeout=500&socketTimeout=9000"));
  }
}
