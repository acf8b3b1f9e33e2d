package org.yjtracker.actionplan.boundary;

import java.time.LocalDate;

/**
 * Fired in the transaction that submitted a plan to the inspectorate (see {@link PlanCommented}).
 *
 * @param late submitted after its due date
 */
public record PlanSubmitted(
    long planId, String serviceName, String submittedBy, LocalDate dueDate, boolean late) {}
