package org.yjtracker.inspection.boundary;

/**
 * Fired, in the transaction that made it, when what a service's published inspections say may have
 * changed: one was published or corrected. Observers (the national dashboard) read the inspections
 * again; they never write the inspection component's tables.
 */
public record InspectionChanged(long serviceId) {}
