package org.yjtracker.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Everything the application changes in EclipseLink's session (persistence.xml names this class):
 * no retried reads ({@link FailFastSession}) and, when the diagnostics setting asks for it, a count
 * of the statements each request runs ({@link StatementCounting}).
 */
public class DatabaseSession implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    new FailFastSession().customize(session);
    StatementCounting.attachIfEnabled(session);
  }
}
