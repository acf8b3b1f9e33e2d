package org.yjtracker.actionplan.entity;

/** Where an action stands; BLOCKED and CANCELLED need a reason. */
public enum ActionStatus {
  NOT_STARTED("Not started"),
  IN_PROGRESS("In progress"),
  COMPLETE("Complete"),
  BLOCKED("Blocked"),
  CANCELLED("Cancelled");

  /** Finished one way or the other: no longer due, no longer expected to report progress. */
  public boolean isClosed() {
    return this == COMPLETE || this == CANCELLED;
  }

  public boolean needsReason() {
    return this == BLOCKED || this == CANCELLED;
  }

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  /** The words pages and exports show. */
  public String label() {
    return label;
  }
}
