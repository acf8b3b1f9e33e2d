package org.yjtracker.organisation.entity;

import java.util.Set;

/**
 * Which organisations a caller may see: everything (inspectorate) or the services they belong to,
 * those services' boards and partners, and their own organisations.
 */
public record Visibility(boolean everything, Set<Long> serviceIds, Set<Long> organisationIds) {

  public static final Visibility EVERYTHING = new Visibility(true, Set.of(), Set.of());
  public static final Visibility NOTHING = new Visibility(false, Set.of(), Set.of());

  public Visibility {
    serviceIds = Set.copyOf(serviceIds);
    organisationIds = Set.copyOf(organisationIds);
  }

  public boolean canSee(long organisationId) {
    return everything || organisationIds.contains(organisationId);
  }

  public boolean coversService(long serviceId) {
    return everything || serviceIds.contains(serviceId);
  }
}
