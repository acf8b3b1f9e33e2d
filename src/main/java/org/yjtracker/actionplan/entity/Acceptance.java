package org.yjtracker.actionplan.entity;

/** Whether the service accepts a recommendation; anything short of AGREED needs a reason. */
public enum Acceptance {
  AGREED("Agreed"),
  PARTLY_AGREED("Partly agreed"),
  NOT_AGREED("Not agreed");

  private final String label;

  Acceptance(String label) {
    this.label = label;
  }

  /** The words pages and exports show. */
  public String label() {
    return label;
  }
}
