package org.yjtracker.demo.boundary;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.demo.control.DemoLoader;
import org.yjtracker.demo.control.DemoTable;

/**
 * With {@code demo=true} (DEMO=true), fills an empty database with the demo organisations and
 * accounts at start-up, after the first admin exists. A database that already has organisations is
 * left alone, so restarting does not load twice and real data is never mixed with demo data.
 *
 * <p>If loading fails nothing is loaded (one transaction), the reason is logged and the application
 * starts anyway, as it would without demo data.
 */
@Startup
@Singleton
@DependsOn("FirstAdmin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject DemoLoader loader;

  @Inject
  @ConfigProperty(name = "demo", defaultValue = "false")
  boolean demo;

  // Payara runs a singleton's @PostConstruct in a container transaction unless the method itself
  // says otherwise; the class-level attribute alone is not applied to lifecycle callbacks.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    DemoTable table;
    try {
      table = DemoTable.load();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The demo data table cannot be read; no demo data is loaded.", e);
      return;
    }
    if (demo) {
      load(table);
    }
    List<String> accounts = loader.activeDemoAccounts(table);
    if (!accounts.isEmpty()) {
      LOG.warning(
          () ->
              "\n*** DEMO ACCOUNTS WITH PUBLISHED PASSWORDS EXIST: "
                  + String.join(", ", accounts)
                  + "\n*** Their passwords are published ('Demo data' in the documentation). Do not use"
                  + " this database with real data; deactivate these accounts or start from an empty"
                  + " database.");
    }
  }

  private void load(DemoTable table) {
    DemoLoader.Loaded loaded;
    try {
      loaded = loader.loadIfEmpty(table);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Demo data could not be loaded; nothing of it was saved. The application starts without"
              + " it.",
          e);
      return;
    }
    if (loaded == null) {
      LOG.info("demo=true, but the database already has organisations: demo data not loaded.");
    } else {
      LOG.info(
          () ->
              "Demo data loaded: "
                  + loaded.organisations()
                  + " organisations, "
                  + loaded.accounts()
                  + " accounts and "
                  + loaded.inspections()
                  + " published inspections.");
    }
  }
}
