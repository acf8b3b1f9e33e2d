package org.yjtracker.inspection.entity;

/** What sort of inspection it was. */
public enum InspectionKind {
  STANDARD("Standard inspection"),
  JOINT("Joint inspection"),
  SHORT_QUALITY_SCREENING("Short Quality Screening"),
  REINSPECTION("Re-inspection"),
  /** 2025 framework: "An inspection of youth justice work with children and victims in ...". */
  CHILDREN_AND_VICTIMS("Inspection of work with children and victims"),
  /** 2025 framework, the full kind: "An inspection of youth justice services in ...". */
  YOUTH_JUSTICE_SERVICES("Inspection of youth justice services");

  private final String label;

  InspectionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
