package org.yjtracker.actionplan.entity;

/**
 * Where a service's plan stands, as the national dashboard shows it: the plan's status, with a
 * submission after the due date told apart, and no plan at all as NOT_STARTED. The order is the
 * order of the way from publication to the next inspection (and the sort order).
 */
public enum PlanStage {
  NOT_STARTED("Not started"),
  DRAFT("Draft"),
  ENDORSED("Endorsed"),
  SUBMITTED_LATE("Submitted late"),
  SUBMITTED("Submitted"),
  ACTIVE("Active"),
  CLOSED("Closed");

  private final String label;

  PlanStage(String label) {
    this.label = label;
  }

  /** The stage in words, as pages show it. */
  public String label() {
    return label;
  }

  /** Not yet with the inspectorate (started or not): a late plan here is still waiting. */
  public boolean waiting() {
    return this == NOT_STARTED || this == DRAFT || this == ENDORSED;
  }
}
