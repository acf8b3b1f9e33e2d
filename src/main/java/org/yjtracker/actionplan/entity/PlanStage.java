package org.yjtracker.actionplan.entity;

/**
 * Where a service's plan stands, as the national dashboard shows it: the plan's status, with a
 * submission after the due date told apart, and no plan at all as NOT_STARTED. The order is the
 * order of the way from publication to the next inspection (and the sort order).
 */
public enum PlanStage {
  NOT_STARTED,
  DRAFT,
  ENDORSED,
  SUBMITTED_LATE,
  SUBMITTED,
  ACTIVE,
  CLOSED
}
