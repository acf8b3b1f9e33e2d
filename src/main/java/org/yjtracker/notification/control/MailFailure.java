package org.yjtracker.notification.control;

/**
 * A mail the transport did not get accepted. Permanent when retrying cannot help (an address the
 * server refuses, a template Notify does not know); otherwise the outbox retries with backoff.
 */
public class MailFailure extends Exception {

  private final boolean permanent;

  public MailFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
