package org.yjtracker.framework.entity;

/**
 * A rating on the inspectorate's four-point scale, best first. NOT_RATED is only for a standard the
 * framework allows to go unrated (resettlement with no cases).
 */
public enum Rating {
  OUTSTANDING("Outstanding"),
  GOOD("Good"),
  REQUIRES_IMPROVEMENT("Requires improvement"),
  INADEQUATE("Inadequate"),
  NOT_RATED("Not rated");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isRated() {
    return this != NOT_RATED;
  }

  public boolean isBetterThan(Rating other) {
    return isRated() && other.isRated() && ordinal() < other.ordinal();
  }
}
