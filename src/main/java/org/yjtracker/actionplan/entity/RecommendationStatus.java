package org.yjtracker.actionplan.entity;

/**
 * What became of a recommendation, in the classes public trackers use (open, in progress,
 * closed-implemented, closed-not implemented).
 */
public enum RecommendationStatus {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  IMPLEMENTED("Closed: implemented"),
  CLOSED_NOT_IMPLEMENTED("Closed: not implemented");

  /** Still to be done: the recommendations a plan counts as open. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }

  private final String label;

  RecommendationStatus(String label) {
    this.label = label;
  }

  /** The words pages and exports show. */
  public String label() {
    return label;
  }
}
