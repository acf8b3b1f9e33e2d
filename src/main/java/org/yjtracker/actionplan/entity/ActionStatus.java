package org.yjtracker.actionplan.entity;

/** Where an action stands; BLOCKED and CANCELLED need a reason. */
public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE,
  BLOCKED,
  CANCELLED;

  /** Finished one way or the other: no longer due, no longer expected to report progress. */
  public boolean isClosed() {
    return this == COMPLETE || this == CANCELLED;
  }

  public boolean needsReason() {
    return this == BLOCKED || this == CANCELLED;
  }
}
