package org.yjtracker.organisation.boundary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;

/** A link to another organisation, as lists and forms show it. */
public record OrganisationRef(long id, String name, OrganisationKind kind) {

  public static OrganisationRef of(Organisation organisation) {
    return organisation == null
        ? null
        : new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getKind());
  }

  /** Organisations as links, in name order, as every list of owners shows them. */
  public static List<OrganisationRef> sortedByName(Collection<Organisation> organisations) {
    return organisations.stream()
        .sorted(Comparator.comparing(Organisation::getName))
        .map(OrganisationRef::of)
        .toList();
  }
}
