package org.yjtracker.dashboard.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yjtracker.actionplan.boundary.PlanProgress;

/**
 * Keeps the national table in step where no write tells it to: at start-up it rebuilds the table
 * when it disagrees with the inspections (a new database, a bulk load, writes of the start-up
 * itself), and whenever time alone moves a figure (a due date passing, an action going stale) it
 * works out the rows concerned again: before a page is read ({@link #catchUp}) and a few seconds
 * past every hour, which is just after midnight UK time whatever the server's zone (UK offsets are
 * whole hours), so the first page of the day rarely has any to do (at national scale the rows of
 * every plan late and not submitted, whose days late grow each day: a few hundred rows a second).
 * The other 23 runs cost one index read each.
 */
@Startup
@Singleton
@DependsOn("ProgressBackfill")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NationalUpkeep {

  /** At most this many batches in one catch-up; the rest waits for the next read or hour. */
  static final int MAX_BATCHES = 100;

  private static final Logger LOG = Logger.getLogger(NationalUpkeep.class.getName());

  @Inject NationalRows rows;
  @Inject PlanProgress progress;

  private volatile boolean rebuildPending;

  // Payara runs a singleton's @PostConstruct in a container transaction unless the method itself
  // says otherwise.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    boolean missed = rows.start();
    try {
      if (missed || rows.outOfStep()) {
        rebuild();
      }
      catchUp();
    } catch (RuntimeException e) {
      // The application still serves; the rebuild is tried again within the hour.
      rebuildPending = true;
      LOG.log(Level.SEVERE, "The national table could not be rebuilt; retried within the hour", e);
    }
  }

  @Schedule(hour = "*", minute = "0", second = "5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    try {
      if (rebuildPending) {
        rebuild();
        rebuildPending = false;
      }
      catchUp();
    } catch (RuntimeException e) {
      // The database may be away; reads catch up, and the next hour tries again.
      LOG.log(Level.WARNING, "The national table's hourly refresh failed", e);
    }
  }

  /** Works out again every row whose figures time has moved on, batch by batch. */
  public void catchUp() {
    var today = progress.today();
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      if (rows.refreshDue(today) < NationalRows.BATCH) {
        return;
      }
    }
  }

  /** Every row worked out again from scratch. */
  void rebuild() {
    List<Long> services = rows.everyService();
    for (int from = 0; from < services.size(); from += NationalRows.BATCH) {
      rows.rebuild(services.subList(from, Math.min(services.size(), from + NationalRows.BATCH)));
    }
    LOG.info(() -> "National table rebuilt: " + services.size() + " services");
  }
}
