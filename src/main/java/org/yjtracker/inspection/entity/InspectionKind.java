package org.yjtracker.inspection.entity;

/** What sort of inspection it was. */
public enum InspectionKind {
  STANDARD("Standard inspection"),
  JOINT("Joint inspection"),
  SHORT_QUALITY_SCREENING("Short Quality Screening"),
  REINSPECTION("Re-inspection");

  private final String label;

  InspectionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
