package org.yjtracker.actionplan.entity;

/** A plan's way from first draft to being judged by the next inspection. */
public enum PlanStatus {
  DRAFT,
  ENDORSED,
  SUBMITTED,
  ACTIVE,
  CLOSED
}
