package org.yjtracker.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for a communication error up to three times, five seconds
 * apart, before it gives up: during a database outage a request hung for up to 15 s instead of
 * answering 503. The connection pool already recovers by itself (it validates connections), so the
 * retry buys nothing: switch it off and let the request fail at once.
 */
public class FailFastSession implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
