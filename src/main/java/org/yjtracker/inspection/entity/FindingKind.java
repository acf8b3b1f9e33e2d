package org.yjtracker.inspection.entity;

/** A finding listed under a standard (or, in Short Quality Screening reports, the whole report). */
public enum FindingKind {
  STRENGTH("Strength"),
  AREA_FOR_IMPROVEMENT("Area for improvement");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
