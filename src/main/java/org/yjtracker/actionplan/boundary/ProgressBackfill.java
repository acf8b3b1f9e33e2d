package org.yjtracker.actionplan.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, after migrations and demo data, fills the kept progress of plans that have none yet:
 * plans written before the tracker kept it, and plans written straight into the tables by a bulk
 * load (the national benchmark's generator). Nothing to do on an up-to-date database but one query.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProgressBackfill {

  static final String WHY = "Status when the tracker began keeping history";
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(ProgressBackfill.class.getName());

  @Inject ProgressBackfillBatches batches;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    try {
      int activities = batches.fillActivity();
      int plans = 0;
      for (List<Long> ids = batches.unkept(BATCH); !ids.isEmpty(); ids = batches.unkept(BATCH)) {
        batches.keep(ids, WHY);
        plans += ids.size();
      }
      if (plans > 0 || activities > 0) {
        LOG.info("Kept the progress of " + plans + " plans and " + activities + " actions");
      }
    } catch (RuntimeException e) {
      // The application still serves; affected plans show no recommendation statuses until the
      // next start retries.
      LOG.log(Level.SEVERE, "Filling kept progress failed; it is retried at the next start", e);
    }
  }
}
