package org.yjtracker.actionplan.boundary;

/**
 * Fired, in the transaction that made it, whenever where a plan stands may have changed: its
 * actions, their updates, its recommendations' statuses, its stage. Observers (the national
 * dashboard) read the new state through {@link PlanProgress}, never actionplan's tables.
 */
public record PlanProgressChanged(long inspectionId, long planId) {}
