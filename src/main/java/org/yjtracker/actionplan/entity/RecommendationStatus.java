package org.yjtracker.actionplan.entity;

/**
 * What became of a recommendation, in the classes public trackers use (open, in progress,
 * closed-implemented, closed-not implemented).
 */
public enum RecommendationStatus {
  OPEN,
  IN_PROGRESS,
  IMPLEMENTED,
  CLOSED_NOT_IMPLEMENTED;

  /** Still to be done: the recommendations a plan counts as open. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
