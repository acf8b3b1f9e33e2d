package org.yjtracker.inspection.entity;

/** A draft is being entered; a published inspection is the record of the report. */
public enum InspectionStatus {
  DRAFT("Draft"),
  PUBLISHED("Published");

  private final String label;

  InspectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
