package org.yjtracker.notification.entity;

/** Where a mail of the outbox stands. */
public enum MailStatus {
  /** Waiting to be sent, or to be tried again after a failure. */
  QUEUED("Queued"),
  /** Accepted by the mail server or GOV.UK Notify. */
  SENT("Sent"),
  /** Not sent: refused for good, or still failing after every attempt. */
  FAILED("Failed");

  private final String label;

  MailStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
