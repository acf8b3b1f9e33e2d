package org.yjtracker.inspection.entity;

/** How much of a date the report gives: most reports give only the month of publication. */
public enum DatePrecision {
  DAY("Day"),
  MONTH("Month");

  private final String label;

  DatePrecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
