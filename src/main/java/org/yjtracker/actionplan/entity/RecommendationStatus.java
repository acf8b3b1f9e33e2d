package org.yjtracker.actionplan.entity;

/**
 * What became of a recommendation, in the classes public trackers use (open, in progress,
 * closed-implemented, closed-not implemented).
 */
public enum RecommendationStatus {
  OPEN,
  IN_PROGRESS,
  IMPLEMENTED,
  CLOSED_NOT_IMPLEMENTED
}
