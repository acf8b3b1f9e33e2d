package org.yjtracker.actionplan.boundary;

import java.util.Set;

/**
 * Fired in the transaction that wrote a comment on a plan, so that whoever tells people of it
 * (notification) writes in the same transaction: committed together, or not at all.
 *
 * @param boardId the service's management board, null if it has none
 * @param inspectorateCommenters who of the inspectorate commented on this plan before (its
 *     addresses), the people a service's answer is for
 */
public record PlanCommented(
    long planId,
    long commentId,
    String author,
    boolean inspectorate,
    long serviceId,
    Long boardId,
    String serviceName,
    Set<String> inspectorateCommenters) {

  public PlanCommented {
    inspectorateCommenters = Set.copyOf(inspectorateCommenters);
  }
}
