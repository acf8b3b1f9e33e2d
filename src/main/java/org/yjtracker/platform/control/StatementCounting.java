package org.yjtracker.platform.control;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts each SQL statement EclipseLink runs (one call is one statement) into the running {@link
 * StatementCount}. Attached only when {@value #SETTING} is true: a diagnostic for tests, not for a
 * production server. Statements sent over plain JDBC (the national dashboard's) are not counted.
 */
public class StatementCounting extends SessionEventAdapter {

  public static final String SETTING = "tracker.diagnostics.statement-count";

  /** Whether the setting asks for statement counts (false unless it says true). */
  public static boolean enabled() {
    return ConfigProvider.getConfig(StatementCounting.class.getClassLoader())
        .getOptionalValue(SETTING, Boolean.class)
        .orElse(false);
  }

  static void attachIfEnabled(Session session) {
    if (enabled()) {
      session.getEventManager().addListener(new StatementCounting());
    }
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    StatementCount.record();
  }
}
