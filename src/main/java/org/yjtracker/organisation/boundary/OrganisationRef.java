package org.yjtracker.organisation.boundary;

import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;

/** A link to another organisation, as lists and forms show it. */
public record OrganisationRef(long id, String name, OrganisationKind kind) {

  public static OrganisationRef of(Organisation organisation) {
    return organisation == null
        ? null
        : new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getKind());
  }
}
