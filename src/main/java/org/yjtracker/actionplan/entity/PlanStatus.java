package org.yjtracker.actionplan.entity;

/** A plan's way from first draft to being judged by the next inspection. */
public enum PlanStatus {
  DRAFT("Draft"),
  ENDORSED("Endorsed"),
  SUBMITTED("Submitted"),
  ACTIVE("Active"),
  CLOSED("Closed");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  /** The words pages and exports show. */
  public String label() {
    return label;
  }
}
