package org.yjtracker.reportimport.entity;

/** A rating as published, for a standard or for the service overall. */
public enum Rating {
  OUTSTANDING(3),
  GOOD(2),
  REQUIRES_IMPROVEMENT(1),
  INADEQUATE(0),
  NOT_RATED(-1);

  private final int points;

  Rating(int points) {
    this.points = points;
  }

  /** The rating in words, as the report gives it. */
  public String label() {
    return switch (this) {
      case OUTSTANDING -> "Outstanding";
      case GOOD -> "Good";
      case REQUIRES_IMPROVEMENT -> "Requires improvement";
      case INADEQUATE -> "Inadequate";
      case NOT_RATED -> "Not rated";
    };
  }

  /** Points towards the 0-36 score; NOT_RATED scores nothing (and is never a core standard). */
  public int points() {
    return Math.max(points, 0);
  }

  /** The band a key question's percentage of 'Yes' answers falls in. */
  public static Rating bandOf(int percentYes) {
    if (percentYes >= 80) {
      return OUTSTANDING;
    }
    if (percentYes >= 65) {
      return GOOD;
    }
    if (percentYes >= 50) {
      return REQUIRES_IMPROVEMENT;
    }
    return INADEQUATE;
  }

  /** The overall rating a score out of 36 bands into. */
  public static Rating overallFor(int score) {
    if (score >= 31) {
      return OUTSTANDING;
    }
    if (score >= 19) {
      return GOOD;
    }
    if (score >= 7) {
      return REQUIRES_IMPROVEMENT;
    }
    return INADEQUATE;
  }
}
